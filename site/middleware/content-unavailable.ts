/**
 * A page whose content cannot be read — the content source unreachable and nothing kept from
 * it to show instead (see `src/content/cache.ts`) — answers 503 "Service Unavailable" with a
 * Retry-After and the site's error page, in the page's language: an outage that passes, which
 * browsers, CDNs and crawlers come back after, rather than a 500 that reads like a bug. Not
 * logged per request: the content cache logs the failing source at most once a minute.
 */
import { defineMiddleware } from 'astro:middleware';

import { contentUnavailableIn } from '../../src/content/unavailable.ts';

export const answerContentUnavailable = defineMiddleware(async (context, next) => {
	try {
		return await next();
	} catch (error) {
		const unavailable = contentUnavailableIn(error);
		if (!unavailable) throw error;

		// `pages/500.astro` takes its language from the address asked for, not `/500`.
		const page = await context.rewrite('/500');
		const headers = new Headers(page.headers);
		headers.set('Retry-After', String(unavailable.retryAfterSeconds));
		return new Response(page.body, { status: 503, statusText: 'Service Unavailable', headers });
	}
});
