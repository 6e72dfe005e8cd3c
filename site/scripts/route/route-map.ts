/**
 * The route's map: the stops as numbered markers, in walking order, joined by the path
 * between them, over the deployment's base map. It repeats the list below it, which stays
 * the way to use the route by keyboard or screen reader: the markers are left out of the
 * tab order, and each popup links to the stop's page.
 */
import 'leaflet/dist/leaflet.css';

import L from 'leaflet';

import type { Wgs84 } from '../../../src/geo/coordinates.ts';
import { wgs84ToGcj02 } from '../../../src/geo/datum.ts';
import type { TileSettings } from '../../../src/map/tile-providers.ts';
import type { StampState } from './stamps.ts';

/** A stop as the map needs it; `lat`/`lng` are WGS-84. */
export interface MapStop {
	slug: string;
	number: number;
	/** `第1站：…` / `Stop 1: …`, for the marker's popup and tooltip. */
	label: string;
	url: string;
	lat: number;
	lng: number;
}

/** What the page hands the map in `data-map` (JSON). */
export interface RouteMapData {
	tiles: TileSettings;
	stops: MapStop[];
}

function readData(element: HTMLElement): RouteMapData | undefined {
	try {
		return JSON.parse(element.dataset.map ?? '') as RouteMapData;
	} catch {
		return undefined;
	}
}

// Markers are drawn where the base map's datum puts the place (AutoNavi tiles are GCJ-02).
function toDisplay(point: Wgs84, tiles: TileSettings): L.LatLngTuple {
	const shown = tiles.datum === 'GCJ-02' ? wgs84ToGcj02(point) : point;
	return [shown.lat, shown.lng];
}

function stopIcon(stop: MapStop): L.DivIcon {
	const badge = document.createElement('span');
	badge.className = 'route-marker';
	badge.textContent = String(stop.number);
	return L.divIcon({
		html: badge,
		className: 'route-marker-box',
		iconSize: [32, 32],
		iconAnchor: [16, 16],
	});
}

function popupOf(stop: MapStop): HTMLElement {
	const link = document.createElement('a');
	link.href = stop.url;
	link.textContent = stop.label;
	return link;
}

function addBaseMap(map: L.Map, tiles: TileSettings, onFailure: () => void) {
	for (const spec of tiles.layers) {
		const layer = L.tileLayer(spec.url, { subdomains: spec.subdomains, maxZoom: spec.maxZoom });
		layer.once('tileerror', onFailure);
		layer.addTo(map);
	}

	const credit = tiles.credit;
	if (!credit) return;
	const text = tiles.approvalNumber ? `${credit.text} · ${tiles.approvalNumber}` : credit.text;
	const attribution = document.createElement(credit.href ? 'a' : 'span');
	attribution.textContent = text;
	if (credit.href && attribution instanceof HTMLAnchorElement) attribution.href = credit.href;
	map.attributionControl.setPrefix(false).addAttribution(attribution.outerHTML);
}

// Within this distance of the middle stop a stop is in the route's main area.
const clusterRadiusMetres = 60_000;

/**
 * The points the map first shows: those near the middle of the route, so that one stop a
 * long trip away (the route's Yanling stop is 200 km out) does not shrink the rest to a dot.
 * The path still leads off to it, and the list says how far it is.
 */
function mainCluster(points: L.LatLngTuple[]): L.LatLngTuple[] {
	const middle = (values: number[]) =>
		[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
	const centre = L.latLng(middle(points.map((p) => p[0])), middle(points.map((p) => p[1])));
	const near = points.filter((point) => centre.distanceTo(point) <= clusterRadiusMetres);
	return near.length >= 2 ? near : points;
}

/** The drawn map, to show the visitor's stamps on its markers. */
export interface RouteMapView {
	/** Marks each stop's marker with its state; `labels` says the state in words. */
	showStamps(states: ReadonlyMap<string, StampState>, labels: Record<StampState, string>): void;
}

/**
 * Draws the map into `element` (with `data-map`); a notice says when the base map fails.
 * `undefined` when there is nothing to draw.
 */
export function showRouteMap(element: HTMLElement): RouteMapView | undefined {
	const data = readData(element);
	const canvas = element.querySelector<HTMLElement>('[data-map-canvas]');
	if (!data || !canvas || data.stops.length === 0) return undefined;

	// Shown before Leaflet measures it: a hidden element has no size to fit the route into.
	element.hidden = false;
	const notice = element.querySelector<HTMLElement>('[data-map-notice]');
	const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
	const map = L.map(canvas, {
		zoomAnimation: !reducedMotion,
		fadeAnimation: !reducedMotion,
		markerZoomAnimation: !reducedMotion,
		scrollWheelZoom: false,
	});

	addBaseMap(map, data.tiles, () => {
		if (notice) notice.hidden = false;
	});

	const points = data.stops.map((stop) => toDisplay(stop, data.tiles));
	L.polyline(points, { color: '#b30d26', weight: 4, opacity: 0.8, dashArray: '8 6' }).addTo(map);

	const markers = data.stops.map((stop, index) =>
		L.marker(points[index]!, { icon: stopIcon(stop), keyboard: false, title: stop.label })
			.bindPopup(popupOf(stop))
			.addTo(map),
	);

	map.fitBounds(L.latLngBounds(mainCluster(points)), { padding: [32, 32], maxZoom: 15 });

	return {
		showStamps(states, labels) {
			data.stops.forEach((stop, index) => {
				const state = states.get(stop.slug) ?? 'none';
				const icon = markers[index]?.getElement();
				const badge = icon?.querySelector<HTMLElement>('.route-marker');
				if (!icon || !badge) return;
				badge.dataset.state = state;
				icon.title = `${stop.label} · ${labels[state]}`;
			});
		},
	};
}
