import { afterEach, describe, expect, test, vi } from 'vitest';

import { modelTheSiteCanShow } from '../../studio/schema-types/exhibit-model.ts';
import { glb } from '../support/glb.ts';

function model(required: string[], extra: object = {}): Uint8Array {
	return glb({
		asset: { version: '2.0' },
		extensionsUsed: required,
		extensionsRequired: required,
		...extra,
	});
}

function body(bytes: Uint8Array): ArrayBuffer {
	return bytes.slice().buffer as ArrayBuffer;
}

/** Serves `files` by URL as a CDN would, answering Range requests with 206. */
function serve(files: Record<string, Uint8Array>) {
	const fetch = vi.fn(async (url: string, init?: RequestInit) => {
		const file = files[url];
		if (!file) return new Response('not found', { status: 404 });
		const range = new Headers(init?.headers).get('Range');
		const match = range ? /bytes=0-(\d+)/.exec(range) : null;
		if (!match) return new Response(body(file), { status: 200 });
		return new Response(body(file.slice(0, Number(match[1]) + 1)), { status: 206 });
	});
	vi.stubGlobal('fetch', fetch);
	return fetch;
}

// A validation context whose client finds each file asset's URL.
function contextFor(urls: Record<string, string>) {
	const client = {
		fetch: async (_query: string, params: { ref: string }) => urls[params.ref] ?? null,
	};
	return { getClient: () => client } as unknown as Parameters<typeof modelTheSiteCanShow>[1];
}

function validate(ref: string, urls: Record<string, string>) {
	return modelTheSiteCanShow(
		{ _type: 'file', asset: { _type: 'reference', _ref: ref } },
		contextFor(urls),
	);
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the Studio’s check of an exhibit’s 3D model', () => {
	test('accepts plain, Meshopt and Draco models', async () => {
		serve({
			'https://cdn.test/plain.glb': model([]),
			'https://cdn.test/meshopt.glb': model(['EXT_meshopt_compression']),
			'https://cdn.test/draco.glb': model(['KHR_draco_mesh_compression']),
		});
		for (const name of ['plain', 'meshopt', 'draco']) {
			expect(
				await validate(`file-${name}-glb`, {
					[`file-${name}-glb`]: `https://cdn.test/${name}.glb`,
				}),
			).toBe(true);
		}
	});

	test('refuses a model needing KTX2 textures, naming the extension and what to do', async () => {
		serve({ 'https://cdn.test/ktx2.glb': model(['KHR_texture_basisu']) });
		const verdict = await validate('file-ktx2-glb', {
			'file-ktx2-glb': 'https://cdn.test/ktx2.glb',
		});
		expect(verdict).toContain('KHR_texture_basisu');
		expect(verdict).toContain('请重新导出');
	});

	test('refuses a file that is not a glTF model', async () => {
		serve({ 'https://cdn.test/page.glb': new TextEncoder().encode('<html></html>') });
		expect(
			await validate('file-page-glb', { 'file-page-glb': 'https://cdn.test/page.glb' }),
		).toContain('不是 glTF');
	});

	test('reads the whole file when the model’s JSON runs past the first 64 KB', async () => {
		const long = model(['KHR_texture_basisu'], { extras: { note: 'x'.repeat(80_000) } });
		const fetch = serve({ 'https://cdn.test/long.glb': long });
		const verdict = await validate('file-long-glb', {
			'file-long-glb': 'https://cdn.test/long.glb',
		});
		expect(verdict).toContain('KHR_texture_basisu');
		expect(fetch).toHaveBeenCalledTimes(2);
	});

	test('reads each file once, and holds nothing against a file it cannot fetch', async () => {
		const fetch = serve({ 'https://cdn.test/once.glb': model([]) });
		const urls = {
			'file-once-glb': 'https://cdn.test/once.glb',
			'file-gone-glb': 'https://cdn.test/gone.glb',
		};
		expect(await validate('file-once-glb', urls)).toBe(true);
		expect(await validate('file-once-glb', urls)).toBe(true);
		expect(fetch).toHaveBeenCalledTimes(1);

		expect(await validate('file-gone-glb', urls)).toBe(true);
		expect(await modelTheSiteCanShow(undefined, contextFor(urls))).toBe(true);
	});
});
