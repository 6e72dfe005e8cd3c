/**
 * The Studio schema and the query types generated from it are committed (`studio/schema.json`,
 * `src/content/sanity.types.ts`) and go stale silently when a schema type or a query changes.
 * Both are made again here into a temporary folder, with the settings of `studio/sanity.cli.ts`,
 * and compared with the committed files; `npm run typegen` brings them up to date.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import cliConfig from '../../studio/sanity.cli.ts';

const run = promisify(execFile);

const ROOT = join(import.meta.dirname, '..', '..');
const STUDIO = join(ROOT, 'studio');
const SANITY = join(ROOT, 'node_modules', '.bin', 'sanity');
const CLI_ENV = { ...process.env, DO_NOT_TRACK: '1', NO_UPDATE_NOTIFIER: '1' };

const typegen = cliConfig.typegen;
const committedSchema = resolve(STUDIO, cliConfig.schemaExtraction?.path ?? 'schema.json');
const committedTypes = resolve(STUDIO, typegen?.generates ?? '');

let folder = '';

beforeAll(async () => {
	folder = await mkdtemp(join(tmpdir(), 'boai-generated-'));
});

afterAll(async () => {
	if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the committed generated files', () => {
	test('studio/schema.json is what the Studio schema extracts to now', async () => {
		const fresh = join(folder, 'schema.json');

		// The CLI joins `--path` to the Studio folder even when it is absolute.
		await run(SANITY, ['schema', 'extract', '--path', relative(STUDIO, fresh)], {
			cwd: STUDIO,
			env: CLI_ENV,
		});

		const [extracted, committed] = await Promise.all([
			readFile(fresh, 'utf8'),
			readFile(committedSchema, 'utf8'),
		]);
		expect(extracted.length).toBeGreaterThan(1000);
		expect(extracted, 'studio/schema.json is stale: run `npm run typegen`').toBe(committed);
	}, 240_000);

	test('src/content/sanity.types.ts is what TypeGen makes of that schema and the queries now', async () => {
		if (!typegen?.path || !typegen.generates) {
			throw new Error('studio/sanity.cli.ts has no typegen settings to check the types with.');
		}
		const fresh = join(folder, 'sanity.types.ts');

		// The CLI reads its settings from the project it runs in, so the check runs in a folder
		// of its own whose settings write to the temporary file instead of the committed one.
		const settings = {
			typegen: {
				...typegen,
				path: [typegen.path].flat().map((pattern) => resolve(STUDIO, pattern)),
				schema: committedSchema,
				generates: fresh,
			},
		};
		await writeFile(
			join(folder, 'sanity.cli.js'),
			`export default ${JSON.stringify(settings, null, '\t')};\n`,
		);
		await run(SANITY, ['typegen', 'generate'], { cwd: folder, env: CLI_ENV });

		// As the Studio folder would have written it: source paths relative to that folder, and
		// formatted with the project's Prettier settings, which the CLI cannot find from here.
		const options = (await resolveConfig(committedTypes)) ?? {};
		const asFromStudio = (text: string) =>
			text.replace(
				/^\/\/ Source: (.+)$/gm,
				(_line, path: string) => `// Source: ${relative(STUDIO, resolve(folder, path))}`,
			);
		const [generated, committed] = await Promise.all([
			readFile(fresh, 'utf8').then((text) =>
				format(asFromStudio(text), { ...options, filepath: committedTypes }),
			),
			readFile(committedTypes, 'utf8'),
		]);
		expect(generated).toContain('export type SETTINGS_QUERY_RESULT');
		expect(generated, 'the query types are stale: run `npm run typegen`').toBe(committed);
	}, 240_000);
});
