/** Absolute addresses of this site's pages, for canonical links, feeds and the sitemap. */
import { SITE_ORIGIN } from 'astro:env/server';

import { absoluteUrl, siteOrigin } from '../../src/seo/site-origin.ts';

/** The public origin: SITE_ORIGIN, or the origin `request` was sent to. */
export function publicOrigin(request: Request): string {
	return siteOrigin(SITE_ORIGIN, request);
}

/** `path` as an absolute URL on the public origin. */
export function publicUrl(request: Request, path: string): string {
	return absoluteUrl(publicOrigin(request), path);
}
