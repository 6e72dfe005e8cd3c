/**
 * The headers of each kind of response the production server sends: pages (those the crawl
 * reaches and those it cannot: a certificate, its check, a staff poster), addresses other
 * servers redirect, API answers and API refusals, built assets, content media (bundled, and
 * from Sanity through the site's proxy), a 404 and a server error. Each must carry every
 * security header, a Content-Security-Policy that allows no more than its kind needs, a cache
 * policy fit for it, and compression where it pays.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { httpsOrigins } from '../../src/security/csp.ts';
import { auditSecurityHeaders } from '../../src/security/header-audit.ts';
import { pageNeeds } from '../../src/security/page-needs.ts';
import { tileHosts } from '../../src/map/tile-providers.ts';
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-stand-in.ts';
import { startRouteServer, type RouteFixture } from './route-fixture.ts';
import { startServer, type RunningServer } from './support/server.ts';

const webhookSecret = 'headers-test-webhook-secret';

let fixture: RouteFixture;
let server: RunningServer;
let broken: RunningServer;
let standIn: SanityStandIn;
let sanity: RunningServer;
let emptyContent: string;
let certificateId: string;

// The default deployment draws OpenStreetMap tiles (MAP_TILES and TIANDITU_KEY unset).
const tileOrigins = httpsOrigins(tileHosts('osm'));

beforeAll(async () => {
	emptyContent = await mkdtemp(join(tmpdir(), 'boai-no-content-'));
	standIn = await startSanityStandIn();
	[fixture, broken, sanity] = await Promise.all([
		// The bundled dataset with check-ins, staff pages and webhooks configured.
		startRouteServer({ SANITY_WEBHOOK_SECRET: webhookSecret }),
		// A content folder without a dataset: every page that reads content fails.
		startServer({ CONTENT_DIR: emptyContent }),
		// Content from Sanity (a local stand-in), its images through the site's proxy.
		startServer(standIn.sanitySettings),
	]);
	server = fixture.server;
	certificateId = await earnCertificate();
}, 120_000);

afterAll(async () => {
	await Promise.all([fixture?.close(), broken?.stop(), sanity?.stop()]);
	await standIn?.stop();
	await rm(emptyContent, { recursive: true, force: true });
});

/** Stamps every stop the certificate needs, as one visitor; the certificate's id. */
async function earnCertificate(): Promise<string> {
	const visitorId = crypto.randomUUID();
	let certificate: { id: string } | null = null;

	for (const stop of fixture.required) {
		const token = new URL(fixture.qrAddress(stop.slug)).searchParams.get('t') ?? '';
		const response = await fetch(`${server.url}/api/checkins`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({
				idempotencyKey: crypto.randomUUID(),
				visitorId,
				stop: stop.slug,
				method: 'qr',
				token,
				madeAt: new Date().toISOString(),
			}),
		});
		const body = (await response.json()) as { passport: { certificate: { id: string } | null } };
		certificate = body.passport.certificate;
	}
	if (!certificate) throw new Error('Stamping every required stop gave no certificate.');
	return certificate.id;
}

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

	const signIn = (who: 'staff' | 'anyone'): Record<string, string> =>
		who === 'staff' ? { Authorization: `Basic ${btoa(`staff:${fixture.statsToken}`)}` } : {};
	const poster = () => `/route/posters/${fixture.required[0]!.slug}/`;

	test.each<{
		name: string;
		path: () => string;
		who?: 'staff' | 'anyone';
		status?: number;
		cache?: string;
	}>([
		{ name: 'a certificate', path: () => `/route/certificate/${certificateId}/`, status: 200 },
		{ name: 'an English certificate', path: () => `/en/route/certificate/${certificateId}/` },
		{ name: 'an unknown certificate', path: () => '/route/certificate/no-such-id/', status: 404 },
		{
			name: 'a certificate’s check',
			path: () => `/route/verify/${certificateId}`,
			cache: 'no-store',
		},
		{
			name: 'an unknown one’s check',
			path: () => '/en/route/verify/x',
			status: 404,
			cache: 'no-store',
		},
		{ name: 'a poster, for staff', path: poster, who: 'staff', cache: 'no-store' },
		{ name: 'a poster, signed out', path: poster, status: 401, cache: 'no-store' },
	])(
		'$name, which no crawl reaches, carries every security header',
		async ({ path, who = 'anyone', status = 200, cache = 'no-cache' }) => {
			const response = await get(server.url + path(), signIn(who));

			expect(response.status).toBe(status);
			expect(auditSecurityHeaders(response.headers, pageExpectation(path()))).toEqual([]);
			expect(response.headers.get('Cache-Control')).toBe(cache);
			expect(response.headers.get('Content-Encoding')).toBe('br');
		},
	);

	// Addresses other servers redirect (a missing trailing slash, a doubled one): this one
	// answers them itself, and whatever it answers carries the headers of the page.
	test.each(['/stories', '/en', '/museum', '/route', '//about/'])(
		'%s is answered in place, never through a redirect without headers',
		async (path) => {
			const response = await get(server.url + path);
			const target = response.headers.get('Location');

			expect([200, 301, 308]).toContain(response.status);
			expect(auditSecurityHeaders(response.headers, pageExpectation(path))).toEqual([]);
			if (target !== null) expect(new URL(target, server.url).origin).toBe(server.url);
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

	const json = { 'Content-Type': 'application/json' };
	test.each([
		{ path: '/api/checkins', refusing: 'a body that is not JSON', body: '{"stop":', status: 400 },
		{ path: '/api/checkins', refusing: 'a check-in with no visitor', body: '{}', status: 400 },
		{ path: '/api/sanity-webhook', refusing: 'an unsigned call', body: '{}', status: 401 },
		{
			path: '/api/sanity-webhook',
			refusing: 'a forged signature',
			body: '{}',
			status: 401,
			headers: { 'Sanity-Webhook-Signature': 't=1,v1=forged' },
		},
	])(
		'POST $path refusing $refusing carries every security header',
		async ({ path, body, status, headers = {} }) => {
			const response = await fetch(server.url + path, {
				method: 'POST',
				headers: { ...json, ...headers },
				body,
			});

			expect(response.status).toBe(status);
			expect(auditSecurityHeaders(response.headers, { kind: 'resource' })).toEqual([]);
			expect(response.headers.get('Cache-Control')).toBe('no-store');
			expect(response.headers.get('Content-Type')).toContain('application/json');
		},
	);

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

describe('content media from Sanity, through the site', () => {
	// The first address of `kind` that `page` links, in an `src` or in its JSON data.
	async function proxiedAddress(page: string, kind: 'images' | 'files'): Promise<string> {
		const html = (await (await get(sanity.url + page)).text()).replace(/&amp;/g, '&');
		const address = new RegExp(`"(/media/sanity/${kind}/[^"]+)"`).exec(html)?.[1];
		if (!address) throw new Error(`${page} links no /media/sanity/${kind}/ address.`);
		return address;
	}

	const image = () => proxiedAddress('/stories/', 'images');
	const file = () => proxiedAddress('/museum/', 'files');

	test.each([
		{ name: 'an image at a size a page asks for', address: image },
		{ name: 'the same image again, from the cache', address: image },
		{
			name: 'an image at a size no page asks for',
			address: async () => (await image()).replace(/([?&])w=\d+/, '$1w=4000'),
			status: 400,
		},
		{ name: 'a file', address: file },
		{ name: 'part of a file', address: file, headers: { Range: 'bytes=0-9' }, status: 206 },
		{
			name: 'a file of another project',
			address: async () => (await file()).replace(standIn.projectId, 'other'),
			status: 404,
		},
	])('$name carries every security header', async ({ address, headers = {}, status = 200 }) => {
		const response = await get(sanity.url + (await address()), headers);
		const cache = status < 400 ? 'public, max-age=31536000, immutable' : 'no-store';

		expect(response.status).toBe(status);
		expect(auditSecurityHeaders(response.headers, { kind: 'resource' })).toEqual([]);
		expect(response.headers.get('Cache-Control')).toBe(cache);
	});

	test('every size a page asks for is one the proxy serves', async () => {
		const asked = new Set<string>();
		for (const page of ['/stories/', '/museum/', '/en/']) {
			const html = (await (await get(sanity.url + page)).text()).replace(/&amp;/g, '&');
			for (const [, list] of html.matchAll(
				/\s(?:src|srcset)="([^"]*\/media\/sanity\/images\/[^"]*)"/g,
			)) {
				for (const candidate of list!.split(/,\s+/)) asked.add(candidate.trim().split(/\s+/)[0]!);
			}
		}

		const refused: string[] = [];
		for (const address of asked) {
			const response = await fetch(sanity.url + address, { method: 'HEAD' });
			if (response.status !== 200) refused.push(`${address}: ${response.status}`);
		}
		expect(asked.size).toBeGreaterThan(30);
		expect(refused).toEqual([]);
	});

	test('a page in Sanity mode carries every header, with no Sanity host in its policy', async () => {
		const response = await get(`${sanity.url}/stories/`);

		expect(response.status).toBe(200);
		expect(auditSecurityHeaders(response.headers, pageExpectation('/stories/'))).toEqual([]);
		expect(response.headers.get('Content-Security-Policy')).not.toContain(standIn.url);
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
