/**
 * The hosts this deployment's pages may load from besides the site itself, read from its
 * settings once: the map's tile host, and Sanity's CDN when content images are not proxied.
 */
import { MAP_TILES, TIANDITU_KEY } from 'astro:env/server';

import type { SiteSources } from '../../src/security/csp.ts';
import { httpsOrigins } from '../../src/security/csp.ts';
import { resolveTileSettings, tileHosts } from '../../src/map/tile-providers.ts';
import { assetProxy } from '../lib/asset-proxy.ts';

let sources: SiteSources | undefined;

/** The tile and asset origins of this deployment. */
export function siteSources(): SiteSources {
	if (sources) return sources;

	// Which provider does not depend on the language: only its label layer does.
	const { provider } = resolveTileSettings({ MAP_TILES, TIANDITU_KEY }, 'zh').settings;
	sources = {
		tileOrigins: httpsOrigins(tileHosts(provider)),
		assetOrigins: assetProxy.browserOrigins,
	};
	return sources;
}
