/**
 * `/map/sites.geojson` and `/map/sites.csv` (and their `/en/` twins): the sites the map
 * shows, narrowed by the same `?kind=&district=&q=` filter as the page.
 */
import type { APIRoute } from 'astro';

import { districts, outreachSiteKinds } from '../../../src/content/models.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { searchTextOf } from '../../../src/map/search-text.ts';
import { sitesToCsv, sitesToGeoJson } from '../../../src/map/exports.ts';
import { parseFilter, siteMatcher } from '../../../src/map/filters.ts';
import type { PlacedSite } from '../../../src/map/placed-sites.ts';
import { loadPlacedSites } from './map-data.ts';

async function filteredSites(url: URL): Promise<PlacedSite[]> {
	const filter = parseFilter(url.searchParams, { kinds: outreachSiteKinds, districts });
	const matches = siteMatcher(filter);

	return (await loadPlacedSites()).filter(({ site }) =>
		matches({ kind: site.kind, district: site.district, search: searchTextOf(site) }),
	);
}

// Short: editors expect a published site in the exports within a minute.
const cacheControl = 'public, max-age=60';

/** The GeoJSON export in `locale`. */
export function geoJsonRoute(locale: Locale): APIRoute {
	return async ({ url }) => {
		const body = JSON.stringify(sitesToGeoJson(await filteredSites(url), locale, url.origin));

		return new Response(body, {
			headers: {
				'Content-Type': 'application/geo+json; charset=utf-8',
				'Content-Disposition': 'inline; filename="outreach-sites.geojson"',
				'Cache-Control': cacheControl,
			},
		});
	};
}

/** The CSV export in `locale`, as a download named in the visitor's language. */
export function csvRoute(locale: Locale): APIRoute {
	return async ({ url }) => {
		const body = sitesToCsv(await filteredSites(url), locale, url.origin);
		const name = `${messages(locale).map.csvFileName}.csv`;

		return new Response(body, {
			headers: {
				'Content-Type': 'text/csv; charset=utf-8',
				// `filename` is the ASCII fallback; `filename*` carries the Chinese name (RFC 6266).
				'Content-Disposition': `attachment; filename="outreach-sites.csv"; filename*=UTF-8''${encodeURIComponent(name)}`,
				'Cache-Control': cacheControl,
			},
		});
	};
}
