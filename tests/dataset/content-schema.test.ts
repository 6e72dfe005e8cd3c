import { join } from 'node:path';
import { expect, test } from 'vitest';

import { logger } from '../../src/log.ts';
import { formatProblems, problemsOf } from '../support/dataset-problems.ts';
import { readExportDataset } from '../support/export-dataset.ts';
import { validateDataset } from '../support/sanity-validation.ts';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const log = logger.child({ module: 'dataset-schema' });

test('every document of content/ passes the Studio schema as an editor would see it', async () => {
	const { documents } = await readExportDataset(contentDir);

	const problems = await validateDataset(documents, contentDir);

	// Warnings (a place outside Zhuzhou's box) are for editors to look at, not a failure.
	const warnings = problemsOf(problems, 'warning');
	if (warnings.length > 0)
		log.warn(`${warnings.length} warnings:\n${formatProblems(warnings, 'warning')}`);

	const errors = problemsOf(problems, 'error');
	expect(formatProblems(errors, 'error'), `${errors.length} schema errors`).toBe('');
}, 300_000);
