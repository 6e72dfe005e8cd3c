import { execFile } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { glob, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { createGunzip } from 'node:zlib';
import { createClient } from '@sanity/client';
import { sanityImport } from '@sanity/import';
import { unpackTar } from 'modern-tar/fs';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

import { MissingAssetError, writeDatasetArchive } from '../../src/content/dataset-archive.ts';
import { createEmbeddedSource } from '../../src/content/embedded.ts';
import { logger } from '../../src/log.ts';
import { readExportDataset } from '../support/export-dataset.ts';
import { checkImportRules } from '../support/import-rules.ts';
import { startSanityStandIn } from '../support/sanity-stand-in.ts';
import { problemsOf } from '../support/dataset-problems.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const contentDir = join(ROOT, 'content');
const exportScript = join(ROOT, 'scripts', 'content-export.ts');
let work = '';
let archive = '';
let extractedDir = '';
let exportOutput = '';

/** Runs `npm run content:export -- --out <outFile>` as staff would, with the same Node. */
function runExport(outFile: string, env: Record<string, string> = {}) {
	return promisify(execFile)(process.execPath, [exportScript, '--out', outFile], {
		cwd: ROOT,
		env: { ...process.env, ...env },
	});
}

function quietLog() {
	const log = logger.child({ module: 'test' });
	vi.spyOn(log, 'info').mockImplementation(() => undefined);
	return log;
}

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'boai-export-'));
	archive = join(work, 'boai-export-test.tar.gz');
	// Everything below checks the tarball the command itself wrote.
	exportOutput = (await runExport(archive, { CONTENT_DIR: contentDir })).stdout;

	// Extracted as `sanity dataset import` does: gunzip, modern-tar, then the NDJSON file
	// looked for up to two folders deep, its folder taken as the import's base.
	const out = join(work, 'extracted');
	await pipeline(createReadStream(archive), createGunzip(), unpackTar(out));
	const found: string[] = [];
	for await (const file of glob(['*.ndjson', '*/*.ndjson', '*/*/*.ndjson'], { cwd: out }))
		found.push(file);
	expect(found).toEqual(['boai-export-test/data.ndjson']);
	extractedDir = dirname(join(out, found[0] ?? ''));
}, 120_000);

afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

describe('the exported dataset archive', () => {
	test('is written by `npm run content:export`, which says what it wrote and how to import it', () => {
		expect(exportOutput).toContain(`Wrote ${archive}`);
		expect(exportOutput).toMatch(/\d+ documents, \d+ images, \d+ files in boai-export-test\//);
		expect(exportOutput).toContain(`npx sanity dataset import ${archive} <dataset> --replace`);
	});

	test('holds the same documents as content/, read by the embedded source', async () => {
		const log = quietLog();
		const original = await createEmbeddedSource({ contentDir, log }).load();
		const roundTripped = await createEmbeddedSource({ contentDir: extractedDir, log }).load();

		expect(roundTripped.documents.length).toBeGreaterThan(100);
		expect(roundTripped.documents).toEqual(original.documents);
		expect(roundTripped.problems).toEqual([]);
	}, 60_000);

	test('holds every asset file byte for byte', async () => {
		const dataset = await readExportDataset(contentDir);
		const assets = dataset.documents
			.flatMap(
				(document) => JSON.stringify(document).match(/(images|files)\/[0-9a-f]{40}[^"]*/g) ?? [],
			)
			.filter((path, index, all) => all.indexOf(path) === index);

		expect(assets.length).toBeGreaterThan(10);
		for (const path of assets) {
			expect(await readFile(join(extractedDir, path)), path).toEqual(
				await readFile(join(contentDir, path)),
			);
		}
	}, 60_000);

	test('follows the import rules Sanity checks', async () => {
		const errors = problemsOf(
			await checkImportRules(await readExportDataset(extractedDir)),
			'error',
		);

		expect(errors).toEqual([]);
	}, 120_000);

	test('imported by @sanity/import into an empty dataset, gives back the documents of content/', async () => {
		// @sanity/import is the code `sanity dataset import` runs; here it writes to a local
		// stand-in for the Content Lake instead of Sanity's API.
		const lake = await startSanityStandIn({ empty: true });
		try {
			const client = createClient({
				projectId: lake.projectId,
				dataset: lake.dataset,
				apiVersion: '2025-02-19',
				token: 'sk-import-token-for-tests',
				useCdn: false,
				apiHost: lake.url,
				useProjectHostname: false,
			});

			const result = await sanityImport(createReadStream(archive), {
				client,
				operation: 'createOrReplace',
				onProgress: () => undefined,
			});

			const log = quietLog();
			const original = await createEmbeddedSource({ contentDir, log }).load();
			const content = <Document extends { _type: string }>(documents: Document[]) =>
				documents.filter((document) => !document._type.startsWith('sanity.'));
			const imported = new Map(lake.documents().map((document) => [document._id, document]));

			expect(lake.writes.length).toBeGreaterThan(0);
			expect(result.numDocs).toBe(content(original.documents).length);
			for (const document of content(original.documents)) {
				expect(imported.get(document._id), document._id).toEqual(document);
			}
			// Every image and file was uploaded under the id the dataset's references name.
			const assetIds = original.documents
				.filter((document) => document._type.startsWith('sanity.'))
				.map((document) => document._id);
			expect(assetIds.length).toBeGreaterThan(10);
			for (const id of assetIds) expect(imported.has(id), id).toBe(true);
		} finally {
			await lake.stop();
		}
	}, 120_000);

	test('is not written when a document names a missing asset file', async () => {
		const broken = await mkdtemp(join(work, 'broken-'));
		await writeFile(
			join(broken, 'data.ndjson'),
			JSON.stringify({
				_id: 'story-a',
				_type: 'story',
				coverImage: {
					_type: 'image',
					_sanityAsset: `image@file://./images/${'a'.repeat(40)}-10x10.webp`,
				},
			}),
		);

		await expect(writeDatasetArchive(broken, join(broken, 'out.tar.gz'))).rejects.toThrow(
			MissingAssetError,
		);
		await expect(readFile(join(broken, 'out.tar.gz'))).rejects.toThrow();

		const command = await runExport(join(broken, 'by-command.tar.gz'), {
			CONTENT_DIR: broken,
		}).catch((error: { code?: number; stderr?: string }) => error);
		expect(command).toMatchObject({ code: 1 });
		expect((command as { stderr: string }).stderr).toContain('The export failed');
		await expect(readFile(join(broken, 'by-command.tar.gz'))).rejects.toThrow();
	});
});
