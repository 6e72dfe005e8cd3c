import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { createImageVariants } from '../../src/content/image-variants.ts';
import { cdnWidthsFor, widthsFor } from '../../src/content/image-widths.ts';
import { serveMediaFile } from '../../src/content/media-files.ts';

const photo = `images/${'c'.repeat(40)}-1200x800.webp`;
const broken = `images/${'d'.repeat(40)}-1200x800.webp`;
let contentDir: string;

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'boai-variants-'));
	await mkdir(join(contentDir, 'images'));
	const pixels = await sharp({
		create: { width: 1200, height: 800, channels: 3, background: '#b30d26' },
	})
		.webp()
		.toBuffer();
	await writeFile(join(contentDir, photo), pixels);
	await writeFile(join(contentDir, broken), 'not an image');
});

afterAll(async () => {
	await rm(contentDir, { recursive: true, force: true });
});

function serve(path: string, options = {}, headers: Record<string, string> = {}) {
	return serveMediaFile(
		contentDir,
		path.split('?')[0]!,
		new Request(`http://site/media/${path}`, { headers }),
		options,
	);
}

describe('the widths offered for a box', () => {
	test('run up to twice the box, ending at the first ladder step that covers it', () => {
		expect(widthsFor(480, 1200)).toEqual([320, 480, 640, 800, 960]);
		expect(widthsFor(320, 1200)).toEqual([320, 480, 640]);
	});

	test('end at the original file when no smaller step covers twice the box', () => {
		expect(widthsFor(960, 1200)).toEqual([320, 480, 640, 800, 960, 1200]);
		expect(widthsFor(200, 300)).toEqual([300]);
	});

	test('end, for an image CDN, at the ladder step above the original, or at the largest', () => {
		expect(cdnWidthsFor(960, 1100)).toEqual([320, 480, 640, 800, 960, 1200]);
		expect(cdnWidthsFor(1600, 5000)).toEqual([320, 480, 640, 800, 960, 1200, 1600, 2048]);
		expect(cdnWidthsFor(200, 300)).toEqual([320]);
	});
});

describe('a resized copy of a bundled image', () => {
	const variants = createImageVariants(8 * 1024 * 1024);

	test('is made at the width asked for, in the file’s format, cached for a year', async () => {
		const response = await serve(`${photo}?w=480`, { variants });
		const bytes = Buffer.from(await response.arrayBuffer());
		const size = await sharp(bytes).metadata();

		expect(response.status).toBe(200);
		expect(response.headers.get('Content-Type')).toBe('image/webp');
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect([size.format, size.width, size.height]).toEqual(['webp', 480, 320]);
		expect(Number(response.headers.get('Content-Length'))).toBe(bytes.length);
	});

	test('answers 304 to a browser that has it, and differs from the original’s tag', async () => {
		const first = await serve(`${photo}?w=640`, { variants });
		const etag = first.headers.get('ETag') ?? '';
		const again = await serve(`${photo}?w=640`, { variants }, { 'If-None-Match': etag });
		const original = await serve(photo, { variants });

		expect(again.status).toBe(304);
		expect(original.headers.get('ETag')).not.toBe(etag);
	});

	test('is refused with a hint for a width off the ladder or not below the original', async () => {
		for (const width of ['500', '1200', '1600', '-1', 'wide']) {
			const response = await serve(`${photo}?w=${width}`, { variants });

			expect(response.status).toBe(400);
			expect(await response.text()).toContain('Ask for one of 320, 480, 640, 800, 960');
		}
	});

	test('falls back to the original, once warned, when the file cannot be resized', async () => {
		const warnings: string[] = [];
		const response = await serve(`${broken}?w=480`, {
			variants,
			warn: (message: string) => warnings.push(message),
		});

		expect(response.status).toBe(200);
		expect(await response.text()).toBe('not an image');
		expect(warnings).toEqual([
			`${broken} could not be resized to 480 pixels; the original is sent`,
		]);
	});
});
