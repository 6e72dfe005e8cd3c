/**
 * `npm run content:export [-- --out <file.tar.gz>]`: writes the dataset in `content/` (or
 * CONTENT_DIR) as a tarball that `sanity dataset import <file> <dataset>` accepts — a folder
 * with `data.ndjson`, `images/` and `files/`. The default file is
 * `boai-export-<date>.tar.gz` in the current folder.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { writeDatasetArchive } from '../src/content/dataset-archive.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const date = new Date().toISOString().slice(0, 10);
const contentDir = resolve(process.env.CONTENT_DIR || 'content');
const outFile = resolve(values.out ?? `boai-export-${date}.tar.gz`);

try {
	const summary = await writeDatasetArchive(contentDir, outFile);
	console.log(
		`Wrote ${summary.file} (${Math.round(summary.bytes / 1024)} kB): ${summary.documents} documents, ${summary.images} images, ${summary.files} files in ${summary.folder}/.`,
	);
	console.log(
		`Import it with: cd studio && npx sanity dataset import ${summary.file} <dataset> --replace`,
	);
} catch (error) {
	console.error(`The export failed: ${(error as Error).message}`);
	process.exitCode = 1;
}
