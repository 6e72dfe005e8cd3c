/**
 * How long browsers and a CDN in front may keep each kind of response, for responses whose
 * route did not say. Built assets carry a content hash in their name and never change;
 * pages change when staff publish, which must show within a minute.
 */

/** For files whose name changes with their content (`/_astro/*`, content-hash media). */
export const immutable = 'public, max-age=31536000, immutable';

/** Pages and feeds: browsers check every time (cheap, with ETags); a CDN keeps them a minute. */
export const sharedForAMinute = 'public, max-age=0, s-maxage=60';

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
	if (facts.status >= 200 && facts.status < 300) return sharedForAMinute;
	if (facts.status === 304 || facts.status === 404 || facts.status === 410) return sharedForAMinute;
	return noStore;
}

/** The Cache-Control of a file served from the build's `client/` folder. */
export function staticCacheControl(path: string): string {
	if (path.startsWith('/_astro/')) return immutable;
	// A service worker script must be checked on every visit, or an update waits for a day.
	if (path === '/sw.js') return 'no-cache';
	return 'public, max-age=3600';
}
