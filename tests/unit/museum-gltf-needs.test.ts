import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import {
	readGltfJson,
	readModelNeeds,
	unsupportedMessage,
} from '../../site/islands/museum/gltf-needs.ts';
import { glb } from '../support/glb.ts';

const FILES = join(import.meta.dirname, '..', '..', 'content', 'files');

// The file as the hall reads it: the bytes of a buffer of its own.
const glbFile = (json: object): ArrayBuffer => new Uint8Array(glb(json)).buffer;

function needsOf(used: string[], required: string[] = used) {
	return readModelNeeds(
		glbFile({ asset: { version: '2.0' }, extensionsUsed: used, extensionsRequired: required }),
	);
}

describe('what a glTF model needs before it can be shown', () => {
	test('the dataset’s own models need no decoder and nothing the site lacks', async () => {
		const models = (await readdir(FILES)).filter((name) => name.endsWith('.glb'));
		expect(models.length).toBeGreaterThan(0);

		for (const name of models) {
			const bytes = await readFile(join(FILES, name));
			const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
			expect(readModelNeeds(buffer), name).toEqual({
				meshopt: false,
				draco: false,
				unsupported: [],
			});
		}
	});

	test('Meshopt and Draco geometry ask for their decoders, under either Meshopt name', () => {
		expect(needsOf(['EXT_meshopt_compression'])).toEqual({
			meshopt: true,
			draco: false,
			unsupported: [],
		});
		expect(needsOf(['KHR_meshopt_compression']).meshopt).toBe(true);
		expect(needsOf(['KHR_draco_mesh_compression', 'KHR_mesh_quantization'])).toEqual({
			meshopt: false,
			draco: true,
			unsupported: [],
		});
	});

	test('a required extension the site cannot decode is named; an optional one is not', () => {
		expect(needsOf(['KHR_texture_basisu']).unsupported).toEqual(['KHR_texture_basisu']);
		expect(needsOf(['KHR_texture_basisu'], []).unsupported).toEqual([]);
		expect(needsOf(['VENDOR_made_up', 'KHR_materials_unlit']).unsupported).toEqual([
			'VENDOR_made_up',
		]);
	});

	test('reads a .gltf text file as well as a .glb', () => {
		const text = JSON.stringify({
			asset: { version: '2.0' },
			extensionsUsed: ['EXT_texture_webp'],
		});
		expect(readGltfJson(new TextEncoder().encode(`  ${text}`).buffer)).toMatchObject({
			extensionsUsed: ['EXT_texture_webp'],
		});
	});

	test('refuses a file that is not a glTF model, saying so', () => {
		expect(() => readModelNeeds(new TextEncoder().encode('<html></html>').buffer)).toThrow(
			/neither a \.glb nor a \.gltf/,
		);
		const broken = new Uint8Array(glbFile({ asset: { version: '2.0' } }));
		new DataView(broken.buffer).setUint32(16, 0x4e4942, true);
		expect(() => readModelNeeds(broken.buffer)).toThrow(/first chunk is not glTF JSON/);
	});

	test('explains what to export instead of an extension the site cannot decode', () => {
		expect(unsupportedMessage(['KHR_texture_basisu'])).toBe(
			'The model needs KHR_texture_basisu, which the site cannot decode. Export it again without KHR_texture_basisu: Meshopt or Draco geometry and PNG, JPEG or WebP textures all work.',
		);
	});
});
