/**
 * The Studio's input for geopoints: a Leaflet map on the configured tiles (no API key of a
 * map vendor needed), where a click or a dragged marker places the point, and a text field
 * for coordinates pasted from elsewhere, with the datum they were read in. Whatever the
 * tiles or the paste, the value handed to the Studio is WGS-84; it is shown under the map.
 */
import { Button, Select, TextInput } from '@sanity/ui';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import {
	useCallback,
	useEffect,
	useId,
	useRef,
	useState,
	type CSSProperties,
	type FormEvent,
} from 'react';
import { set, unset, type ObjectInputProps } from 'sanity';

import type { LatLng, Wgs84 } from '../../src/geo/coordinates.ts';
import { gcj02ToWgs84, wgs84ToGcj02 } from '../../src/geo/datum.ts';
import { distanceInMetres } from '../../src/geo/distance.ts';
import { zhuzhouCentre } from '../../src/geo/zhuzhou.ts';
import { formatCoordinates } from '../../src/i18n/coordinates.ts';
import type { TileSettings } from '../../src/map/tile-providers.ts';
import { studioTileSettings } from '../map-tiles.ts';
import {
	pastedDatums,
	readPastedCoordinates,
	roundDegrees,
	toWgs84,
	type PastedDatum,
} from './pasted-coordinates.ts';

/** The geopoint schema options this input reads: the tiles, set by `locationField`. */
export interface GeopointMapOptions {
	tiles?: TileSettings;
}

interface GeopointValue {
	_type?: string;
	lat?: number;
	lng?: number;
	alt?: number;
}

const markerIcon = L.divIcon({
	className: 'boai-geopoint-marker',
	html: '<span style="display:block;width:22px;height:22px;border-radius:50% 50% 50% 0;background:#c8102e;border:2px solid #fff;box-shadow:0 1px 4px rgba(0,0,0,.5);transform:rotate(-45deg)"></span>',
	iconSize: [22, 22],
	iconAnchor: [11, 26],
});

function hasPoint(value: GeopointValue | undefined): value is GeopointValue & LatLng {
	return typeof value?.lat === 'number' && typeof value?.lng === 'number';
}

/** The geopoint input; register it as `components: { input: GeopointMapInput }`. */
export function GeopointMapInput(props: ObjectInputProps) {
	const { onChange, readOnly, schemaType } = props;
	const value = props.value as GeopointValue | undefined;
	const tiles =
		(schemaType.options as GeopointMapOptions | undefined)?.tiles ?? studioTileSettings();
	const onTiles = tiles.datum === 'GCJ-02' ? wgs84ToGcj02 : (point: LatLng) => point;
	const fromTiles = tiles.datum === 'GCJ-02' ? gcj02ToWgs84 : (point: LatLng) => point;

	const container = useRef<HTMLDivElement>(null);
	const map = useRef<L.Map | null>(null);
	const marker = useRef<L.Marker | null>(null);
	const [pasted, setPasted] = useState('');
	const [datum, setDatum] = useState<PastedDatum>('GCJ-02');
	const [message, setMessage] = useState<{ tone: 'critical' | 'positive'; text: string } | null>(
		null,
	);
	const ids = useId();

	const store = useCallback(
		(point: Wgs84) => {
			onChange(
				set({
					...(value?.alt !== undefined ? { alt: value.alt } : {}),
					_type: schemaType.name,
					lat: roundDegrees(point.lat),
					lng: roundDegrees(point.lng),
				}),
			);
		},
		[onChange, schemaType.name, value?.alt],
	);

	// The latest `store` for Leaflet's handlers, which are bound once.
	const storeRef = useRef(store);
	storeRef.current = store;
	const fromTilesRef = useRef(fromTiles);
	fromTilesRef.current = fromTiles;

	useEffect(() => {
		if (!container.current) return;

		const centre = hasPoint(value) ? value : zhuzhouCentre;
		const instance = L.map(container.current, {
			center: L.latLng(onTiles(centre).lat, onTiles(centre).lng),
			zoom: hasPoint(value) ? 15 : 11,
			attributionControl: true,
		});
		for (const layer of tiles.layers) {
			L.tileLayer(layer.url, {
				subdomains: layer.subdomains === '' ? 'abc' : layer.subdomains,
				maxZoom: layer.maxZoom,
			}).addTo(instance);
		}
		// Underlined: a link told apart from the credit text by colour alone fails WCAG 1.4.1.
		instance.attributionControl.setPrefix(
			'<a href="https://leafletjs.com/" style="text-decoration:underline">Leaflet</a>',
		);
		if (tiles.credit) instance.attributionControl.addAttribution(escapeHtml(tiles.credit.text));
		instance.on('click', (event: L.LeafletMouseEvent) => {
			if (readOnly) return;
			storeRef.current(fromTilesRef.current(event.latlng));
		});
		map.current = instance;

		return () => {
			instance.remove();
			map.current = null;
			marker.current = null;
		};
		// The map is made once; the value and tiles are followed by the effect below.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	useEffect(() => {
		const instance = map.current;
		if (!instance) return;

		if (!hasPoint(value)) {
			marker.current?.remove();
			marker.current = null;
			return;
		}

		const shown = onTiles(value);
		if (!marker.current) {
			marker.current = L.marker([shown.lat, shown.lng], {
				icon: markerIcon,
				draggable: !readOnly,
				keyboard: false,
				title: '拖动标记可调整位置',
			}).addTo(instance);
			marker.current.on('dragend', () => {
				const position = marker.current?.getLatLng();
				if (position) storeRef.current(fromTilesRef.current(position));
			});
		} else {
			marker.current.setLatLng([shown.lat, shown.lng]);
		}
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [value?.lat, value?.lng, readOnly]);

	function applyPasted(event: FormEvent) {
		event.preventDefault();

		const read = readPastedCoordinates(pasted);
		if (!read.ok) {
			setMessage({ tone: 'critical', text: read.message });
			return;
		}

		const point = toWgs84(read.point, datum);
		store(point);
		setMessage({
			tone: 'positive',
			text:
				datum === 'WGS-84'
					? '已使用这个坐标。'
					: `已从 ${datum} 换算为 WGS-84 保存（相差约 ${Math.round(distanceInMetres(read.point, point))} 米）。`,
		});
		map.current?.setView(onTiles(point), Math.max(map.current.getZoom(), 15));
	}

	return (
		<div style={column}>
			<div style={mapFrame}>
				<div
					ref={container}
					data-testid="geopoint-map"
					role="application"
					aria-label="地图：点击地图放置位置，拖动标记调整位置；也可在下方输入坐标"
					style={{ height: 320, width: '100%' }}
				/>
			</div>

			<p style={note} data-testid="geopoint-stored">
				{hasPoint(value)
					? `保存的 WGS-84 坐标：纬度 ${value.lat.toFixed(6)}，经度 ${value.lng.toFixed(6)}（${formatCoordinates(value, 'zh')}）`
					: '还没有位置：点击地图，或在下方粘贴坐标。'}
			</p>

			<form onSubmit={applyPasted} aria-label="坐标输入" style={column}>
				<div style={row}>
					<div style={{ ...field, flex: '2 1 220px' }}>
						<label style={labelText} htmlFor={`${ids}-text`}>
							粘贴坐标（纬度, 经度；高德的“经度,纬度”也可以）
						</label>
						<TextInput
							id={`${ids}-text`}
							value={pasted}
							placeholder="27.8274, 113.1340"
							readOnly={readOnly}
							onChange={(event) => setPasted(event.currentTarget.value)}
						/>
					</div>
					<div style={{ ...field, flex: '1 1 220px' }}>
						<label style={labelText} htmlFor={`${ids}-datum`}>
							坐标来自
						</label>
						<Select
							id={`${ids}-datum`}
							value={datum}
							disabled={readOnly}
							onChange={(event) => setDatum(event.currentTarget.value as PastedDatum)}
						>
							{pastedDatums.map((option) => (
								<option key={option.value} value={option.value}>
									{option.title}
								</option>
							))}
						</Select>
					</div>
				</div>
				<div style={row}>
					<Button type="submit" text="使用这个坐标" mode="ghost" disabled={readOnly} />
					{hasPoint(value) && (
						<Button
							type="button"
							text="清除位置"
							mode="ghost"
							tone="critical"
							disabled={readOnly}
							onClick={() => onChange(unset())}
						/>
					)}
				</div>
				{message && (
					<p
						role="status"
						data-testid="geopoint-message"
						style={{ ...note, color: message.tone === 'critical' ? '#b0122b' : undefined }}
					>
						{message.text}
					</p>
				)}
			</form>
		</div>
	);
}

// Plain layout: Sanity UI's controls inside, spacing that holds wherever the input is rendered.
const column: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 12 };
const row: CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end' };
const field: CSSProperties = { display: 'flex', flexDirection: 'column', gap: 6, minWidth: 0 };
const labelText: CSSProperties = { fontSize: 13, fontWeight: 600, lineHeight: 1.4 };
const note: CSSProperties = { fontSize: 13, lineHeight: 1.5, margin: 0 };
const mapFrame: CSSProperties = {
	position: 'relative',
	zIndex: 0,
	borderRadius: 6,
	overflow: 'hidden',
	boxShadow: '0 0 0 1px rgba(0, 0, 0, 0.15)',
};

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
