import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { createEmbeddedSource, parseNdjson } from '../../src/content/embedded.ts';
import {
	isPublishedContent,
	normalizeExport,
	parseExportAsset,
	type ContentDocument,
} from '../../src/content/export-layout.ts';
import { captureLog } from '../fixtures/capture-log.ts';

const sha = 'a'.repeat(40);
const fixtures = join(import.meta.dirname, '..', 'fixtures');

describe('which documents a published query sees', () => {
	test('drafts, release versions and system documents are dropped', () => {
		expect(isPublishedContent({ _id: 'drafts.story-a', _type: 'story' })).toBe(false);
		expect(isPublishedContent({ _id: 'versions.r1.story-a', _type: 'story' })).toBe(false);
		expect(isPublishedContent({ _id: '_.groups.administrator', _type: 'system.group' })).toBe(
			false,
		);
		expect(isPublishedContent({ _id: 'retention', _type: 'sanity.retentionPolicy' })).toBe(false);
		expect(isPublishedContent({ _id: 'x', _type: 'system.release' })).toBe(false);
	});

	test('published documents and asset documents are kept', () => {
		expect(isPublishedContent({ _id: 'story-a', _type: 'story' })).toBe(true);
		expect(isPublishedContent({ _id: `image-${sha}-2x1-png`, _type: 'sanity.imageAsset' })).toBe(
			true,
		);
		expect(isPublishedContent({ _id: `file-${sha}-mp3`, _type: 'sanity.fileAsset' })).toBe(true);
	});
});

describe('asset names of the export layout', () => {
	test('an image name gives the asset id a real import creates, with its size', () => {
		expect(parseExportAsset(`image@file://./images/${sha}-640x480.webp`)).toEqual({
			kind: 'image',
			name: `${sha}-640x480.webp`,
			id: `image-${sha}-640x480-webp`,
			sha1: sha,
			extension: 'webp',
			width: 640,
			height: 480,
		});
	});

	test('a file name gives a file asset id', () => {
		expect(parseExportAsset(`file@file://./files/${sha}.glb`)).toEqual({
			kind: 'file',
			name: `${sha}.glb`,
			id: `file-${sha}-glb`,
			sha1: sha,
			extension: 'glb',
		});
	});

	test('paths that climb out of the folder or lack a hash are not assets', () => {
		expect(parseExportAsset('image@file://./images/../../etc/passwd')).toBeNull();
		expect(parseExportAsset('image@file://./images/photo.jpg')).toBeNull();
		expect(parseExportAsset(`file@file://./images/${sha}.mp3`)).toBeNull();
		expect(parseExportAsset('image@https://cdn.example.org/a.jpg')).toBeNull();
	});
});

describe('normalising an export', () => {
	const exported: ContentDocument[] = [
		{
			_id: 'story-a',
			_type: 'story',
			coverImage: {
				_type: 'image',
				_sanityAsset: `image@file://./images/${sha}-300x200.png`,
				alt: { zh: '图' },
			},
			body: {
				zh: [
					{ _type: 'block', _key: 'b', children: [] },
					{ _type: 'image', _key: 'i', _sanityAsset: `image@file://./images/${sha}-300x200.png` },
				],
			},
			narration: { _type: 'file', _sanityAsset: `file@file://./files/${sha}.mp3` },
		},
		{ _id: 'drafts.story-a', _type: 'story' },
		{ _id: 'versions.r.story-a', _type: 'story' },
		{ _id: '_.groups.public', _type: 'system.group' },
	];

	test('rebuilds asset references wherever the asset sits, and keeps the other fields', () => {
		const { documents } = normalizeExport(exported, () => 10);
		const story = documents.find((document) => document._id === 'story-a') as Record<string, any>;

		expect(story.coverImage).toEqual({
			_type: 'image',
			alt: { zh: '图' },
			asset: { _type: 'reference', _ref: `image-${sha}-300x200-png` },
		});
		expect(story.body.zh[1].asset).toEqual({
			_type: 'reference',
			_ref: `image-${sha}-300x200-png`,
		});
		expect(story.body.zh[0]).toEqual({ _type: 'block', _key: 'b', children: [] });
		expect(story.narration).toEqual({
			_type: 'file',
			asset: { _type: 'reference', _ref: `file-${sha}-mp3` },
		});
		expect(JSON.stringify(documents)).not.toContain('_sanityAsset');
	});

	test('adds one stand-in asset document per file, with dimensions taken from the name', () => {
		const { documents } = normalizeExport(exported, () => 1234);
		const image = documents.find((document) => document._id === `image-${sha}-300x200-png`);
		const file = documents.find((document) => document._id === `file-${sha}-mp3`);

		expect(documents.filter((document) => document._type === 'sanity.imageAsset')).toHaveLength(1);
		expect(image).toMatchObject({
			_type: 'sanity.imageAsset',
			url: `/media/images/${sha}-300x200.png`,
			extension: 'png',
			mimeType: 'image/png',
			size: 1234,
			metadata: { dimensions: { width: 300, height: 200, aspectRatio: 1.5 } },
		});
		expect(file).toMatchObject({
			_type: 'sanity.fileAsset',
			url: `/media/files/${sha}.mp3`,
			extension: 'mp3',
			mimeType: 'audio/mpeg',
		});
	});

	test('drops drafts, versions and system documents', () => {
		const ids = normalizeExport(exported).documents.map((document) => document._id);
		expect(ids).not.toContain('drafts.story-a');
		expect(ids).not.toContain('versions.r.story-a');
		expect(ids).not.toContain('_.groups.public');
	});

	test('a file missing from the folder leaves the field without an asset and names the document', () => {
		const { documents, problems } = normalizeExport(exported, (asset) =>
			asset.kind === 'file' ? undefined : 10,
		);
		const story = documents.find((document) => document._id === 'story-a') as Record<string, any>;

		expect(story.narration).toEqual({ _type: 'file' });
		expect(problems).toEqual([
			{ documentId: 'story-a', message: expect.stringContaining(`files/${sha}.mp3`) },
		]);
	});
});

describe('reading NDJSON', () => {
	test('a line that is not JSON is skipped with one warning naming the line', () => {
		const { log, warnings } = captureLog();
		const text = '{"_id":"a","_type":"story"}\n{"_id": "b", \n\n{"_id":"c","_type":"story"}\n';

		const documents = parseNdjson(text, 'data.ndjson', log);

		expect(documents.map((document) => document._id)).toEqual(['a', 'c']);
		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]?.msg).toContain('line 2 of data.ndjson');
	});

	test('a line without _id or _type is skipped with a warning', () => {
		const { log, warnings } = captureLog();
		expect(parseNdjson('{"title":"x"}\n[1,2]\n', 'data.ndjson', log)).toEqual([]);
		expect(warnings().map((line) => line.line)).toEqual([1, 2]);
	});

	test('a byte order mark before the first line does not cost the first document', () => {
		const { log, warnings } = captureLog();
		const text = '\uFEFF{"_id":"a","_type":"story"}\r\n{"_id":"b","_type":"story"}\r\n';

		const documents = parseNdjson(text, 'data.ndjson', log);

		expect(documents.map((document) => document._id)).toEqual(['a', 'b']);
		expect(warnings()).toEqual([]);
	});

	test('a later line with the _id of an earlier one is skipped with one warning naming both', () => {
		const { log, warnings } = captureLog();
		const text = [
			'{"_id":"story-a","_type":"story","title":"first"}',
			'{"_id":"story-b","_type":"story"}',
			'{"_id":"story-a","_type":"story","title":"second"}',
		].join('\n');

		const documents = parseNdjson(text, 'data.ndjson', log);

		expect(documents.map((document) => document.title ?? document._id)).toEqual([
			'first',
			'story-b',
		]);
		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]).toMatchObject({ documentId: 'story-a', line: 3 });
		expect(warnings()[0]?.msg).toContain(
			'line 3 of data.ndjson repeats the document story-a of line 1',
		);
	});
});

describe('the embedded source', () => {
	test('loads the folder once, even when the first queries arrive together', async () => {
		const { log, lines } = captureLog();
		const source = createEmbeddedSource({ contentDir: join(fixtures, 'content'), log });

		const [first, second, count] = await Promise.all([
			source.load(),
			source.load(),
			source.fetch<number>('count(*[_type == "story"])'),
		]);

		expect(first).toBe(second);
		expect(count).toBe(3);
		expect(lines.filter((line) => line.msg === 'loaded the embedded dataset')).toHaveLength(1);
	});

	test('stand-in asset documents carry the size of the file on disk', async () => {
		const { log } = captureLog();
		const source = createEmbeddedSource({ contentDir: join(fixtures, 'content'), log });

		const sizes = await source.fetch<Array<{ size: number; width: number }>>(
			'*[_type == "sanity.imageAsset"] | order(_id asc){size, "width": metadata.dimensions.width}',
		);

		expect(sizes).toHaveLength(3);
		for (const { size } of sizes) expect(size).toBeGreaterThan(0);
		expect(sizes.map(({ width }) => width).sort((a, b) => a - b)).toEqual([30, 40, 64]);
	});

	test('a folder without a dataset fails with an error that says how to build one', async () => {
		const { log } = captureLog();
		const source = createEmbeddedSource({ contentDir: join(fixtures, 'nowhere'), log });

		await expect(source.fetch('*')).rejects.toThrow(/CONTENT_DIR|content:dataset/);
	});
});
