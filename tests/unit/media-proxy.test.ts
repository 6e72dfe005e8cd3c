import { describe, expect, test } from 'vitest';

import { createImageProps } from '../../src/content/image-urls.ts';
import type { ImageModel } from '../../src/content/models.ts';
import { logger } from '../../src/log.ts';
import { imageQuery } from '../../src/media/image-request.ts';
import { browserFileUrl, resolveAssetProxy } from '../../src/media/proxy-settings.ts';
import { createSanityProxy } from '../../src/media/sanity-proxy.ts';

const log = logger.child({ module: 'test' });
const sha = '0123456789abcdef0123456789abcdef01234567';
const image = `images/p1/production/${sha}-1200x800.png`;
const file = `files/p1/production/${sha}.glb`;
const missing = `images/p1/production/${'a'.repeat(40)}-10x10.png`;
// What a page asks for: a ladder width, fitted into its box, in the browser's format.
const sized = `${image}?w=320&fit=max&auto=format`;

/** A stand-in for the CDN that records what it was asked, and answers byte ranges. */
function fakeCdn(body = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), type = 'image/webp') {
	const asked: string[] = [];
	const ranges: (string | null)[] = [];
	const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
		asked.push(String(input));
		const range = new Headers(init?.headers).get('Range');
		ranges.push(range);
		if (String(input).includes(missing)) return new Response('no', { status: 404 });

		const part = /^bytes=(\d+)-(\d+)$/.exec(range ?? '');
		if (part) {
			const [start, end] = [Number(part[1]), Math.min(Number(part[2]), body.length - 1)];
			return new Response(body.slice(start, end + 1), {
				status: 206,
				headers: {
					'Content-Type': type,
					'Content-Length': String(end - start + 1),
					'Content-Range': `bytes ${start}-${end}/${body.length}`,
				},
			});
		}
		return new Response(body, {
			headers: { 'Content-Type': type, 'Content-Length': String(body.length) },
		});
	}) as typeof globalThis.fetch;
	return { asked, ranges, fetch };
}

function proxy(
	cdn = fakeCdn(),
	cacheBytes = 1024 * 1024,
	newAssetsPerAddress?: { burst: number; perMinute: number },
) {
	return createSanityProxy({
		projectId: 'p1',
		dataset: 'production',
		cdnOrigin: 'https://cdn.example',
		cacheBytes,
		log,
		fetch: cdn.fetch,
		newAssetsPerAddress,
	});
}

const request = (path: string, headers: Record<string, string> = {}) =>
	new Request(`http://site.test/media/sanity/${path}`, { headers });

describe('the Sanity asset proxy', () => {
	test('fetches new crops for one address only as fast as its limit, and serves kept ones to all', async () => {
		const cdn = fakeCdn();
		const serve = proxy(cdn, 1024 * 1024, { burst: 3, perMinute: 1 }).serve;
		const crop = (left: number) =>
			`${image}?rect=${left},0,1000,750&w=320&h=240&fit=crop&auto=format`;

		const made = [];
		for (let left = 0; left < 4; left++)
			made.push(await serve(image, request(crop(left)), '198.51.100.7'));

		expect(made.map((response) => response.status)).toEqual([200, 200, 200, 429]);
		expect(made[3]!.headers.get('Retry-After')).toMatch(/^\d+$/);
		expect(await made[3]!.text()).toMatch(/too many new image sizes and crops/);
		expect(cdn.asked).toHaveLength(3);
		// What is kept is still served to the same address, and new crops to another address.
		expect((await serve(image, request(crop(0)), '198.51.100.7')).status).toBe(200);
		expect((await serve(image, request(crop(3)), '198.51.100.8')).status).toBe(200);
		expect(cdn.asked).toHaveLength(4);
	});

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
		await Promise.all(Array.from({ length: 5 }, () => serve(image, request(sized))));

		expect(cdn.asked).toHaveLength(1);
	});

	test('serves only this project and dataset, and only asset names', async () => {
		const serve = proxy().serve;

		expect((await serve(image.replace('p1', 'p2'), request(image))).status).toBe(404);
		expect((await serve(image.replace('production', 'staging'), request(image))).status).toBe(404);
		expect((await serve('images/p1/production/../../secret.png', request(image))).status).toBe(404);
		expect((await serve('documents/p1/production/x', request(image))).status).toBe(404);
	});

	test('refuses, with a 400 that says why, an address the site’s pages never make', async () => {
		const cdn = fakeCdn();
		const serve = proxy(cdn).serve;
		const refused = [
			'w=5000&fit=max&auto=format',
			'w=500&fit=max&auto=format',
			'w=0320&fit=max&auto=format',
			'w=320&fit=max&auto=format&q=10',
			'w=320&fit=max&auto=format&dpr=3',
			'w=320&fit=max&auto=format&cachebuster=1',
			'w=320&w=480&fit=max&auto=format',
			'w=320&fit=max',
			'fit=max&auto=format',
			'w=320&h=999&fit=crop&auto=format',
			'w=320&h=213&fit=max&auto=format',
			'w=320&fit=clip&auto=format',
			'rect=0,0,1300,800&w=320&fit=max&auto=format',
			'rect=0,0,0,800&w=320&fit=max&auto=format',
			'rect=10,10,100&w=320&fit=max&auto=format',
		];

		for (const query of refused) {
			const response = await serve(image, request(`${image}?${query}`));
			expect(response.status, query).toBe(400);
			expect(await response.text(), query).toMatch(/not one the site makes: .+320, 480/);
		}
		expect(cdn.asked).toEqual([]);
	});

	test('takes the height a width gives the cropped picture, within a pixel of rounding', () => {
		const query = (text: string) => imageQuery(new URLSearchParams(text), `${sha}-1200x800.png`);

		expect(query('rect=100,0,1000,800&w=320&h=256&fit=crop&auto=format')).toEqual({
			query: 'fit=crop&fm=webp&h=256&rect=100%2C0%2C1000%2C800&w=320',
		});
		expect(query('w=320&h=214&fit=crop&auto=format')).toHaveProperty('query');
		expect(query('w=320&h=216&fit=crop&auto=format')).toHaveProperty('refused');
		expect(imageQuery(new URLSearchParams('w=320&fit=max&auto=format'), 'a-8x8.svg')).toEqual({
			query: 'fit=max&w=320',
		});
	});

	test('accepts every address the site’s image URL builder makes', () => {
		const imageProps = createImageProps({
			kind: 'sanity',
			projectId: 'p1',
			dataset: 'production',
			baseUrl: '/media/sanity',
		});
		const shapes: [number, number][] = [
			[1200, 800],
			[1600, 900],
			[901, 1333],
			[4000, 3000],
			[640, 427],
		];
		const crops = [undefined, { top: 0.05, bottom: 0.1, left: 0.13, right: 0.02 }];
		const hotspots = [undefined, { x: 0.71, y: 0.33, width: 0.2, height: 0.3 }];
		const boxes = [
			{ width: 640, height: 400, sizes: '100vw' },
			{ width: 480, height: 360, sizes: '100vw' },
			{ width: 333, height: 111 },
			{ width: 960, sizes: '100vw' },
			{ width: 1024 },
			{ width: 2048 },
		];

		const addresses: string[] = [];
		for (const [width, height] of shapes) {
			for (const crop of crops) {
				for (const hotspot of hotspots) {
					const model: ImageModel = {
						asset: {
							_id: `image-${sha}-${width}x${height}-jpg`,
							url: '',
							width,
							height,
							extension: 'jpg',
						},
						alt: { zh: '图' },
						caption: null,
						...(crop ? { crop } : {}),
						...(hotspot ? { hotspot } : {}),
					};
					for (const box of boxes) {
						const props = imageProps(model, { ...box, locale: 'zh' });
						const candidates = (props.srcset ?? '').split(', ').map((c) => c.split(' ')[0]!);
						addresses.push(props.src, ...candidates);
					}
				}
			}
		}

		const refused = addresses.flatMap((address) => {
			const url = new URL(address, 'http://site.test');
			const answer = imageQuery(url.searchParams, url.pathname.split('/').pop()!);
			return 'refused' in answer ? [`${address}: ${answer.refused}`] : [];
		});
		expect(addresses.length).toBeGreaterThan(300);
		expect(refused).toEqual([]);
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

		const gone = await proxy(cdn).serve(missing, request(`${missing}?w=320&fit=max&auto=format`));
		expect(gone.status).toBe(404);
		expect(cdn.asked).toHaveLength(1);
		const failed = await down.serve(image, request(sized));
		expect(failed.status).toBe(502);
		expect(failed.headers.get('Cache-Control')).toBe('no-store');
		expect(await failed.text()).toMatch(/did not answer/);
	});

	test('sends a file larger than an eighth of the cache without keeping it', async () => {
		const cdn = fakeCdn(new Uint8Array(600), 'audio/mpeg');
		const small = proxy(cdn, 1024);
		const first = await small.serve(file, request(file));
		await small.serve(file, request(file));

		expect(first.headers.get('Content-Length')).toBe('600');
		expect((await first.arrayBuffer()).byteLength).toBe(600);
		expect(cdn.asked).toHaveLength(2);
		expect(small.cache.size).toBe(0);
	});

	test('asks the CDN for the byte range a visitor wants of a file too large to keep', async () => {
		const bytes = Uint8Array.from({ length: 600 }, (_, i) => i % 256);
		const cdn = fakeCdn(bytes, 'audio/mpeg');
		const small = proxy(cdn, 1024);

		// The first time the proxy cannot know the file is large: it learns, then asks again.
		const first = await small.serve(file, request(file, { Range: 'bytes=100-109' }));
		const again = await small.serve(file, request(file, { Range: 'bytes=590-700' }));

		expect(first.status).toBe(206);
		expect(first.headers.get('Content-Range')).toBe('bytes 100-109/600');
		expect(new Uint8Array(await first.arrayBuffer())).toEqual(bytes.slice(100, 110));
		expect(again.status).toBe(206);
		expect(again.headers.get('Content-Range')).toBe('bytes 590-599/600');
		expect(again.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect((await again.arrayBuffer()).byteLength).toBe(10);
		expect(cdn.ranges).toEqual([null, 'bytes=100-109', 'bytes=590-700']);
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
