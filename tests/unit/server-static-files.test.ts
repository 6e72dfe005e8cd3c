import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { routeCacheControl, staticCacheControl } from '../../src/server/cache-control.ts';
import { precompressFolder } from '../../src/server/precompress.ts';
import { acceptedEncodings, listStaticFiles } from '../../src/server/static-files.ts';

let client: string;
const script = `export const words = ${JSON.stringify('人道 博爱 奉献 '.repeat(400))};\n`;

beforeAll(async () => {
	client = await mkdtemp(join(tmpdir(), 'boai-client-'));
	await mkdir(join(client, '_astro'));
	await writeFile(join(client, '_astro', 'page.abc123.js'), script);
	await writeFile(join(client, 'tiny.css'), 'a{}');
	await writeFile(join(client, 'photo.webp'), Buffer.alloc(4096, 7));
});

afterAll(async () => {
	await rm(client, { recursive: true, force: true });
});

describe('precompressed built files', () => {
	test('get Brotli and gzip copies that decompress to the original', async () => {
		const report = await precompressFolder(client);
		const file = join(client, '_astro', 'page.abc123.js');

		expect(report.files).toBe(1);
		expect(brotliDecompressSync(await readFile(`${file}.br`)).toString()).toBe(script);
		expect(gunzipSync(await readFile(`${file}.gz`)).toString()).toBe(script);
		expect(report.brotliBytes).toBeLessThan(report.bytes / 4);
	});

	test('are listed by URL path with their copies, while tiny and binary files get none', async () => {
		await precompressFolder(client);
		const files = await listStaticFiles(client);

		expect(Object.keys(files.get('/_astro/page.abc123.js')?.copies ?? {}).sort()).toEqual([
			'br',
			'gzip',
		]);
		expect(files.get('/tiny.css')?.copies).toEqual({});
		expect(files.get('/photo.webp')?.copies).toEqual({});
		expect(files.has('/_astro/page.abc123.js.br')).toBe(false);
	});
});

describe('choosing an encoding', () => {
	test('prefers Brotli, honours q=0 and wildcards, and falls back to none', () => {
		expect(acceptedEncodings('gzip, deflate, br')).toEqual(['br', 'gzip']);
		expect(acceptedEncodings('br;q=0, gzip')).toEqual(['gzip']);
		expect(acceptedEncodings('*')).toEqual(['br', 'gzip']);
		expect(acceptedEncodings('identity')).toEqual([]);
		expect(acceptedEncodings(undefined)).toEqual([]);
	});
});

describe('cache lifetimes', () => {
	test('keep hashed assets for a year, the service worker never, other files an hour', () => {
		expect(staticCacheControl('/_astro/page.abc123.js')).toBe(
			'public, max-age=31536000, immutable',
		);
		expect(staticCacheControl('/sw.js')).toBe('no-cache');
		expect(staticCacheControl('/favicon.svg')).toBe('public, max-age=3600');
	});

	test('let a CDN keep pages half a minute, and keep API answers, errors and personal answers out', () => {
		const facts = { setsCookie: false, authorized: false };
		expect(routeCacheControl({ ...facts, path: '/stories/', status: 200 })).toBe(
			'public, max-age=0, s-maxage=30, stale-if-error=86400',
		);
		expect(routeCacheControl({ ...facts, path: '/nope/', status: 404 })).toBe(
			'public, max-age=0, s-maxage=30, stale-if-error=86400',
		);
		expect(routeCacheControl({ ...facts, path: '/api/stats', status: 200 })).toBe('no-store');
		expect(routeCacheControl({ ...facts, path: '/stories/', status: 500 })).toBe('no-store');
		expect(routeCacheControl({ ...facts, path: '/', status: 200, setsCookie: true })).toBe(
			'private, no-store',
		);
		expect(
			routeCacheControl({ ...facts, path: '/route/stats/', status: 200, authorized: true }),
		).toBe('private, no-store');
	});
});
