/**
 * The outreach sites as files to download: GeoJSON for GIS tools (RFC 7946: WGS-84,
 * positions as [lng, lat]) and CSV for spreadsheets (UTF-8 with a byte-order mark and CRLF
 * line ends, which Excel needs to open Chinese text correctly).
 */
import { pick, type Locale } from '../i18n/locale.ts';
import { messages } from '../i18n/messages/index.ts';
import { paths } from '../i18n/paths.ts';
import { boundsOf } from '../geo/bounds.ts';
import { locatedPoints, type PlacedSite } from './placed-sites.ts';

/** One site as a GeoJSON feature. */
export interface SiteFeature {
	type: 'Feature';
	id: string;
	geometry: { type: 'Point'; coordinates: [lng: number, lat: number] };
	properties: {
		slug: string;
		name: string;
		kind: string;
		kindLabel: string;
		district: string;
		districtLabel: string;
		address: string;
		activities: string[];
		url: string;
		locationApproximate: boolean;
		sample: boolean;
	};
}

/** The sites that have a usable location, as a GeoJSON FeatureCollection. */
export interface SiteFeatureCollection {
	type: 'FeatureCollection';
	bbox?: [west: number, south: number, east: number, north: number];
	features: SiteFeature[];
}

/**
 * The located sites of `placed` as GeoJSON, texts in `locale` and page addresses made
 * absolute against `origin`. Sites without a usable location are left out: GeoJSON is for
 * drawing, and the CSV lists them.
 */
export function sitesToGeoJson(
	placed: readonly PlacedSite[],
	locale: Locale,
	origin: string,
): SiteFeatureCollection {
	const t = messages(locale);
	const features = placed.flatMap(({ site, location }): SiteFeature[] => {
		if (!location) return [];

		return [
			{
				type: 'Feature',
				id: site.slug,
				geometry: { type: 'Point', coordinates: [location.lng, location.lat] },
				properties: {
					slug: site.slug,
					name: pick(site.name, locale),
					kind: site.kind,
					kindLabel: t.siteKinds[site.kind],
					district: site.district,
					districtLabel: t.districts[site.district],
					address: pick(site.address, locale),
					activities: site.activities.map((activity) => pick(activity, locale)),
					url: new URL(paths.outreachSite(site.slug, locale), origin).href,
					locationApproximate: site.locationApproximate,
					sample: site.sample,
				},
			},
		];
	});

	const bounds = boundsOf(locatedPoints(placed));
	return {
		type: 'FeatureCollection',
		...(bounds && { bbox: [bounds.west, bounds.south, bounds.east, bounds.north] }),
		features,
	};
}

/** The byte-order mark that tells Excel the file is UTF-8. */
export const utf8Bom = '\uFEFF';

// A cell that starts like a formula would be run by a spreadsheet; a leading apostrophe
// keeps it text. Numbers are written by the code, not taken from documents, so they pass.
function textCell(value: string): string {
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(cells: string[]): string {
	return cells.join(',');
}

/**
 * All of `placed` as CSV, texts in `locale`: a header row, then one row per site; a site
 * without a usable location has empty coordinates and says "location pending".
 */
export function sitesToCsv(placed: readonly PlacedSite[], locale: Locale, origin: string): string {
	const t = messages(locale);
	const columns = t.map.csvColumns;
	const header = [
		columns.id,
		columns.name,
		columns.kind,
		columns.district,
		columns.address,
		columns.latitude,
		columns.longitude,
		columns.location,
		columns.activities,
		columns.sample,
		columns.page,
	].map(textCell);

	const rows = placed.map(({ site, location }) => {
		const status = !location
			? t.map.csvLocation.pending
			: site.locationApproximate
				? t.map.csvLocation.approximate
				: t.map.csvLocation.verified;

		return [
			textCell(site._id),
			textCell(pick(site.name, locale)),
			textCell(t.siteKinds[site.kind]),
			textCell(t.districts[site.district]),
			textCell(pick(site.address, locale)),
			location ? location.lat.toFixed(6) : '',
			location ? location.lng.toFixed(6) : '',
			textCell(status),
			textCell(
				site.activities
					.map((activity) => pick(activity, locale))
					.join(locale === 'zh' ? '；' : '; '),
			),
			textCell(site.sample ? t.map.yes : t.map.no),
			textCell(new URL(paths.outreachSite(site.slug, locale), origin).href),
		];
	});

	return utf8Bom + [header, ...rows].map(row).join('\r\n') + '\r\n';
}
