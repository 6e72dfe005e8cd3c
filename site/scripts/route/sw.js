/*
 * Boai's service worker: keeps the check-in route's pages, scripts, styles and images
 * available offline, so that a visitor on a weak network can still open a stop's page,
 * check in (the check-in waits in the page's outbox) and see their stamps.
 *
 * It touches only the route's public pages and the files they use. It never answers or
 * stores API requests (check-ins are POSTs sent by the page's outbox, the passport is read
 * live), staff pages (posters carry check-in secrets, statistics and verification must be
 * live), other sections of the site, or map tiles from other origins.
 *
 * Served at `/sw.js` by `pages/sw.js.ts`, so its scope is the whole origin; every other
 * request passes through untouched.
 */

const VERSION = 'v1';
const PAGES = `boai-route-pages-${VERSION}`;
const ASSETS = `boai-route-assets-${VERSION}`;

// Past this many stored files, the oldest are dropped (old builds' scripts and styles).
const MAX_ASSETS = 120;

// On a weak network a page comes from the cache after this long; the network answer still
// refreshes the cache when it arrives.
const NETWORK_PATIENCE_MS = 4000;

const STAFF_OR_LIVE = /^\/(?:en\/)?route\/(?:posters|stats|verify)(?:\/|$)/;
const ROUTE_PAGE = /^\/(?:en\/)?route(?:\/|$)/;

function isRoutePage(pathname) {
	return ROUTE_PAGE.test(pathname) && !STAFF_OR_LIVE.test(pathname);
}

function isAsset(pathname) {
	return (
		pathname.startsWith('/_astro/') ||
		pathname.startsWith('/media/images/') ||
		pathname === '/favicon.svg'
	);
}

// One cache entry per page, whatever its query: a poster's QR address (`?t=…`) opens the
// stored page, whose script then reads the token from the address.
function pageKey(url) {
	const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
	return new Request(new URL(path, url.origin).href);
}

function storable(response) {
	return response && response.ok && response.type === 'basic' && !response.redirected;
}

// The files a page refers to: its scripts, styles and images on this origin.
function assetsOf(html, base) {
	const found = new Set();
	const pattern = /(?:src|href|srcset)="([^"]+)"/g;
	for (const match of html.matchAll(pattern)) {
		for (const candidate of match[1].split(',')) {
			const address = candidate.trim().split(/\s+/)[0];
			if (!address) continue;
			const url = new URL(address.replaceAll('&amp;', '&'), base);
			if (url.origin === base.origin && isAsset(url.pathname)) found.add(url.href);
		}
	}
	return [...found];
}

async function trimAssets() {
	const cache = await caches.open(ASSETS);
	const keys = await cache.keys();
	for (const key of keys.slice(0, Math.max(0, keys.length - MAX_ASSETS))) await cache.delete(key);
}

// The files a script or style sheet loads in turn: a module's static and dynamic imports
// (`./chunk.js`, `/_astro/chunk.js`), a style sheet's `url(...)`.
function dependenciesOf(text, base) {
	const found = new Set();
	const patterns = base.pathname.endsWith('.css')
		? [/url\(\s*["']?([^"')\s]+)["']?\s*\)/g]
		: [/["'`]((?:\.{1,2}\/|\/_astro\/|_astro\/)[^"'`\s]+\.(?:js|css|svg|png|webp|woff2?))["'`]/g];
	for (const pattern of patterns) {
		for (const match of text.matchAll(pattern)) {
			const address = match[1].startsWith('_astro/') ? `/${match[1]}` : match[1];
			if (address.startsWith('data:')) continue;
			const url = new URL(address, base);
			if (url.origin === self.location.origin && isAsset(url.pathname)) found.add(url.href);
		}
	}
	return [...found];
}

// Stores `urls` and, for scripts and style sheets, what they load, each file once.
async function storeAssets(urls, seen = new Set()) {
	const cache = await caches.open(ASSETS);
	await Promise.all(
		urls.map(async (url) => {
			if (seen.has(url)) return;
			seen.add(url);

			let response = await cache.match(url);
			if (!response) {
				try {
					response = await fetch(url);
				} catch {
					return; // Offline: the file is stored the next time it is used online.
				}
				if (!storable(response)) return;
				await cache.put(url, response.clone());
			}
			if (/\.(?:js|css)$/.test(new URL(url).pathname)) {
				await storeAssets(dependenciesOf(await response.text(), new URL(url)), seen);
			}
		}),
	);
}

// Stores a page and the files it uses, unless `onlyMissing` and it is stored already.
async function warm(address, onlyMissing) {
	const url = new URL(address, self.location.origin);
	if (url.origin !== self.location.origin || !isRoutePage(url.pathname)) return;

	const pages = await caches.open(PAGES);
	if (onlyMissing && (await pages.match(pageKey(url)))) return;

	try {
		const response = await fetch(pageKey(url), { credentials: 'same-origin' });
		if (!storable(response)) return;
		await pages.put(pageKey(url), response.clone());
		await storeAssets(assetsOf(await response.text(), url));
	} catch {
		// Offline: the page is stored the next time it is opened online.
	}
}

async function fromNetworkAndStore(request, cacheName, key) {
	const response = await fetch(request);
	if (storable(response)) {
		const cache = await caches.open(cacheName);
		await cache.put(key, response.clone());
	}
	return response;
}

async function pageFirstFromNetwork(event) {
	const url = new URL(event.request.url);
	const key = pageKey(url);
	const network = fromNetworkAndStore(event.request, PAGES, key);
	event.waitUntil(
		network.then(
			() => undefined,
			() => undefined,
		),
	);

	const stored = caches.match(key, { cacheName: PAGES });
	const patience = new Promise((resolve) => setTimeout(resolve, NETWORK_PATIENCE_MS));

	// The network wins unless it fails, answers with a server error or keeps the visitor
	// waiting while a copy exists.
	const first = await Promise.race([network.catch(() => undefined), patience]);
	if (first && first.status < 500) return first;

	const copy = await stored;
	if (copy) return copy;

	if (first) return first;

	try {
		return await network;
	} catch {
		const home = new URL(url.pathname.startsWith('/en/') ? '/en/route/' : '/route/', url.origin);
		const fallback = await caches.match(pageKey(home), { cacheName: PAGES });
		return fallback ?? Response.error();
	}
}

async function assetFirstFromCache(event) {
	const request = event.request;
	const url = new URL(request.url);
	const cache = await caches.open(ASSETS);
	const stored = await cache.match(request, { ignoreSearch: url.pathname.startsWith('/media/') });
	if (stored) return stored;

	const response = await fetch(request);
	if (storable(response)) {
		await cache.put(request, response.clone());
		event.waitUntil(trimAssets());
	}
	return response;
}

// Files are stored only for the route's pages (and for the styles those load).
function usedByRoute(request) {
	if (!request.referrer) return false;
	const referrer = new URL(request.referrer);
	return (
		referrer.origin === self.location.origin &&
		(isRoutePage(referrer.pathname) || referrer.pathname.startsWith('/_astro/'))
	);
}

self.addEventListener('install', (event) => {
	event.waitUntil(
		Promise.all([warm('/route/', false), warm('/en/route/', false)]).then(() => self.skipWaiting()),
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) =>
				Promise.all(
					names
						.filter((name) => name.startsWith('boai-route-') && name !== PAGES && name !== ASSETS)
						.map((name) => caches.delete(name)),
				),
			)
			.then(() => self.clients.claim()),
	);
});

// A route page lists the pages to keep (its stops, the privacy page) once it has loaded.
self.addEventListener('message', (event) => {
	const data = event.data;
	if (!data || data.type !== 'warm' || !Array.isArray(data.urls)) return;

	const urls = data.urls.filter((url) => typeof url === 'string').slice(0, 100);
	event.waitUntil(Promise.all(urls.map((url) => warm(url, true))).then(trimAssets));
});

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;

	const url = new URL(request.url);
	if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;

	if (request.mode === 'navigate') {
		if (isRoutePage(url.pathname)) event.respondWith(pageFirstFromNetwork(event));
		return;
	}
	if (isAsset(url.pathname) && usedByRoute(request)) event.respondWith(assetFirstFromCache(event));
});
