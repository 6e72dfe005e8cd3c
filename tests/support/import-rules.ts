/**
 * The rules `sanity dataset import` and the Content Lake hold a dataset in the export layout to:
 * public ids, keyed array items, references that resolve, and asset files that are what their
 * names say. Every broken rule is collected with its document and path.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

import { pathToString, type DatasetProblem } from './dataset-problems.ts';
import type { ExportDataset, ExportedDocument } from './export-dataset.ts';

type PathSegment = string | number | { _key: string };

/** Ids a public query sees: ASCII letters, digits, `_` and `-`. A dot makes a document private. */
export const publicIdPattern = /^[a-zA-Z0-9_-]+$/;

const imageAssetPattern = /^image@file:\/\/\.\/images\/(([0-9a-f]{40})-(\d+)x(\d+)\.([a-z0-9]+))$/;
const fileAssetPattern = /^file@file:\/\/\.\/files\/(([0-9a-f]{40})\.([a-z0-9]+))$/;

// sharp's format names and the file extensions Sanity gives each.
const extensionsByFormat: Record<string, string[]> = {
	jpeg: ['jpg', 'jpeg'],
	png: ['png'],
	webp: ['webp'],
	gif: ['gif'],
	avif: ['avif'],
	tiff: ['tif', 'tiff'],
	svg: ['svg'],
};

interface AssetUse {
	documentId: string;
	path: string;
	value: string;
}

/** Every way the dataset breaks the import rules; empty when it would import cleanly. */
export async function checkImportRules(dataset: ExportDataset): Promise<DatasetProblem[]> {
	const problems: DatasetProblem[] = [...dataset.problems];
	const ids = new Set(dataset.documents.map((document) => document._id));
	const assetUses: AssetUse[] = [];

	problems.push(...checkIds(dataset.documents));
	for (const document of dataset.documents) {
		walk(document, [], (value, path) => {
			const where = { documentId: document._id, path: pathToString(path) };

			if (Array.isArray(value)) problems.push(...checkKeys(value, where));
			if (!isRecord(value)) return;

			if (typeof value._ref === 'string' && !ids.has(value._ref)) {
				problems.push(error(where, unresolvedReference(value._ref)));
			}
			if ('_sanityAsset' in value) {
				assetUses.push({ ...where, value: String(value._sanityAsset) });
			}
		});
	}

	problems.push(...(await checkAssets(dataset.contentDir, assetUses)));
	return problems;
}

function checkIds(documents: ExportedDocument[]): DatasetProblem[] {
	const problems: DatasetProblem[] = [];
	const seen = new Set<string>();

	for (const { _id: id, _type: type } of documents) {
		const where = { documentId: id, path: '' };

		if (id.startsWith('drafts.') || id.startsWith('versions.')) {
			problems.push(
				error(
					where,
					'is a draft or release version: the bundled dataset holds published documents only',
				),
			);
		} else if (id.startsWith('_.') || type.startsWith('system.') || type.startsWith('sanity.')) {
			problems.push(error(where, systemDocument(type)));
		} else if (!publicIdPattern.test(id)) {
			problems.push(
				error(
					where,
					`has an id with characters other than a-z, A-Z, 0-9, _ and - (a dot makes a document private): use hyphens, as in "${id.replace(/[^a-zA-Z0-9_-]+/g, '-')}"`,
				),
			);
		}
		if (seen.has(id)) problems.push(error(where, 'appears twice: every `_id` must be unique'));
		seen.add(id);
	}

	return problems;
}

// Sanity addresses array items by `_key`; the importer would invent random keys for missing ones,
// so every rebuild would look like an edit of every array.
function checkKeys(items: unknown[], where: { documentId: string; path: string }) {
	const problems: DatasetProblem[] = [];
	const seen = new Set<string>();

	items.forEach((item, index) => {
		if (!isRecord(item)) return;

		const itemPath = { ...where, path: `${where.path}[${index}]` };
		const key = item._key;
		if (typeof key !== 'string' || key === '') {
			problems.push(
				error(
					itemPath,
					'has no `_key`: give every object in an array a stable key (scripts/dataset/assets.ts `stableKey`)',
				),
			);
			return;
		}
		if (seen.has(key)) {
			problems.push(
				error(itemPath, `repeats the \`_key\` "${key}" of an earlier item in the same array`),
			);
		}
		seen.add(key);
	});

	return problems;
}

async function checkAssets(contentDir: string, uses: AssetUse[]): Promise<DatasetProblem[]> {
	const problems: DatasetProblem[] = [];
	const checked = new Map<string, string | null>();

	for (const use of uses) {
		const where = { documentId: use.documentId, path: use.path };
		if (!checked.has(use.value))
			checked.set(use.value, await assetFileProblem(contentDir, use.value));

		const problem = checked.get(use.value);
		if (problem) problems.push(error(where, problem));
	}

	problems.push(...(await unusedFiles(contentDir, new Set(checked.keys()))));
	return problems;
}

async function assetFileProblem(contentDir: string, value: string): Promise<string | null> {
	const image = imageAssetPattern.exec(value);
	const file = fileAssetPattern.exec(value);
	if (!image && !file) {
		return `names the asset ${JSON.stringify(value)}, which is not "image@file://./images/<sha1>-<w>x<h>.<ext>" or "file@file://./files/<sha1>.<ext>"`;
	}

	const [, name = '', sha1 = ''] = (image ?? file) as RegExpExecArray;
	const relative = image ? `images/${name}` : `files/${name}`;
	let bytes: Buffer;
	try {
		bytes = await readFile(join(contentDir, relative));
	} catch {
		return `names ${relative}, which is not in the content folder: rebuild the dataset (npm run content:dataset)`;
	}

	const actual = createHash('sha1').update(bytes).digest('hex');
	if (actual !== sha1) {
		return `names ${relative}, but the file's SHA-1 is ${actual}: the name must be the SHA-1 of the bytes`;
	}
	if (!image) return null;

	const [, , , width, height, extension = ''] = image;
	const metadata = await sharp(bytes).metadata();
	if (metadata.width !== Number(width) || metadata.height !== Number(height)) {
		return `names ${relative}, but the image is ${metadata.width}x${metadata.height} pixels: the name must carry the real size`;
	}
	if (!extensionsByFormat[metadata.format]?.includes(extension)) {
		return `names ${relative}, but the file is ${metadata.format}: the extension must match the format`;
	}
	return null;
}

async function unusedFiles(contentDir: string, used: Set<string>): Promise<DatasetProblem[]> {
	const problems: DatasetProblem[] = [];

	for (const [folder, kind] of [
		['images', 'image'],
		['files', 'file'],
	] as const) {
		const names = await readdir(join(contentDir, folder)).catch(() => [] as string[]);
		for (const name of names) {
			if (used.has(`${kind}@file://./${folder}/${name}`)) continue;
			problems.push(
				error(
					{ documentId: `${folder}/${name}`, path: '' },
					'is used by no document: remove it or rebuild the dataset',
				),
			);
		}
	}

	return problems;
}

function systemDocument(type: string): string {
	if (type === 'sanity.imageAsset' || type === 'sanity.fileAsset') {
		return `is a ${type} document: the export layout carries assets as files in images/ and files/, not as documents`;
	}
	return `is a system document (${type}): the bundled dataset holds content documents only`;
}

function unresolvedReference(ref: string): string {
	if (/^(image|file)-[0-9a-f]{40}/.test(ref)) {
		return `references the asset ${ref}: in the export layout an asset is a \`_sanityAsset\` path, not a reference`;
	}
	return `references "${ref}", which is not a document of the dataset`;
}

function walk(
	value: unknown,
	path: PathSegment[],
	visit: (value: unknown, path: PathSegment[]) => void,
) {
	visit(value, path);

	if (Array.isArray(value)) {
		value.forEach((item, index) => {
			const segment = isRecord(item) && typeof item._key === 'string' ? { _key: item._key } : index;
			walk(item, [...path, segment], visit);
		});
	} else if (isRecord(value)) {
		for (const [field, child] of Object.entries(value)) walk(child, [...path, field], visit);
	}
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function error(where: { documentId: string; path: string }, message: string): DatasetProblem {
	return { level: 'error', ...where, message };
}
