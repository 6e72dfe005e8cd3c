/**
 * The base map under the markers: the configured tile layers, their credit and map approval
 * number (审图号), and a notice when the tiles cannot be loaded. Markers and lists do not
 * depend on it: a map whose tiles fail still shows and opens its markers.
 */
import type { Map as LeafletMap } from 'leaflet';

import type { TileSettings } from '../../../src/map/tile-providers.ts';
import L from './leaflet.ts';

/** Why the base map is missing: none configured, or its tiles failed to load. */
export type BaseMapFailure = 'none' | 'failed';

export interface BaseLayerOptions {
	/** The approval number line, with `{number}` where the number goes. */
	approvalTemplate: string;
	/** Called once, when there is no base map to show. */
	onFailure: (reason: BaseMapFailure) => void;
}

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The credit as HTML for Leaflet's attribution control; every text is escaped. */
function creditHtml(settings: TileSettings): string | null {
	const { credit } = settings;
	if (!credit) return null;

	const text = escapeHtml(credit.text);
	return credit.href ? `<a href="${escapeHtml(credit.href)}">${text}</a>` : text;
}

function addApprovalNumber(map: LeafletMap, line: string): void {
	const Approval = L.Control.extend({
		onAdd() {
			const element = L.DomUtil.create('div', 'map-approval leaflet-control-attribution');
			element.textContent = line;
			return element;
		},
	});
	new Approval({ position: 'bottomleft' }).addTo(map);
}

/** Adds the base map of `settings` to `map`, with its credit and approval number. */
export function addBaseLayer(map: LeafletMap, settings: TileSettings, options: BaseLayerOptions) {
	L.control
		.attribution({ prefix: '<a href="https://leafletjs.com/">Leaflet</a>' })
		.addAttribution(creditHtml(settings) ?? '')
		.addTo(map);

	if (settings.approvalNumber) {
		addApprovalNumber(map, options.approvalTemplate.replace('{number}', settings.approvalNumber));
	}

	if (settings.layers.length === 0) {
		options.onFailure('none');
		return;
	}

	// One failed tile among many loaded is a hiccup; failures outnumbering loads are an outage.
	let loaded = 0;
	let failed = 0;
	let told = false;

	for (const spec of settings.layers) {
		const layer = L.tileLayer(spec.url, {
			subdomains: spec.subdomains === '' ? 'abc' : spec.subdomains,
			maxZoom: spec.maxZoom,
		});
		layer.on('tileload', () => (loaded += 1));
		layer.on('tileerror', () => {
			failed += 1;
			if (told || failed < loaded) return;

			told = true;
			options.onFailure('failed');
		});
		layer.addTo(map);
	}
}
