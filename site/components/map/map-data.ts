/**
 * The map pages' server side: the tile settings from the environment, and the outreach
 * sites placed on the map, each bad location named once in the log.
 */
import { MAP_APPROVAL_NUMBER, MAP_ATTRIBUTION, MAP_TILES, TIANDITU_KEY } from 'astro:env/server';

import type { Locale } from '../../../src/i18n/locale.ts';
import { logger } from '../../../src/log.ts';
import { createSitePlacer, inListOrder, type PlacedSite } from '../../../src/map/placed-sites.ts';
import { resolveTileSettings, type TileSettings } from '../../../src/map/tile-providers.ts';
import { content } from '../../lib/content.ts';

const log = logger.child({ module: 'map' });
const place = createSitePlacer(log);
let toldTiles = false;

/** The base map for pages in `locale`; how it was chosen is logged once per process. */
export function tileSettings(locale: Locale): TileSettings {
	const { settings, reason, warnings } = resolveTileSettings(
		{ MAP_TILES, TIANDITU_KEY, MAP_ATTRIBUTION, MAP_APPROVAL_NUMBER },
		locale,
	);

	if (!toldTiles) {
		toldTiles = true;
		log.info({ provider: settings.provider }, `map tiles: ${settings.provider} (${reason})`);
		for (const warning of warnings) log.warn({ provider: settings.provider }, warning);
	}
	return settings;
}

/** Every outreach site, placed, in list order; load it in the route file, before rendering. */
export async function loadPlacedSites(): Promise<PlacedSite[]> {
	return inListOrder(place(await content.outreachSites()));
}

/** The outreach site with `slug`, placed, or `null`. */
export async function loadPlacedSite(slug: string): Promise<PlacedSite | null> {
	const site = await content.outreachSite(slug);
	return site ? (place([site])[0] ?? null) : null;
}
