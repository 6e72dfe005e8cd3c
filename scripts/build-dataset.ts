/**
 * Writes the bundled dataset, `content/`, from the readable sources in
 * `scripts/dataset/`: the plan's facts, and sample data marked as such.
 * Run with `npm run content:dataset`; the output is committed.
 * `--out <folder>` writes it elsewhere (the dataset test rebuilds it to compare).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { createAssetWriter } from './dataset/assets.ts';
import type { DatasetDocument, DatasetPart } from './dataset/context.ts';
import { buildInstitutions } from './dataset/institutions.ts';
import { buildMuseum } from './dataset/museum.ts';
import { buildRoute } from './dataset/route.ts';
import { buildSettings } from './dataset/settings.ts';
import { buildSites } from './dataset/sites.ts';
import { buildStories } from './dataset/stories.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const contentDir = values.out ? resolve(values.out) : join(import.meta.dirname, '..', 'content');
const parts: DatasetPart[] = [
	buildSettings,
	buildInstitutions,
	buildStories,
	buildMuseum,
	buildRoute,
	buildSites,
];

await rm(join(contentDir, 'images'), { recursive: true, force: true });
await rm(join(contentDir, 'files'), { recursive: true, force: true });
await mkdir(contentDir, { recursive: true });

const context = { assets: createAssetWriter(contentDir) };
const documents: DatasetDocument[] = [];
for (const part of parts) documents.push(...(await part(context)));

const ids = new Set<string>();
for (const document of documents) {
	if (ids.has(document._id)) throw new Error(`Two dataset documents share the id ${document._id}.`);
	ids.add(document._id);
}

documents.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
const ndjson = documents.map((document) => JSON.stringify(document)).join('\n') + '\n';
await writeFile(join(contentDir, 'data.ndjson'), ndjson);

process.stdout.write(`Wrote ${documents.length} documents to ${join(contentDir, 'data.ndjson')}\n`);
