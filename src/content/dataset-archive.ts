/**
 * The dataset in `content/` as one `.tar.gz` that `sanity dataset import` accepts: a folder
 * holding the NDJSON file with `images/` and `files/` beside it, as `sanity dataset export`
 * writes it. Every asset file a document names must be there, or nothing is written.
 */
import { createWriteStream } from 'node:fs';
import { readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { packTar } from 'modern-tar/fs';

import { parseExportAsset } from './export-layout.ts';

/** What went into an archive. */
export interface ArchiveSummary {
	file: string;
	folder: string;
	documents: number;
	images: number;
	files: number;
	bytes: number;
}

/** A referenced asset that is not in the folder. */
export class MissingAssetError extends Error {
	override name = 'MissingAssetError';
}

/**
 * Writes the dataset in `contentDir` to `outFile`, inside a folder named `folder` (by default
 * the archive's name without `.tar.gz`).
 */
export async function writeDatasetArchive(
	contentDir: string,
	outFile: string,
	folder = basename(outFile).replace(/\.tar\.gz$|\.tgz$/, ''),
): Promise<ArchiveSummary> {
	const ndjsonFiles = (await readdir(contentDir)).filter((name) => name.endsWith('.ndjson'));
	if (ndjsonFiles.length !== 1) {
		throw new Error(
			`${contentDir} holds ${ndjsonFiles.length} .ndjson files; an importable dataset has exactly one`,
		);
	}
	const [ndjson = ''] = ndjsonFiles;

	const text = await readFile(join(contentDir, ndjson), 'utf8');
	const documents = text.split('\n').filter((line) => line.trim() !== '');
	const images = await filesIn(join(contentDir, 'images'));
	const files = await filesIn(join(contentDir, 'files'));
	checkAssets(
		documents,
		new Set(images.map((name) => `images/${name}`).concat(files.map((name) => `files/${name}`))),
	);

	const sources = [
		{
			type: 'content' as const,
			target: `${folder}/data.ndjson`,
			content: `${documents.join('\n')}\n`,
		},
		...images.map((name) => fileSource(contentDir, folder, 'images', name)),
		...files.map((name) => fileSource(contentDir, folder, 'files', name)),
	];

	// Written beside the target and renamed, so a failed export never leaves half an archive.
	const partial = `${outFile}.partial`;
	try {
		await pipeline(packTar(sources), createGzip(), createWriteStream(partial));
		await rename(partial, outFile);
	} finally {
		await rm(partial, { force: true });
	}

	return {
		file: outFile,
		folder,
		documents: documents.length,
		images: images.length,
		files: files.length,
		bytes: (await stat(outFile)).size,
	};
}

function fileSource(contentDir: string, folder: string, kind: string, name: string) {
	return {
		type: 'file' as const,
		source: join(contentDir, kind, name),
		target: `${folder}/${kind}/${name}`,
	};
}

async function filesIn(dir: string): Promise<string[]> {
	try {
		const entries = await readdir(dir, { withFileTypes: true });
		return entries
			.filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
			.map((entry) => entry.name)
			.sort();
	} catch {
		return [];
	}
}

function checkAssets(lines: string[], present: Set<string>): void {
	const missing: string[] = [];

	for (const line of lines) {
		const document = JSON.parse(line) as { _id?: string };
		for (const reference of assetReferences(document)) {
			const asset = parseExportAsset(reference);
			const path = asset ? `${asset.kind === 'image' ? 'images' : 'files'}/${asset.name}` : null;
			if (!path || !present.has(path)) missing.push(`${document._id}: ${reference}`);
		}
	}

	if (missing.length > 0) {
		throw new MissingAssetError(
			`${missing.length} asset file${missing.length > 1 ? 's are' : ' is'} named by documents but not in the content folder, so the archive would not import:\n  ${missing.slice(0, 20).join('\n  ')}\nRestore the files, or rebuild the dataset with \`npm run content:dataset\`.`,
		);
	}
}

function assetReferences(value: unknown, found: string[] = []): string[] {
	if (Array.isArray(value)) {
		for (const item of value) assetReferences(item, found);
	} else if (value !== null && typeof value === 'object') {
		for (const [key, field] of Object.entries(value)) {
			if (key === '_sanityAsset' && typeof field === 'string') found.push(field);
			else assetReferences(field, found);
		}
	}
	return found;
}
