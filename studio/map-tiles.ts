/**
 * The base map of the Studio's map inputs, chosen like the site's (src/map/tile-providers.ts)
 * from SANITY_STUDIO_MAP_TILES and SANITY_STUDIO_TIANDITU_KEY, which the Studio reads when it
 * is built or started: Tianditu with a key, AutoNavi/Gaode (GCJ-02, converted on input),
 * OpenStreetMap, or none.
 */
import { resolveTileSettings, type TileSettings } from '../src/map/tile-providers.ts';

/** The tiles editors place points on. */
export function studioTileSettings(): TileSettings {
	return resolveTileSettings(studioEnvironment(), 'zh').settings;
}

function studioEnvironment() {
	// Written out in full: the Studio's build replaces these exact expressions with their values,
	// and where nothing replaced them (a page without `process`) the defaults apply.
	try {
		return {
			MAP_TILES: process.env.SANITY_STUDIO_MAP_TILES,
			TIANDITU_KEY: process.env.SANITY_STUDIO_TIANDITU_KEY,
			MAP_ATTRIBUTION: process.env.SANITY_STUDIO_MAP_ATTRIBUTION,
		};
	} catch {
		return {};
	}
}
