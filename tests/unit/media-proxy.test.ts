import { describe, expect, test } from 'vitest';

import { logger } from '../../src/log.ts';
import { browserFileUrl, resolveAssetProxy } from '../../src/media/proxy-settings.ts';
import { createSanityProxy, imageQuery } from '../../src/media/sanity-proxy.ts';

const log = logger.child({ module: 'test' });
const image = 'images/p1/production/0123456789abcdef0123456789abcdef01234567-1200x800.png';
const file = 'files/p1/production/0123456789abcdef0123456789abcdef01234567.glb';

/** A stand-in for the CDN that records what it was asked. */
function fakeCdn(body = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), type = 'image/webp') {
	const asked: string[] = [];
	const fetch = (async (input: string | URL | Request) => {
		asked.push(String(input));
		if (String(input).includes('missing')) return new Response('no', { status: 404 });
		return new Response(body, {
			headers: { 'Content-Type': type, 'Content-Length': String(body.length) },
		});
	}) as typeof globalThis.fetch;
	return { asked, fetch };
}

function proxy(cdn = fakeCdn(), cacheBytes = 1024 * 1024) {
	return createSanityProxy({
		projectId: 'p1',
		dataset: 'production',
		cdnOrigin: 'https://cdn.example',
		cacheBytes,
		log,
		fetch: cdn.fetch,
	});
}

const request = (path: string, headers: Record<string, string> = {}) =>
	new Request(`http://site.test/media/sanity/${path}`, { headers });

describe('the Sanity asset proxy', () => {
	test('asks the CDN for the size and crop the page asked for, as WebP, and keeps it', async () => {
		const cdn = fakeCdn();
		const serve = proxy(cdn).serve;
		const path = `${image}?rect=0,0,1200,750&w=640&h=400&fit=crop&auto=format`;

		const first = await serve(image, request(path));
		const second = await serve(image, request(path));

		expect(first.status).toBe(200);
		expect(first.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect(new Uint8Array(await second.arrayBuffer())).toEqual(
			new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
		);
		expect(cdn.asked).toEqual([
			`https://cdn.example/${image}?fit=crop&fm=webp&h=400&rect=0%2C0%2C1200%2C750&w=640`,
		]);
	});

	test('asks once when many visitors ask at the same moment', async () => {
		const cdn = fakeCdn();
		const serve = proxy(cdn).serve;
		await Promise.all(Array.from({ length: 5 }, () => serve(image, request(`${image}?w=100`))));

		expect(cdn.asked).toHaveLength(1);
	});

	test('serves only this project and dataset, and only asset names', async () => {
		const serve = proxy().serve;

		expect((await serve(image.replace('p1', 'p2'), request(image))).status).toBe(404);
		expect((await serve(image.replace('production', 'staging'), request(image))).status).toBe(404);
		expect((await serve('images/p1/production/../../secret.png', request(image))).status).toBe(404);
		expect((await serve('documents/p1/production/x', request(image))).status).toBe(404);
	});

	test('refuses sizes no page asks for and drops parameters it does not know', () => {
		expect(imageQuery(new URLSearchParams('w=5000'), 'a.png')).toBeNull();
		expect(imageQuery(new URLSearchParams('w=-1'), 'a.png')).toBeNull();
		expect(imageQuery(new URLSearchParams('w=10&cachebuster=1&dl=x'), 'a.png')).toBe('w=10');
		expect(imageQuery(new URLSearchParams('auto=format'), 'a.svg')).toBe('');
	});

	test('answers byte ranges of a file, for audio seeking', async () => {
		const serve = proxy(
			fakeCdn(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'model/gltf-binary'),
		).serve;
		const part = await serve(file, request(file, { Range: 'bytes=2-4' }));

		expect(part.status).toBe(206);
		expect(part.headers.get('Content-Range')).toBe('bytes 2-4/10');
		expect(new Uint8Array(await part.arrayBuffer())).toEqual(new Uint8Array([2, 3, 4]));
	});

	test('passes a 404 on, and says what happened when the CDN does not answer', async () => {
		const missing = `images/p1/production/${'a'.repeat(40)}-10x10.png`;
		const cdn = fakeCdn();
		const down = createSanityProxy({
			projectId: 'p1',
			dataset: 'production',
			cdnOrigin: 'https://missing.example',
			cacheBytes: 1024,
			log,
			fetch: (async () => {
				throw new Error('connect ECONNREFUSED');
			}) as typeof fetch,
		});

		expect((await proxy(cdn).serve(missing.replace('aaaa', 'miss'), request(missing))).status).toBe(
			404,
		);
		const failed = await down.serve(image, request(image));
		expect(failed.status).toBe(502);
		expect(failed.headers.get('Cache-Control')).toBe('no-store');
		expect(await failed.text()).toMatch(/did not answer/);
	});

	test('sends a file larger than an eighth of the cache without keeping it', async () => {
		const cdn = fakeCdn(new Uint8Array(600), 'audio/mpeg');
		const small = proxy(cdn, 1024);
		await small.serve(file, request(file));
		await small.serve(file, request(file));

		expect(cdn.asked).toHaveLength(2);
		expect(small.cache.size).toBe(0);
	});
});

describe('the proxy’s settings', () => {
	test('are on in Sanity mode, so that browsers load nothing from Sanity', () => {
		const settings = resolveAssetProxy({}, true);

		expect(settings).toMatchObject({
			enabled: true,
			browserOrigins: [],
			imageBaseUrl: '/media/sanity',
		});
		expect(browserFileUrl('https://cdn.sanity.io/files/p/d/abc.glb', settings)).toBe(
			'/media/sanity/files/p/d/abc.glb',
		);
	});

	test('send browsers to the CDN when turned off, and do nothing for the bundled dataset', () => {
		const off = resolveAssetProxy({ SANITY_ASSET_PROXY: 'off' }, true);
		const embedded = resolveAssetProxy({}, false);

		expect(off).toMatchObject({
			enabled: false,
			browserOrigins: ['https://cdn.sanity.io'],
			imageBaseUrl: 'https://cdn.sanity.io',
		});
		expect(browserFileUrl('https://cdn.sanity.io/files/p/d/abc.glb', off)).toBe(
			'https://cdn.sanity.io/files/p/d/abc.glb',
		);
		expect(embedded.browserOrigins).toEqual([]);
		expect(browserFileUrl('/media/files/abc.glb', embedded)).toBe('/media/files/abc.glb');
	});

	test('explain a value they cannot read and keep the safe default', () => {
		const settings = resolveAssetProxy(
			{ SANITY_ASSET_PROXY: 'maybe', SANITY_CDN_URL: 'ftp://x' },
			true,
		);

		expect(settings.enabled).toBe(true);
		expect(settings.cdnOrigin).toBe('https://cdn.sanity.io');
		expect(settings.warnings).toHaveLength(2);
		expect(settings.warnings[0]).toContain('SANITY_ASSET_PROXY is "maybe"');
	});
});
