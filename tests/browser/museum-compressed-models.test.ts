/**
 * Compressed models from the Studio: a Meshopt model is decoded by the site's own decoder
 * and shown; a Draco model's geometry goes to the site's own Draco decoder (in a `blob:`
 * worker, under the museum pages' CSP); a model needing KTX2 textures, which the site cannot
 * decode, becomes a placeholder with one warning naming the exhibit and the reason.
 *
 * The Meshopt model is encoded here with meshoptimizer's encoder. No Draco encoder is at
 * hand, so the Draco model carries bytes that are not Draco: the decoder's own complaint
 * about them shows that it was fetched from the site, started and ran.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MeshoptEncoder } from 'meshoptimizer/encoder';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { glb } from '../support/glb.ts';
import { collectErrors, expectSceneDrawn, waitForArrival } from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests } from './support/visit.ts';

// The machines running these are slow and shared, and SwiftShader draws on the CPU.
const SLOW = 180_000;

const DATASET = join(import.meta.dirname, '..', '..', 'content');
const t = messages('zh').hall3d;
// The Draco decoder's worker reports the bytes it was handed; that is the point of this test.
const EXPECTED = [/Unexpected geometry type/];

type Kind = 'meshopt' | 'draco' | 'ktx2';

let contentDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let offsite: string[];
const exhibits = {} as Record<Kind, { slug: string; title: string }>;

// A box half a metre a side: 24 corners (4 per face, so that faces stay flat) and 12 triangles.
function box(): { positions: Float32Array; indices: Uint16Array } {
	const positions: number[] = [];
	const indices: number[] = [];
	for (const axis of [0, 1, 2]) {
		for (const side of [-0.25, 0.25]) {
			const base = positions.length / 3;
			for (const [u, v] of [
				[-0.25, -0.25],
				[0.25, -0.25],
				[0.25, 0.25],
				[-0.25, 0.25],
			]) {
				const corner = [0, 0, 0];
				corner[axis] = side;
				corner[(axis + 1) % 3] = u!;
				corner[(axis + 2) % 3] = v!;
				positions.push(...corner);
			}
			const turn = side > 0 ? [0, 1, 2, 0, 2, 3] : [0, 2, 1, 0, 3, 2];
			indices.push(...turn.map((offset) => base + offset));
		}
	}
	return { positions: new Float32Array(positions), indices: new Uint16Array(indices) };
}

const RED_MATERIAL = { pbrMetallicRoughness: { baseColorFactor: [0.7, 0.08, 0.12, 1] } };
const CORNERS = { min: [-0.25, -0.25, -0.25], max: [0.25, 0.25, 0.25] };

/** The box with Meshopt-compressed buffer views (the raw data is left out, as gltfpack may). */
async function meshoptBox(): Promise<Uint8Array> {
	await MeshoptEncoder.ready;
	const { positions, indices } = box();
	const vertices = MeshoptEncoder.encodeGltfBuffer(
		new Uint8Array(positions.buffer),
		24,
		12,
		'ATTRIBUTES',
	);
	const triangles = MeshoptEncoder.encodeGltfBuffer(
		new Uint8Array(indices.buffer),
		36,
		2,
		'TRIANGLES',
	);
	const offset = Math.ceil(vertices.length / 4) * 4;
	const binary = new Uint8Array(offset + triangles.length);
	binary.set(vertices, 0);
	binary.set(triangles, offset);
	const compressed = (view: object) => ({ EXT_meshopt_compression: { buffer: 0, ...view } });

	return glb(
		{
			asset: { version: '2.0', generator: 'Boai test: a Meshopt box' },
			extensionsUsed: ['EXT_meshopt_compression'],
			extensionsRequired: ['EXT_meshopt_compression'],
			buffers: [
				{ byteLength: binary.length },
				{ byteLength: 288 + 72, extensions: { EXT_meshopt_compression: { fallback: true } } },
			],
			bufferViews: [
				{
					buffer: 1,
					byteOffset: 0,
					byteLength: 288,
					byteStride: 12,
					target: 34962,
					extensions: compressed({
						byteOffset: 0,
						byteLength: vertices.length,
						byteStride: 12,
						mode: 'ATTRIBUTES',
						count: 24,
					}),
				},
				{
					buffer: 1,
					byteOffset: 288,
					byteLength: 72,
					target: 34963,
					extensions: compressed({
						byteOffset: offset,
						byteLength: triangles.length,
						byteStride: 2,
						mode: 'TRIANGLES',
						count: 36,
					}),
				},
			],
			accessors: [
				{ bufferView: 0, componentType: 5126, count: 24, type: 'VEC3', ...CORNERS },
				{ bufferView: 1, componentType: 5123, count: 36, type: 'SCALAR' },
			],
			materials: [RED_MATERIAL],
			meshes: [{ primitives: [{ attributes: { POSITION: 0 }, indices: 1, material: 0 }] }],
			nodes: [{ mesh: 0, name: 'meshopt box' }],
			scenes: [{ nodes: [0] }],
			scene: 0,
		},
		binary,
	);
}

/** A box whose geometry claims to be Draco-compressed; the bytes are not Draco. */
function dracoBox(): Uint8Array {
	const notDraco = new Uint8Array(64).map((_, i) => (i * 37) % 251);
	return glb(
		{
			asset: { version: '2.0', generator: 'Boai test: not really Draco' },
			extensionsUsed: ['KHR_draco_mesh_compression'],
			extensionsRequired: ['KHR_draco_mesh_compression'],
			buffers: [{ byteLength: notDraco.length }],
			bufferViews: [{ buffer: 0, byteOffset: 0, byteLength: notDraco.length }],
			accessors: [{ componentType: 5126, count: 24, type: 'VEC3', ...CORNERS }],
			materials: [RED_MATERIAL],
			meshes: [
				{
					primitives: [
						{
							attributes: { POSITION: 0 },
							material: 0,
							extensions: {
								KHR_draco_mesh_compression: { bufferView: 0, attributes: { POSITION: 0 } },
							},
						},
					],
				},
			],
			nodes: [{ mesh: 0 }],
			scenes: [{ nodes: [0] }],
			scene: 0,
		},
		notDraco,
	);
}

/** A model that cannot be shown without KTX2 textures. */
function ktx2Box(): Uint8Array {
	return glb(
		{
			asset: { version: '2.0', generator: 'Boai test: KTX2 textures' },
			extensionsUsed: ['KHR_texture_basisu'],
			extensionsRequired: ['KHR_texture_basisu'],
			scenes: [{ nodes: [] }],
			scene: 0,
		},
		new Uint8Array(0),
	);
}

// Gives three exhibits of the first hall without a model one of the models above.
async function addModels(folder: string): Promise<void> {
	const path = join(folder, 'data.ndjson');
	const documents = (await readFile(path, 'utf8'))
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Record<string, unknown> & { _id: string; _type: string });
	const firstHall = documents
		.filter((document) => document._type === 'hall')
		.sort((a, b) => (a.order as number) - (b.order as number))[0]!;
	const plain = documents
		.filter(
			(document) =>
				document._type === 'exhibit' &&
				!document.model &&
				(document.hall as { _ref: string })._ref === firstHall._id,
		)
		.sort((a, b) => (a.order as number) - (b.order as number));

	const models: Array<[Kind, Uint8Array]> = [
		['meshopt', await meshoptBox()],
		['draco', dracoBox()],
		['ktx2', ktx2Box()],
	];
	for (const [index, [kind, bytes]] of models.entries()) {
		const exhibit = plain[index]!;
		const sha1 = createHash('sha1').update(bytes).digest('hex');
		await writeFile(join(folder, 'files', `${sha1}.glb`), bytes);
		exhibit.model = { _type: 'file', _sanityAsset: `file@file://./files/${sha1}.glb` };
		exhibit.modelDescription = {
			_type: 'localeText',
			zh: '测试用的红色方块模型。',
			en: 'A red box made by the test.',
		};
		const title = exhibit.title as { zh: string };
		exhibits[kind] = { slug: (exhibit.slug as { current: string }).current, title: title.zh };
	}
	await writeFile(path, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');
}

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'boai-museum-compressed-'));
	await cp(DATASET, contentDir, { recursive: true });
	await addModels(contentDir);
	server = await startServer({ CONTENT_DIR: contentDir, LOG_LEVEL: 'warn' });
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	offsite = await guardOffsiteRequests(context);
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await rm(contentDir, { recursive: true, force: true });
});

/** Opens the first hall and records its warnings and the addresses it fetched. */
async function openHall(): Promise<{ page: Page; warnings: string[]; fetched: string[] }> {
	const page = await context.newPage();
	const warnings: string[] = [];
	const fetched: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'warning') warnings.push(message.text());
	});
	page.on('request', (request) => fetched.push(request.url()));
	const errors = collectErrors(page, EXPECTED);
	await page.goto(`${server.url}/museum/?view=3d&museumDebug=1`);
	await page.waitForFunction(() => window.__boaiMuseum?.state().loadedHall != null, null, {
		timeout: 45_000,
	});
	expect(errors).toEqual([]);
	return { page, warnings, fetched };
}

describe('compressed models from the Studio', () => {
	test(
		'shows a Meshopt model, decoded by the site’s own decoder',
		async () => {
			const { page, warnings } = await openHall();
			const state = await page.evaluate(() => window.__boaiMuseum!.state());
			expect(state.failures[exhibits.meshopt.slug]).toBeUndefined();
			expect(state.animated[exhibits.meshopt.slug]).toBe(false);
			expect(warnings.filter((text) => text.includes(exhibits.meshopt.slug))).toEqual([]);

			await page.click(`[data-exhibit="${exhibits.meshopt.slug}"]`);
			await waitForArrival(page, exhibits.meshopt.title);
			expect(await page.locator('.hall-problem').count()).toBe(0);
			await expectSceneDrawn(page, 'meshopt-model');
			await page.close();
		},
		SLOW,
	);

	test(
		'hands Draco geometry to the site’s own Draco decoder, which runs in its worker',
		async () => {
			const { page, warnings, fetched } = await openHall();
			const origin = new URL(server.url).origin;
			const decoderFiles = fetched.filter((url) => /draco_(wasm_wrapper|decoder)/.test(url));
			expect(decoderFiles.length).toBe(2);
			expect(decoderFiles.every((url) => new URL(url).origin === origin)).toBe(true);

			const told = warnings.filter((text) => text.includes(exhibits.draco.slug));
			expect(told).toHaveLength(1);
			expect(told[0]).toContain('Unexpected geometry type');
			const state = await page.evaluate(() => window.__boaiMuseum!.state());
			expect(state.failures[exhibits.draco.slug]?.model).toBe(true);
			await page.close();
		},
		SLOW,
	);

	test(
		'shows a placeholder for a model needing KTX2 textures, and says why once',
		async () => {
			const { page, warnings } = await openHall();
			await page.waitForSelector('[data-placeholder="model"]', { state: 'attached' });
			const state = await page.evaluate(() => window.__boaiMuseum!.state());
			expect(state.failures[exhibits.ktx2.slug]?.model).toBe(true);

			// Leaving the hall and coming back loads it again, but the reason is told once.
			await page.evaluate(() => window.__boaiMuseum!.controller.enterHall(1));
			await page.evaluate(() => window.__boaiMuseum!.controller.enterHall(0));
			await page.click(`[data-exhibit="${exhibits.ktx2.slug}"]`);
			await waitForArrival(page, exhibits.ktx2.title);
			expect(await page.locator('.hall-problem').textContent()).toBe(t.assetProblem);

			const told = warnings.filter((text) => text.includes(exhibits.ktx2.slug));
			expect(told).toHaveLength(1);
			expect(told[0]).toContain(exhibits.ktx2.title);
			expect(told[0]).toContain('KHR_texture_basisu');
			expect(told[0]).toContain('Export it again');
			await page.close();
		},
		SLOW,
	);

	test(
		'asked nothing of another site',
		() => {
			expect(offsite).toEqual([]);
		},
		SLOW,
	);
});
