/**
 * `/sw.js`: the check-in route's service worker (`scripts/route/sw.js`), served from the site
 * root so that its scope covers the route's pages. It gets a policy of its own: a worker's
 * Content-Security-Policy governs its `fetch`, and the worker fetches the route's pages and
 * files from this origin to keep them for offline use.
 */
import type { APIRoute } from 'astro';

import source from '../scripts/route/sw.js?raw';

export const prerender = false;

export const GET: APIRoute = () =>
	new Response(source, {
		headers: {
			'Content-Type': 'text/javascript; charset=utf-8',
			// Browsers check for a new worker on each visit; this keeps caches from answering.
			'Cache-Control': 'no-cache',
			'Content-Security-Policy': "default-src 'none'; connect-src 'self'",
		},
	});
