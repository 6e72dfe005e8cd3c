/**
 * The headers of each kind of response the production server sends: pages, API answers,
 * built assets, content media, a 404 and a server error. Each must carry every security
 * header, a Content-Security-Policy that allows no more than its kind needs, a cache policy
 * fit for it, and compression where it pays.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { httpsOrigins } from '../../src/security/csp.ts';
import { auditSecurityHeaders } from '../../src/security/header-audit.ts';
import { pageNeeds } from '../../src/security/page-needs.ts';
import { tileHosts } from '../../src/map/tile-providers.ts';
import { startServer, type RunningServer } from './support/server.ts';

let server: RunningServer;
let broken: RunningServer;
let emptyContent: string;

// The default deployment draws OpenStreetMap tiles (MAP_TILES and TIANDITU_KEY unset).
const tileOrigins = httpsOrigins(tileHosts('osm'));

beforeAll(async () => {
	emptyContent = await mkdtemp(join(tmpdir(), 'boai-no-content-'));
	[server, broken] = await Promise.all([
		startServer(),
		// A content folder without a dataset: every page that reads content fails.
		startServer({ CONTENT_DIR: emptyContent }),
	]);
});

afterAll(async () => {
	await Promise.all([server?.stop(), broken?.stop()]);
	await rm(emptyContent, { recursive: true, force: true });
});

async function get(url: string, headers: Record<string, string> = {}) {
	return fetch(url, { headers: { 'Accept-Encoding': 'br, gzip', ...headers }, redirect: 'manual' });
}

function pageExpectation(path: string) {
	return { kind: 'page' as const, needs: pageNeeds(path), tileOrigins };
}

describe('pages', () => {
	test.each(['/', '/en/', '/stories/', '/en/museum/', '/map/', '/en/route/', '/search/?q=献血'])(
		'%s carries every security header and a policy with no more than the page needs',
		async (path) => {
			const response = await get(server.url + encodeURI(path));

			expect(response.status).toBe(200);
			expect(
				auditSecurityHeaders(response.headers, pageExpectation(path.split('?')[0] ?? path)),
			).toEqual([]);
			expect(response.headers.get('Content-Encoding')).toBe('br');
			expect(response.headers.get('Vary')).toContain('Accept-Encoding');
			expect(response.headers.get('Cache-Control')).toBe(
				'public, max-age=0, s-maxage=30, stale-if-error=86400',
			);
		},
	);

	test('names the configured tile host on the map page only', async () => {
		const map = (await get(`${server.url}/map/`)).headers.get('Content-Security-Policy') ?? '';
		const home = (await get(`${server.url}/`)).headers.get('Content-Security-Policy') ?? '';

		expect(map).toContain('https://tile.openstreetmap.org');
		expect(home).not.toContain('openstreetmap');
	});

	test('allows the inline code each page contains, by hash', async () => {
		const response = await get(`${server.url}/`);
		const html = await response.text();
		const styles = [...html.matchAll(/<style[^>]*>/g)].length;
		const hashes = (response.headers.get('Content-Security-Policy') ?? '').match(/'sha256-/g) ?? [];

		expect(styles).toBeGreaterThan(0);
		expect(hashes.length).toBeGreaterThanOrEqual(1);
	});

	test('answers a repeated request with 304 when the page has not changed', async () => {
		const first = await get(`${server.url}/stories/`);
		const etag = first.headers.get('ETag') ?? '';
		const again = await get(`${server.url}/stories/`, { 'If-None-Match': etag });

		expect(etag).toMatch(/^W\/"/);
		expect(again.status).toBe(304);
		expect(auditSecurityHeaders(again.headers, pageExpectation('/stories/'))).toEqual([]);
	});

	test('gives a request id to every response, keeping one a proxy sent', async () => {
		const own = await get(`${server.url}/`);
		const passed = await get(`${server.url}/`, { 'X-Request-Id': 'proxy-42' });

		expect(own.headers.get('X-Request-Id')).toMatch(/^[0-9a-f-]{36}$/);
		expect(passed.headers.get('X-Request-Id')).toBe('proxy-42');
	});
});

describe('API and data answers', () => {
	test.each([
		'/api/stats',
		'/search-index.zh.json',
		'/healthz',
		'/map/sites.geojson',
		'/rss.xml',
		'/sitemap.xml',
		'/robots.txt',
	])('%s carries every security header and a policy that loads nothing', async (path) => {
		const response = await get(server.url + path);

		expect(response.status).toBeLessThan(600);
		expect(auditSecurityHeaders(response.headers, { kind: 'resource' })).toEqual([]);
		expect(response.headers.get('Cache-Control')).toBeTruthy();
	});

	test('keeps API answers out of every cache and compresses a large JSON answer', async () => {
		const api = await get(`${server.url}/api/stats`);
		const index = await get(`${server.url}/search-index.zh.json`);

		expect(api.headers.get('Cache-Control')).toBe('no-store');
		expect(index.headers.get('Content-Type')).toContain('application/json');
		expect(index.headers.get('Content-Encoding')).toBe('br');
	});

	test('reports health as a small JSON document that is never cached', async () => {
		const response = await get(`${server.url}/healthz`);
		const body = (await response.json()) as Record<string, unknown>;

		expect(response.status).toBe(200);
		expect(response.headers.get('Cache-Control')).toBe('no-store');
		expect(body).toMatchObject({
			status: 'ok',
			version: expect.stringMatching(/^\d+\.\d+\.\d+/),
			content: { source: 'embedded', reachable: true },
		});
	});
});

describe('built assets and content media', () => {
	test('a hashed script is sent precompressed and cached for a year', async () => {
		const html = await (await get(`${server.url}/map/`)).text();
		const script = /src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
		expect(script).toBeDefined();

		const response = await get(server.url + script);
		expect(response.status).toBe(200);
		expect(response.headers.get('Content-Encoding')).toBe('br');
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect(response.headers.get('Content-Type')).toContain('javascript');
		expect(auditSecurityHeaders(response.headers, { kind: 'resource' })).toEqual([]);

		const plain = await fetch(server.url + script, { headers: { 'Accept-Encoding': 'identity' } });
		expect(plain.headers.get('Content-Encoding')).toBeNull();
		expect(plain.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
	});

	test('a hashed style sheet is sent as gzip to a browser without Brotli', async () => {
		const html = await (await get(`${server.url}/`)).text();
		const sheet = /href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1];
		const response = await get(server.url + sheet, { 'Accept-Encoding': 'gzip' });

		expect(response.headers.get('Content-Encoding')).toBe('gzip');
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
	});

	test('a missing built asset is a 404 that no cache keeps for a year', async () => {
		const response = await get(`${server.url}/_astro/no-such-file.js`);

		expect(response.status).toBe(404);
		expect(response.headers.get('Cache-Control')).not.toContain('immutable');
	});

	test('public files and the service worker are cached briefly, the SVG icon with its own styles only', async () => {
		const icon = await get(`${server.url}/favicon.svg`);
		const worker = await get(`${server.url}/sw.js`);

		expect(icon.headers.get('Cache-Control')).toBe('public, max-age=3600');
		expect(auditSecurityHeaders(icon.headers, { kind: 'resource', svg: true })).toEqual([]);
		expect(worker.headers.get('Cache-Control')).toBe('no-cache');
	});

	test('a content image is cached for a year with every security header', async () => {
		const html = await (await get(`${server.url}/stories/`)).text();
		const image = /src="(\/media\/images\/[^"]+)"/.exec(html)?.[1];
		expect(image).toBeDefined();

		const response = await get(server.url + image);
		expect(response.status).toBe(200);
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect(auditSecurityHeaders(response.headers, { kind: 'resource' })).toEqual([]);
	});

	test('a story’s share picture is a versioned PNG of 1200 × 630', async () => {
		const html = await (await get(`${server.url}/stories/`)).text();
		const story = /href="(\/stories\/[a-z0-9-]+\/)"/.exec(html)?.[1];
		const page = await (await get(server.url + story)).text();
		const picture = /<meta property="og:image" content="([^"]+)"/.exec(page)?.[1] ?? '';

		const response = await get(picture.replace(/^https?:\/\/[^/]+/, server.url));
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(response.headers.get('Content-Type')).toBe('image/png');
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		// The PNG header's width and height.
		const view = new DataView(bytes.buffer);
		expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
	});
});

describe('errors', () => {
	test('a page that does not exist is a 404 page in its language with every header', async () => {
		for (const [path, lang] of [
			['/no-such-page/', 'zh-CN'],
			['/en/no-such-page/', 'en'],
		] as const) {
			const response = await get(server.url + path);
			const html = await response.text();

			expect(response.status).toBe(404);
			expect(html).toContain(`<html lang="${lang}"`);
			expect(html).toContain('name="robots" content="noindex"');
			expect(auditSecurityHeaders(response.headers, pageExpectation(path))).toEqual([]);
		}
	});

	test('a failing page is a 500 page with every header, which no cache keeps', async () => {
		const response = await get(`${broken.url}/stories/`);

		expect(response.status).toBe(500);
		expect(response.headers.get('Cache-Control')).toBe('no-store');
		expect(auditSecurityHeaders(response.headers, pageExpectation('/stories/'))).toEqual([]);
	});

	test('the failure is logged as structured lines naming the request', async () => {
		await get(`${broken.url}/about/`);
		const logged = () =>
			broken
				.output()
				.split('\n')
				.filter((line) => line.startsWith('{'))
				.map((line) => JSON.parse(line) as Record<string, unknown>);
		const requestLine = (line: Record<string, unknown>) =>
			line.module === 'http' && (line.req as { path?: string } | undefined)?.path === '/about/';

		// The server writes the request's line once the answer is sent: wait for it to arrive.
		await expect.poll(() => logged().some(requestLine), { timeout: 10_000 }).toBe(true);
		const lines = logged();
		const request = lines.find(requestLine);
		const failure = lines.find((line) => line.module === 'render' && line.path === '/about/');
		expect(request).toMatchObject({ level: 50, res: { status: 500 } });
		expect(failure).toMatchObject({ level: 50, reqId: request?.reqId });
	});
});
