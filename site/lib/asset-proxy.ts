/**
 * The Sanity asset proxy of this process (see `src/media/`): its settings from
 * SANITY_ASSET_PROXY and SANITY_CDN_URL, and, in Sanity mode with the proxy on, the proxy
 * that `/media/sanity/…` answers with.
 */
import { SANITY_ASSET_CACHE_MB, SANITY_ASSET_PROXY, SANITY_CDN_URL } from 'astro:env/server';

import { logger } from '../../src/log.ts';
import { resolveAssetProxy } from '../../src/media/proxy-settings.ts';
import { createSanityProxy } from '../../src/media/sanity-proxy.ts';
import { contentSource } from './content.ts';

const log = logger.child({ module: 'media' });

const defaultCacheMegabytes = 256;

/** Whether the proxy is on, and the origins browsers load content assets from. */
export const assetProxy = resolveAssetProxy(
	{ SANITY_ASSET_PROXY, SANITY_CDN_URL },
	contentSource.kind === 'sanity',
);

for (const warning of assetProxy.warnings) log.warn(warning);

/** The proxy, or `null` when content is not read from Sanity or the proxy is off. */
export const sanityProxy =
	assetProxy.enabled && contentSource.kind === 'sanity'
		? createSanityProxy({
				projectId: contentSource.projectId,
				dataset: contentSource.dataset,
				cdnOrigin: assetProxy.cdnOrigin,
				cacheBytes: cacheMegabytes() * 1024 * 1024,
				log,
			})
		: null;

function cacheMegabytes(): number {
	if (SANITY_ASSET_CACHE_MB === undefined || SANITY_ASSET_CACHE_MB.trim() === '') {
		return defaultCacheMegabytes;
	}

	const value = Number(SANITY_ASSET_CACHE_MB);
	if (Number.isFinite(value) && value >= 1) return value;

	log.warn(
		`SANITY_ASSET_CACHE_MB is "${SANITY_ASSET_CACHE_MB}", which is not a number of megabytes (1 or more): ${defaultCacheMegabytes} is used.`,
	);
	return defaultCacheMegabytes;
}
