import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const COMMITTED = join(ROOT, 'content');

let rebuilt: string | undefined;

afterAll(async () => {
	if (rebuilt) await rm(rebuilt, { recursive: true, force: true });
});

async function listing(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true });
	return entries.map(String).sort();
}

describe('the bundled dataset', () => {
	test('is exactly what scripts/dataset builds, so ids, keys and asset names are stable', async () => {
		rebuilt = await mkdtemp(join(tmpdir(), 'boai-dataset-'));
		execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-dataset.ts'), '--out', rebuilt], {
			stdio: 'pipe',
		});

		expect(await listing(rebuilt)).toEqual(await listing(COMMITTED));
		const [fresh, committed] = await Promise.all([
			readFile(join(rebuilt, 'data.ndjson'), 'utf8'),
			readFile(join(COMMITTED, 'data.ndjson'), 'utf8'),
		]);
		// Compared as text so that a failure shows the documents that differ;
		// `npm run content:dataset` brings content/ up to date.
		expect(fresh).toBe(committed);
	}, 120_000);
});
