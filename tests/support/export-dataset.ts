import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { DatasetProblem } from './dataset-problems.ts';

/** A document as it stands in the NDJSON file of an export-layout folder. */
export interface ExportedDocument {
	_id: string;
	_type: string;
	[field: string]: unknown;
}

/** The documents of a content folder, and what could not be read. */
export interface ExportDataset {
	contentDir: string;
	/** The one `.ndjson` file's name. */
	file: string;
	documents: ExportedDocument[];
	problems: DatasetProblem[];
}

/** The NDJSON files in `contentDir`: an importable folder holds exactly one. */
export async function ndjsonFilesIn(contentDir: string): Promise<string[]> {
	const names = await readdir(contentDir);

	return names.filter((name) => name.endsWith('.ndjson')).sort();
}

/**
 * Reads the dataset in `contentDir` (Sanity's export layout). A line that is not a JSON object
 * with a string `_id` and `_type` becomes a problem naming its line number.
 */
export async function readExportDataset(contentDir: string): Promise<ExportDataset> {
	const [file] = await ndjsonFilesIn(contentDir);
	if (!file) {
		throw new Error(
			`${contentDir} holds no .ndjson file. Build the dataset with \`npm run content:dataset\`.`,
		);
	}

	const text = await readFile(join(contentDir, file), 'utf8');
	const documents: ExportedDocument[] = [];
	const problems: DatasetProblem[] = [];

	text.split('\n').forEach((line, index) => {
		if (line.trim() === '') return;

		const where = `${file}:${index + 1}`;
		let value: unknown;
		try {
			value = JSON.parse(line);
		} catch (error) {
			problems.push(problem(where, `is not valid JSON (${(error as Error).message})`));
			return;
		}

		if (!isDocument(value)) {
			problems.push(problem(where, 'is not a document: it needs a string `_id` and `_type`'));
			return;
		}
		documents.push(value);
	});

	return { contentDir, file, documents, problems };
}

function isDocument(value: unknown): value is ExportedDocument {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;

	const { _id, _type } = value as Record<string, unknown>;
	return typeof _id === 'string' && typeof _type === 'string';
}

function problem(documentId: string, message: string): DatasetProblem {
	return { level: 'error', documentId, path: '', message };
}
