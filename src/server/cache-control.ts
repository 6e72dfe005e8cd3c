/**
 * How long browsers and a CDN in front may keep each kind of response, for responses whose
 * route did not say. Built assets carry a content hash in their name and never change;
 * pages change when staff publish, which must show within a minute.
 */

/** For files whose name changes with their content (`/_astro/*`, content-hash media). */
export const immutable = 'public, max-age=31536000, immutable';

/**
 * How long a CDN in front may keep a page. Together with the server's own content cache
 * (CONTENT_CACHE_SECONDS, at most 60 minus this) a published change reaches visitors within
 * a minute, even when no webhook tells the server.
 */
export const SHARED_CACHE_SECONDS = 30;

/**
 * Pages and feeds: browsers check every time (cheap, with ETags); a CDN keeps them
 * {@link SHARED_CACHE_SECONDS}, and serves the last copy for a day should the server fail.
 */
export const sharedPage = `public, max-age=0, s-maxage=${SHARED_CACHE_SECONDS}, stale-if-error=86400`;

export const noStore = 'no-store';

/** What is known about a response when its headers are about to be sent. */
export interface ResponseFacts {
	path: string;
	status: number;
	/** Whether the response sets a cookie: it is then one visitor's, never shared. */
	setsCookie: boolean;
	/** Whether the request carried credentials (an Authorization header). */
	authorized: boolean;
}

/** The Cache-Control of a response from the site's routes that set none. */
export function routeCacheControl(facts: ResponseFacts): string {
	if (facts.setsCookie || facts.authorized) return 'private, no-store';
	if (facts.path.startsWith('/api/')) return noStore;
	if (facts.status >= 200 && facts.status < 300) return sharedPage;
	if (facts.status === 304 || facts.status === 404 || facts.status === 410) return sharedPage;
	return noStore;
}

/** The Cache-Control of a file served from the build's `client/` folder. */
export function staticCacheControl(path: string): string {
	if (path.startsWith('/_astro/')) return immutable;
	// A service worker script must be checked on every visit, or an update waits for a day.
	if (path === '/sw.js') return 'no-cache';
	return 'public, max-age=3600';
}
