/**
 * The Leaflet map of the outreach sites: one marker per located site in a cluster group,
 * loaded in bulk and in chunks so that thousands of sites never block the page; markers
 * that share a point spread out (spiderfy) when their cluster is clicked at the last zoom.
 */
import type { LatLngExpression, Map as LeafletMap, Marker, MarkerCluster } from 'leaflet';

import { centreOf } from '../../../src/geo/bounds.ts';
import type { Wgs84 } from '../../../src/geo/coordinates.ts';
import { zhuzhouCentre } from '../../../src/geo/zhuzhou.ts';
import type { ClientSite, MapClientData } from '../../../src/map/client-data.ts';
import {
	kindIconUrl,
	markerIconAnchor,
	markerIconSize,
	markerPopupAnchor,
} from '../../../src/map/kind-icons.ts';
import { fillTemplate } from '../../../src/map/template.ts';
import { addBaseLayer, type BaseMapFailure } from './base-layer.ts';
import L from './leaflet.ts';

/** Where a WGS-84 point is drawn on the configured tiles. */
export type ToDisplay = (point: Wgs84) => { lat: number; lng: number };

export interface SiteMapOptions {
	data: MapClientData;
	toDisplay: ToDisplay;
	reducedMotion: boolean;
	/** A marker's popup opened (`slug`) or closed (`null`). */
	onSelect: (slug: string | null) => void;
	onBaseMapFailure: (reason: BaseMapFailure) => void;
}

export interface SiteMap {
	/** Shows the markers of `sites` (those with a location); `fit` zooms to them. */
	show(sites: readonly ClientSite[], options: { fit: boolean }): void;
	/** Zooms to the marker of `slug`, spreading its cluster if needed, and opens its popup. */
	open(slug: string): void;
	/** Marks where the visitor is. */
	placeVisitor(point: Wgs84): void;
	/** Resolves when the markers of the last `show` are on the map. */
	settled(): Promise<void>;
	/** Measures the element again (after it was shown). */
	resize(): void;
}

const maxFitZoom = 15;

function popupContent(site: ClientSite, data: MapClientData): HTMLElement {
	const root = document.createElement('div');
	root.className = 'site-popup';

	const title = root.appendChild(document.createElement('p'));
	title.className = 'site-popup-title';
	const link = title.appendChild(document.createElement('a'));
	link.href = site.url;
	link.textContent = site.name;

	const meta = root.appendChild(document.createElement('p'));
	meta.className = 'site-popup-meta';
	meta.textContent = [data.kindLabels[site.kind], data.districtLabels[site.district]]
		.filter(Boolean)
		.join(' · ');
	if (site.sample) meta.textContent += ` · ${data.strings.sample}`;

	const address = root.appendChild(document.createElement('p'));
	address.className = 'site-popup-address';
	address.textContent = site.address;
	return root;
}

function clusterIcon(cluster: MarkerCluster, template: string) {
	const count = cluster.getChildCount();
	const size = count < 10 ? 44 : count < 100 ? 50 : 56;
	const label = fillTemplate(template, { count });

	return L.divIcon({
		html: `<span class="site-cluster-count" aria-hidden="true">${count}</span><span class="site-cluster-label">${label}</span>`,
		className: 'site-cluster',
		iconSize: L.point(size, size),
	});
}

/** Creates the map in `element`; the element may be hidden (it sizes itself when shown). */
export function createSiteMap(element: HTMLElement, options: SiteMapOptions): SiteMap {
	const { data, toDisplay, reducedMotion } = options;
	const strings = data.strings;
	const animate = !reducedMotion;

	const map: LeafletMap = L.map(element, {
		zoomControl: false,
		attributionControl: false,
		zoomAnimation: animate,
		fadeAnimation: animate,
		markerZoomAnimation: animate,
		minZoom: 6,
		// Every provider draws zoom 18; the cluster group needs a finite limit even with no tiles.
		maxZoom: 18,
	});
	L.control.zoom({ zoomInTitle: strings.zoomIn, zoomOutTitle: strings.zoomOut }).addTo(map);
	addBaseLayer(map, data.tiles, {
		approvalTemplate: strings.approvalNumber,
		onFailure: options.onBaseMapFailure,
	});

	const icons = new Map<string, L.Icon>();
	const iconOf = (kind: string) => {
		const known = icons.get(kind);
		if (known) return known;

		const icon = L.icon({
			iconUrl: kindIconUrl(kind),
			iconSize: markerIconSize,
			iconAnchor: markerIconAnchor,
			popupAnchor: markerPopupAnchor,
			className: `site-marker site-marker-${kind}`,
		});
		icons.set(kind, icon);
		return icon;
	};

	const markers = new Map<string, Marker>();
	const siteOf = new Map<Marker, ClientSite>();
	for (const site of data.sites) {
		if (site.lat === null || site.lng === null) continue;

		const marker = L.marker(toDisplay({ lat: site.lat, lng: site.lng }), {
			icon: iconOf(site.kind),
			title: site.name,
			alt: site.name,
			keyboard: false,
			riseOnHover: true,
		});
		markers.set(site.slug, marker);
		siteOf.set(marker, site);
	}

	let pending: Array<() => void> = [];
	let loading = false;
	const finishLoading = () => {
		loading = false;
		const waiting = pending;
		pending = [];
		for (const resolve of waiting) resolve();
	};

	const clusters = L.markerClusterGroup({
		chunkedLoading: true,
		// Short chunks keep every task well under the 200 ms budget on a slow phone.
		chunkInterval: 40,
		chunkDelay: 10,
		chunkProgress: (processed, total) => {
			// The group draws the last chunk's clusters right after this call.
			if (processed === total) setTimeout(finishLoading, 0);
		},
		maxClusterRadius: 56,
		showCoverageOnHover: false,
		spiderfyOnMaxZoom: true,
		// Spread wide enough that 44 px icons sharing a point do not overlap under a finger.
		spiderfyDistanceMultiplier: 2,
		removeOutsideVisibleBounds: true,
		animate,
		iconCreateFunction: (cluster) => clusterIcon(cluster, strings.clusterLabel),
	});
	clusters.addTo(map);

	// A popup is bound on first use: thousands of unused popups would only cost memory.
	const ensurePopup = (marker: Marker) => {
		const site = siteOf.get(marker);
		if (!marker.getPopup() && site) {
			marker.bindPopup(() => popupContent(site, data), { autoPanPadding: L.point(48, 48) });
		}
	};
	clusters.on('click', (event) => {
		const marker = event.layer as Marker;
		if (marker.getPopup()) return;

		ensurePopup(marker);
		marker.openPopup();
	});
	map.on('popupopen', (event) => {
		const source = (event.popup as L.Popup & { _source?: Marker })._source;
		const site = source ? siteOf.get(source) : undefined;
		if (site) options.onSelect(site.slug);
	});
	map.on('popupclose', () => options.onSelect(null));

	// Hidden at first on phones: the first time the element has a size, fit the view then.
	let fitWhenSized: L.LatLngBounds | null = null;
	const fit = (bounds: L.LatLngBounds) => {
		if (element.clientWidth === 0 || element.clientHeight === 0) {
			fitWhenSized = bounds;
			return;
		}
		map.fitBounds(bounds, { padding: L.point(24, 24), maxZoom: maxFitZoom, animate: false });
	};
	const resize = () => {
		if (element.clientWidth === 0) return;

		map.invalidateSize({ pan: false });
		if (fitWhenSized) {
			const bounds = fitWhenSized;
			fitWhenSized = null;
			fit(bounds);
		}
	};
	new ResizeObserver(resize).observe(element);

	// The city first, then the extent of the located sites once the map has a size.
	map.setView(toDisplay(data.bounds ? centreOf(data.bounds) : zhuzhouCentre), 9);
	if (data.bounds) {
		const { south, west, north, east } = data.bounds;
		fit(L.latLngBounds(toDisplay({ lat: south, lng: west }), toDisplay({ lat: north, lng: east })));
	}

	let visitor: L.CircleMarker | null = null;

	return {
		show(sites, { fit: fitToSites }) {
			const shown = sites.flatMap((site) => {
				const marker = markers.get(site.slug);
				return marker ? [marker] : [];
			});

			loading = true;
			clusters.clearLayers();
			clusters.addLayers(shown);
			if (shown.length === 0) finishLoading();

			if (fitToSites && shown.length > 0) {
				fit(L.latLngBounds(shown.map((marker) => marker.getLatLng())));
			}
		},

		open(slug) {
			const marker = markers.get(slug);
			if (!marker || !clusters.hasLayer(marker)) return;

			ensurePopup(marker);
			clusters.zoomToShowLayer(marker, () => marker.openPopup());
		},

		placeVisitor(point) {
			const at: LatLngExpression = toDisplay(point);
			visitor?.remove();
			visitor = L.circleMarker(at, {
				radius: 9,
				color: '#ffffff',
				weight: 3,
				fillColor: '#0b57d0',
				fillOpacity: 1,
				interactive: false,
			})
				.bindTooltip(strings.youAreHere, { permanent: true, direction: 'right' })
				.addTo(map);
		},

		settled() {
			if (!loading) return Promise.resolve();
			return new Promise((resolve) => pending.push(resolve));
		},

		resize,
	};
}
