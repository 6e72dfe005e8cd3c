/**
 * `npm run posters` (scripts/posters.ts) against the build under test: one A4 PDF per stop of
 * the route, in walking order, in the folder given with `--out`; and a clear refusal, with no
 * files, when the public address is missing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import { logger } from '../../src/log.ts';
import { runScript } from '../support/run-script.ts';

const quiet = logger.child({ module: 'posters-test' }, { level: 'error' });
const script = join(process.cwd(), 'scripts', 'posters.ts');

function runPosters(args: string[], env: Record<string, string>) {
	return runScript(script, args, env);
}

describe('npm run posters', () => {
	let slugs: string[] = [];
	let dir: string;

	beforeAll(async () => {
		const source = createEmbeddedSource({ contentDir: join(process.cwd(), 'content'), log: quiet });
		const route = await createContentRepository(source, { log: quiet }).route();
		slugs = route?.stops.map((stop) => stop.slug) ?? [];
		dir = mkdtempSync(join(tmpdir(), 'boai-posters-test-'));
	});

	afterAll(() => {
		rmSync(dir, { recursive: true, force: true });
	});

	it('writes one PDF poster per stop, in walking order, into the folder given with --out', async () => {
		const out = join(dir, 'printed');
		const { code, output } = await runPosters(['--out', out], {
			CHECKIN_SECRET: 'posters-test-secret-0123456789-abcdefghij',
			SITE_ORIGIN: 'https://boai.example.cn',
		});

		expect(code, output).toBe(0);
		expect(slugs.length).toBeGreaterThan(0);
		const files = readdirSync(out).sort();
		expect(files).toEqual(
			slugs.map((slug, index) => `${String(index + 1).padStart(2, '0')}-${slug}.pdf`),
		);
		for (const file of files) {
			expect(readFileSync(join(out, file)).subarray(0, 5).toString(), file).toBe('%PDF-');
		}
	}, 180_000);

	it('refuses to print without the public address, and writes nothing', async () => {
		const out = join(dir, 'refused');
		const { code, output } = await runPosters(['--out', out], {
			CHECKIN_SECRET: 'posters-test-secret-0123456789-abcdefghij',
			SITE_ORIGIN: '',
		});

		expect(code).toBe(1);
		expect(output).toContain('SITE_ORIGIN is not set');
		expect(() => readdirSync(out)).toThrow(/ENOENT/);
	});
});
