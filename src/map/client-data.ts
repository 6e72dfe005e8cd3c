/**
 * What the map page hands its browser script, as one JSON block: the sites (WGS-84 points,
 * prepared search text), the tile settings and the strings the script shows. The list
 * itself is HTML rendered on the server; the script only narrows, sorts and links it.
 */
import type { Bounds } from '../geo/bounds.ts';
import { boundsOf } from '../geo/bounds.ts';
import { fallbackLang } from '../i18n/fallback.ts';
import { pick, type Locale } from '../i18n/locale.ts';
import { messages } from '../i18n/messages/index.ts';
import { paths } from '../i18n/paths.ts';
import { locatedPoints, type PlacedSite } from './placed-sites.ts';
import { searchTextOf } from './search-text.ts';
import type { TileSettings } from './tile-providers.ts';

/** One site as the script knows it; `lat`/`lng` are WGS-84, `null` when location is pending. */
export interface ClientSite {
	slug: string;
	name: string;
	kind: string;
	district: string;
	address: string;
	url: string;
	lat: number | null;
	lng: number | null;
	search: string;
	sample: boolean;
	/** Coordinates staff have yet to verify. */
	approximate: boolean;
	/** `zh-CN` where the English page shows the Chinese name or address (no English given). */
	nameLang: string | null;
	addressLang: string | null;
}

/** The strings the script fills in and shows (templates with `{slots}`). */
export interface ClientStrings {
	showing: string;
	pageStatus: string;
	tilesFailed: string;
	tilesNone: string;
	mapFailed: string;
	approvalNumber: string;
	clusterLabel: string;
	zoomIn: string;
	zoomOut: string;
	nearMeLocating: string;
	nearMeSorted: string;
	nearMeNoneLocated: string;
	nearMeDenied: string;
	nearMeUnavailable: string;
	nearMeUnsupported: string;
	nearMeRestored: string;
	youAreHere: string;
	distance: string;
	opened: string;
	details: string;
	sample: string;
}

export interface MapClientData {
	locale: Locale;
	tiles: TileSettings;
	sites: ClientSite[];
	/** The extent of the located sites (WGS-84), where the map opens. */
	bounds: Bounds | null;
	kindLabels: Record<string, string>;
	districtLabels: Record<string, string>;
	strings: ClientStrings;
}

/** The page data for `placed` in `locale`. */
export function mapClientData(
	placed: readonly PlacedSite[],
	locale: Locale,
	tiles: TileSettings,
): MapClientData {
	const t = messages(locale);
	const m = t.map;

	return {
		locale,
		tiles,
		sites: placed.map(({ site, location }) => ({
			slug: site.slug,
			name: pick(site.name, locale),
			kind: site.kind,
			district: site.district,
			address: pick(site.address, locale),
			url: paths.outreachSite(site.slug, locale),
			lat: location?.lat ?? null,
			lng: location?.lng ?? null,
			search: searchTextOf(site),
			sample: site.sample,
			approximate: site.locationApproximate,
			nameLang: fallbackLang(site.name, locale) ?? null,
			addressLang: fallbackLang(site.address, locale) ?? null,
		})),
		bounds: boundsOf(locatedPoints(placed)),
		kindLabels: t.siteKinds,
		districtLabels: t.districts,
		strings: {
			showing: m.showing,
			pageStatus: m.pageStatus,
			tilesFailed: m.tilesFailed,
			tilesNone: m.tilesNone,
			mapFailed: m.mapFailed,
			approvalNumber: m.approvalNumber,
			clusterLabel: m.clusterLabel,
			zoomIn: m.zoomIn,
			zoomOut: m.zoomOut,
			nearMeLocating: m.nearMeLocating,
			nearMeSorted: m.nearMeSorted,
			nearMeNoneLocated: m.nearMeNoneLocated,
			nearMeDenied: m.nearMeDenied,
			nearMeUnavailable: m.nearMeUnavailable,
			nearMeUnsupported: m.nearMeUnsupported,
			nearMeRestored: m.nearMeRestored,
			youAreHere: m.youAreHere,
			distance: m.distance,
			opened: m.opened,
			details: m.details,
			sample: m.sample,
		},
	};
}

/**
 * `data` as text for a `<script type="application/json">` block: `<` is escaped so that no
 * name or address can close the block.
 */
export function serializeClientData(data: MapClientData): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
