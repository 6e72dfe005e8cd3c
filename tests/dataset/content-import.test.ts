import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { formatProblems, problemsOf } from '../support/dataset-problems.ts';
import { ndjsonFilesIn, readExportDataset } from '../support/export-dataset.ts';
import { checkImportRules } from '../support/import-rules.ts';

// The bundled dataset itself, as `npm run content:dataset` writes it. Array keys come from
// `stableKey` (scripts/dataset/assets.ts), a hash of what identifies each item, so a rebuild
// gives the same keys; these checks require every key to be there and unique in its array.
const contentDir = join(import.meta.dirname, '..', '..', 'content');

describe('the bundled dataset in content/', () => {
	test('holds exactly one NDJSON file, as a folder import requires', async () => {
		expect(await ndjsonFilesIn(contentDir)).toEqual(['data.ndjson']);
	});

	test('follows the import rules: public ids, keyed items, resolving references, true asset names', async () => {
		const dataset = await readExportDataset(contentDir);

		const errors = problemsOf(await checkImportRules(dataset), 'error');

		expect(dataset.documents.length).toBeGreaterThan(0);
		expect(formatProblems(errors, 'error'), `${errors.length} import problems`).toBe('');
	}, 120_000);
});
