import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

// `npm test` builds the site with SANITY_READ_TOKEN set to this marker.
const canary = process.env.BOAI_TOKEN_CANARY;

async function filesUnder(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('the production build', () => {
	test('contains no Sanity read token, in the browser bundle or anywhere else', async () => {
		if (!canary) {
			throw new Error(
				'BOAI_TOKEN_CANARY is not set: run this check through `npm test`, which builds with it.',
			);
		}

		const files = await filesUnder(DIST);
		const leaking: string[] = [];
		for (const file of files) {
			if ((await readFile(file)).includes(canary)) leaking.push(file);
		}

		expect(files.some((file) => file.includes(`${join('dist', 'client')}`))).toBe(true);
		expect(leaking).toEqual([]);
	});
});
