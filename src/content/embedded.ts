/**
 * The embedded content source: the dataset bundled in `content/` (Sanity's export layout),
 * loaded once and queried in process with groq-js.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { Logger } from '../log.ts';
import { createDatasetQuery, type QueryableDataset } from './dataset-query.ts';
import {
	normalizeExport,
	type ContentDocument,
	type ExportAsset,
	type NormalizedDataset,
} from './export-layout.ts';
import type { ContentSource, QueryParams } from './source.ts';

export interface EmbeddedSourceOptions {
	/** The folder holding one `.ndjson` file with `images/` and `files/` beside it. */
	contentDir: string;
	log: Logger;
}

/** The loaded dataset: Lake-shaped documents, indexed by id. */
export interface EmbeddedDataset extends NormalizedDataset, QueryableDataset {
	/** The NDJSON file it came from. */
	file: string;
	/** The file's modification time and size when it was read, to tell whether it changed. */
	stamp: string;
}

/** An embedded source, which can also hand over its loaded dataset (tests, the media route). */
export interface EmbeddedSource extends ContentSource {
	readonly kind: 'embedded';
	readonly contentDir: string;
	load(): Promise<EmbeddedDataset>;
	/**
	 * Reads the dataset again when its NDJSON file changed since it was loaded, and resolves to
	 * whether it did. A new file that cannot be read, or holds no documents, is logged and the
	 * loaded dataset kept, so a half-written file never empties the site.
	 */
	reloadIfChanged(): Promise<boolean>;
}

/**
 * A source over the dataset in `contentDir`. Nothing is read until the first query; queries
 * that arrive while it loads wait for the same load.
 */
export function createEmbeddedSource({ contentDir, log }: EmbeddedSourceOptions): EmbeddedSource {
	let loading: Promise<EmbeddedDataset> | null = null;
	const query = createDatasetQuery();

	function load(): Promise<EmbeddedDataset> {
		loading ??= loadDataset(contentDir, log).catch((error: unknown) => {
			// A failed load is not cached, so fixing the folder fixes the running site.
			loading = null;
			throw error;
		});
		return loading;
	}

	async function fetch<Result>(text: string, params: QueryParams = {}): Promise<Result> {
		return query<Result>(await load(), text, params);
	}

	let reloading: Promise<boolean> = Promise.resolve(false);

	function reloadIfChanged(): Promise<boolean> {
		// One reload at a time: a burst of file events must not load the dataset twice at once.
		reloading = reloading.then(async () => {
			if (!loading) return false;

			const current = await loading.catch(() => null);
			const stamp = await stampOf(contentDir).catch(() => null);
			if (current && stamp === current.stamp) return false;

			try {
				const fresh = await loadDataset(contentDir, log);
				if (current && current.documents.length > 0 && fresh.documents.length === 0) {
					log.warn(
						{ file: fresh.file },
						`${fresh.file} now holds no documents, so the site keeps the dataset it had: if it is being written, it is read again when it changes`,
					);
					return false;
				}
				loading = Promise.resolve(fresh);
				return true;
			} catch (error) {
				log.warn(
					{ err: error },
					`the changed content folder could not be read, so the site keeps the dataset it had: ${(error as Error).message}`,
				);
				return false;
			}
		});
		return reloading;
	}

	return { kind: 'embedded', contentDir, load, fetch, reloadIfChanged };
}

// The NDJSON file's name, modification time and size: a new value means a new dataset.
async function stampOf(contentDir: string): Promise<string> {
	const file = await findNdjson(contentDir);
	const info = await stat(file);
	return `${file}:${info.mtimeMs}:${info.size}`;
}

async function loadDataset(contentDir: string, log: Logger): Promise<EmbeddedDataset> {
	const started = performance.now();
	const file = await findNdjson(contentDir);
	const stamp = await stampOf(contentDir);
	const text = await readFile(file, 'utf8');

	const exported = parseNdjson(text, file, log);
	const sizes = await fileSizes(contentDir);
	const dataset = normalizeExport(exported, (asset) => sizes.get(assetPath(asset)));

	for (const { documentId, message } of dataset.problems) {
		log.warn({ documentId }, `document ${documentId} ${message}`);
	}

	const byId = new Map(dataset.documents.map((document) => [document._id, document]));
	log.info(
		{
			file,
			documents: dataset.documents.length,
			assets: dataset.assets.size,
			ms: Math.round(performance.now() - started),
		},
		'loaded the embedded dataset',
	);
	return { ...dataset, byId, file, stamp };
}

async function findNdjson(contentDir: string): Promise<string> {
	let names: string[];
	try {
		names = await readdir(contentDir);
	} catch (error) {
		throw new Error(
			`Cannot read the content folder ${contentDir} (${(error as Error).message}). Set CONTENT_DIR to the folder with data.ndjson, or run \`npm run content:dataset\` to build it.`,
			{ cause: error },
		);
	}

	const ndjson = names.filter((name) => name.endsWith('.ndjson')).sort();
	const [only] = ndjson;
	if (only === undefined) {
		throw new Error(
			`The content folder ${contentDir} has no .ndjson file. Run \`npm run content:dataset\` to build it, or point CONTENT_DIR at an exported dataset.`,
		);
	}
	if (ndjson.length > 1) {
		throw new Error(
			`The content folder ${contentDir} has ${ndjson.length} .ndjson files (${ndjson.join(', ')}); Sanity's export layout has exactly one. Remove the others.`,
		);
	}

	return join(contentDir, only);
}

/**
 * The documents of an NDJSON text. A line that is not a JSON document is skipped with a
 * warning, and so is a later line with the `_id` of an earlier one. A byte order mark, which
 * some editors write, is ignored.
 */
export function parseNdjson(text: string, file: string, log: Logger): ContentDocument[] {
	const documents: ContentDocument[] = [];
	const lineOfId = new Map<string, number>();

	text
		.replace(/^\uFEFF/, '')
		.split('\n')
		.forEach((line, index) => {
			if (line.trim() === '') return;

			let value: unknown;
			try {
				value = JSON.parse(line);
			} catch (error) {
				log.warn(
					{ file, line: index + 1 },
					`line ${index + 1} of ${file} is not valid JSON (${(error as Error).message}), so it was skipped: fix or remove it`,
				);
				return;
			}

			if (!isDocument(value)) {
				log.warn(
					{ file, line: index + 1 },
					`line ${index + 1} of ${file} is not a document with a string _id and _type, so it was skipped`,
				);
				return;
			}

			const earlier = lineOfId.get(value._id);
			if (earlier !== undefined) {
				log.warn(
					{ file, line: index + 1, documentId: value._id },
					`line ${index + 1} of ${file} repeats the document ${value._id} of line ${earlier}, so it was skipped: keep one of them`,
				);
				return;
			}

			lineOfId.set(value._id, index + 1);
			documents.push(value);
		});

	return documents;
}

function isDocument(value: unknown): value is ContentDocument {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
	const { _id, _type } = value as Record<string, unknown>;
	return typeof _id === 'string' && _id !== '' && typeof _type === 'string' && _type !== '';
}

function assetPath(asset: ExportAsset): string {
	return `${asset.kind === 'image' ? 'images' : 'files'}/${asset.name}`;
}

// Sizes of the files in images/ and files/, by `images/<name>`; a missing folder is empty.
async function fileSizes(contentDir: string): Promise<Map<string, number>> {
	const sizes = new Map<string, number>();

	for (const folder of ['images', 'files']) {
		let names: string[] = [];
		try {
			names = await readdir(join(contentDir, folder));
		} catch {
			continue;
		}

		const stats = await Promise.all(names.map((name) => stat(join(contentDir, folder, name))));
		names.forEach((name, index) => {
			const info = stats[index];
			if (info?.isFile()) sizes.set(`${folder}/${name}`, info.size);
		});
	}

	return sizes;
}
