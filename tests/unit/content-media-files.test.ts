import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { mediaFilePath, parseRange, serveMediaFile } from '../../src/content/media-files.ts';

const contentDir = join(import.meta.dirname, '..', 'fixtures', 'content');
const image = 'images/7f608af1e378d1bdf3fac0508d126d38c24e4ca3-64x48.png';
const audio = 'files/1d196c16379da69073005900d3e3b385ecf97889.mp3';
const audioBytes = readFileSync(join(contentDir, audio));

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
	return serveMediaFile(
		contentDir,
		path,
		new Request(`http://site/media/${path}`, { method, headers }),
	);
}

describe('serving dataset files', () => {
	test('an image comes with its type and a year-long immutable cache', async () => {
		const response = await get(image);

		expect(response.status).toBe(200);
		expect(response.headers.get('Content-Type')).toBe('image/png');
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect(bytes.subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
	});

	test('an audio file is served whole, then in the byte range asked for', async () => {
		const whole = await get(audio);
		expect(whole.headers.get('Content-Type')).toBe('audio/mpeg');
		expect(whole.headers.get('Accept-Ranges')).toBe('bytes');
		expect(whole.headers.get('Content-Length')).toBe(String(audioBytes.length));

		const part = await get(audio, { Range: 'bytes=4-9' });
		expect(part.status).toBe(206);
		expect(part.headers.get('Content-Range')).toBe(`bytes 4-9/${audioBytes.length}`);
		expect(Buffer.from(await part.arrayBuffer())).toEqual(audioBytes.subarray(4, 10));
	});

	test('a range beyond the end is refused with 416', async () => {
		const response = await get(audio, { Range: `bytes=${audioBytes.length + 5}-` });
		expect(response.status).toBe(416);
		expect(response.headers.get('Content-Range')).toBe(`bytes */${audioBytes.length}`);
	});

	test('a HEAD request gets the headers without a body', async () => {
		const response = await get(image, {}, 'HEAD');
		expect(response.status).toBe(200);
		expect(response.headers.get('Content-Length')).not.toBeNull();
		expect(await response.text()).toBe('');
	});

	test('a browser that has the file gets 304', async () => {
		const etag = (await get(image)).headers.get('ETag') ?? '';
		expect((await get(image, { 'If-None-Match': etag })).status).toBe(304);
	});

	test.each([
		'../data.ndjson',
		'images/../data.ndjson',
		'images/..%2Fdata.ndjson',
		'data.ndjson',
		'images/7f608af1e378d1bdf3fac0508d126d38c24e4ca3-64x48.png/',
		'/etc/passwd',
		'images/0000000000000000000000000000000000000000-1x1.png',
		'files/../../package.json',
		'other/7f608af1e378d1bdf3fac0508d126d38c24e4ca3.png',
	])('%s is not found', async (path) => {
		expect((await get(path)).status).toBe(404);
	});

	test('only hash-named files inside images/ and files/ map to a path', () => {
		expect(mediaFilePath('/c', image)).toBe(join('/c', image));
		expect(mediaFilePath('/c', 'images/x.png')).toBeNull();
	});
});

describe('byte ranges', () => {
	test.each([
		['bytes=0-0', { start: 0, end: 0 }],
		['bytes=10-', { start: 10, end: 99 }],
		['bytes=-10', { start: 90, end: 99 }],
		['bytes=90-500', { start: 90, end: 99 }],
	])('%s of 100 bytes', (header, expected) => {
		expect(parseRange(header, 100)).toEqual(expected);
	});

	test('an absent, multiple or malformed range means the whole file', () => {
		expect(parseRange(null, 100)).toBeNull();
		expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
		expect(parseRange('items=0-1', 100)).toBeNull();
	});

	test('a range that starts past the end or runs backwards cannot be satisfied', () => {
		expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=5-2', 100)).toBe('unsatisfiable');
		expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
	});
});
