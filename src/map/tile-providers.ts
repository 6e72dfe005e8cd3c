/**
 * The base maps the site can draw under its markers, and which one a deployment uses.
 *
 * - Tianditu (天地图), the national platform: needs a browser key; its Web Mercator (`_w`)
 *   layers fit Leaflet's default CRS, and CGCS2000 is WGS-84 to within centimetres.
 * - AutoNavi/Gaode (高德): tiles in GCJ-02, so markers are converted for display.
 * - OpenStreetMap: for use outside mainland China, where it is blocked.
 * - none: no base map (a closed network); markers and the list still work.
 */
import type { Datum } from '../geo/coordinates.ts';
import type { Locale } from '../i18n/locale.ts';

export const tileProviderIds = ['tianditu', 'gaode', 'osm', 'none'] as const;

export type TileProviderId = (typeof tileProviderIds)[number];

/** One tile layer as Leaflet's `L.tileLayer(url, { subdomains, maxZoom })` takes it. */
export interface TileLayerSpec {
	url: string;
	subdomains: string;
	maxZoom: number;
}

/** A credit line: plain text, linked when `href` is set. */
export interface Credit {
	text: string;
	href: string | null;
}

/** Everything a page needs to draw the base map; safe to send to the browser. */
export interface TileSettings {
	provider: TileProviderId;
	/** The datum the tiles are drawn in: markers are converted to it for display. */
	datum: Datum;
	/** Base layer first, then any label layer drawn over it. */
	layers: TileLayerSpec[];
	credit: Credit | null;
	/** The map approval number (审图号) to show beside the map, when one is configured. */
	approvalNumber: string | null;
}

/** The environment variables that choose and credit the tiles. */
export interface TileEnvironment {
	MAP_TILES?: string | undefined;
	TIANDITU_KEY?: string | undefined;
	MAP_ATTRIBUTION?: string | undefined;
	MAP_APPROVAL_NUMBER?: string | undefined;
}

/** The settings, and what an operator should read in the log about how they were chosen. */
export interface ResolvedTiles {
	settings: TileSettings;
	/** Why this provider: logged once at info level. */
	reason: string;
	/** Configuration mistakes: logged once as warnings. */
	warnings: string[];
}

const tianditu = (layer: string, key: string): TileLayerSpec => ({
	url: `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
	subdomains: '01234567',
	maxZoom: 18,
});

const credits: Record<Exclude<TileProviderId, 'none'>, Record<Locale, Credit>> = {
	tianditu: {
		zh: { text: '底图：天地图', href: 'https://www.tianditu.gov.cn/' },
		en: { text: 'Base map: Tianditu', href: 'https://www.tianditu.gov.cn/' },
	},
	gaode: {
		zh: { text: '底图：© 高德地图', href: 'https://www.amap.com/' },
		en: { text: 'Base map: © AutoNavi (Gaode)', href: 'https://www.amap.com/' },
	},
	osm: {
		zh: { text: '© OpenStreetMap 贡献者', href: 'https://www.openstreetmap.org/copyright' },
		en: { text: '© OpenStreetMap contributors', href: 'https://www.openstreetmap.org/copyright' },
	},
};

function layersOf(provider: TileProviderId, key: string, locale: Locale): TileLayerSpec[] {
	switch (provider) {
		case 'tianditu':
			// Roads and areas, then the place names in the page's language (cva Chinese, eva English).
			return [tianditu('vec', key), tianditu(locale === 'zh' ? 'cva' : 'eva', key)];
		case 'gaode':
			return [
				{
					url: `https://webrd0{s}.is.autonavi.com/appmaptile?lang=${locale === 'zh' ? 'zh_cn' : 'en'}&size=1&scale=1&style=8&x={x}&y={y}&z={z}`,
					subdomains: '1234',
					maxZoom: 18,
				},
			];
		case 'osm':
			return [
				{ url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', subdomains: '', maxZoom: 19 },
			];
		case 'none':
			return [];
	}
}

function choose(
	env: TileEnvironment,
	key: string,
): Omit<ResolvedTiles, 'settings'> & {
	provider: TileProviderId;
} {
	const asked = env.MAP_TILES?.trim().toLowerCase() ?? '';
	const warnings: string[] = [];

	if (asked !== '' && !tileProviderIds.includes(asked as TileProviderId)) {
		warnings.push(
			`MAP_TILES is "${env.MAP_TILES}", which is not a tile provider: set it to one of ${tileProviderIds.join(', ')}; the default is used meanwhile`,
		);
	}

	if (asked === 'tianditu' && key === '') {
		warnings.push(
			'MAP_TILES is tianditu but TIANDITU_KEY is empty, and Tianditu refuses requests without a key: set TIANDITU_KEY to a browser key from console.tianditu.gov.cn, or choose MAP_TILES=gaode or osm; the map shows its markers without a base map meanwhile',
		);
		return { provider: 'none', reason: 'MAP_TILES=tianditu without a key', warnings };
	}

	if (tileProviderIds.includes(asked as TileProviderId)) {
		return { provider: asked as TileProviderId, reason: `MAP_TILES=${asked}`, warnings };
	}

	if (key !== '') {
		return { provider: 'tianditu', reason: 'MAP_TILES is not set and TIANDITU_KEY is', warnings };
	}
	return {
		provider: 'osm',
		reason:
			'MAP_TILES and TIANDITU_KEY are not set; OpenStreetMap is blocked in mainland China, so set TIANDITU_KEY there',
		warnings,
	};
}

/**
 * The tiles a deployment draws in `locale`: MAP_TILES when it names a provider; otherwise
 * Tianditu when TIANDITU_KEY is set (the right choice in mainland China), else
 * OpenStreetMap. MAP_ATTRIBUTION replaces the provider's credit; MAP_APPROVAL_NUMBER is
 * the 审图号 shown beside the map.
 */
export function resolveTileSettings(env: TileEnvironment, locale: Locale): ResolvedTiles {
	const key = env.TIANDITU_KEY?.trim() ?? '';
	const { provider, reason, warnings } = choose(env, key);
	const attribution = env.MAP_ATTRIBUTION?.trim() ?? '';
	const approvalNumber = env.MAP_APPROVAL_NUMBER?.trim() ?? '';

	if ((provider === 'tianditu' || provider === 'gaode') && approvalNumber === '') {
		warnings.push(
			`the ${provider} base map is used without MAP_APPROVAL_NUMBER: maps published in mainland China show the provider's 审图号, so set MAP_APPROVAL_NUMBER to the number your provider gives`,
		);
	}

	const defaultCredit = provider === 'none' ? null : credits[provider][locale];
	return {
		settings: {
			provider,
			datum: provider === 'gaode' ? 'GCJ-02' : 'WGS-84',
			layers: layersOf(provider, key, locale),
			credit: attribution !== '' ? { text: attribution, href: null } : defaultCredit,
			approvalNumber: approvalNumber === '' ? null : approvalNumber,
		},
		reason,
		warnings,
	};
}

/** The host names a provider's tiles come from (for a Content-Security-Policy, and tests). */
export function tileHosts(provider: TileProviderId): string[] {
	switch (provider) {
		case 'tianditu':
			return [...'01234567'].map((n) => `t${n}.tianditu.gov.cn`);
		case 'gaode':
			return [...'1234'].map((n) => `webrd0${n}.is.autonavi.com`);
		case 'osm':
			return ['tile.openstreetmap.org'];
		case 'none':
			return [];
	}
}
