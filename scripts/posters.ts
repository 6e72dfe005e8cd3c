/**
 * `npm run posters`: prints every stop's check-in poster as an A4 PDF, one file per stop
 * (`posters/01-<slug>.pdf` …), exactly as `/route/posters/<slug>/` prints from a browser.
 *
 * It starts the built site (`npm run build` first; BOAI_DIST picks another build folder)
 * with the real CHECKIN_SECRET, and Chromium prints each poster page. The QR codes point to
 * SITE_ORIGIN, the address the public uses, which must therefore be set:
 *
 *   CHECKIN_SECRET=… SITE_ORIGIN=https://boai.example.cn npm run posters [-- --out <folder>]
 *
 * The folder defaults to `posters/`; it may also be given without `--out`.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { launchChromium } from '../tests/browser/support/chromium.ts';
import { startServer } from '../tests/browser/support/server.ts';
import { logger } from '../src/log.ts';

const log = logger.child({ module: 'posters' });

/** A problem the person running the script can fix; printed without a stack trace. */
class PosterProblem extends Error {}

function fail(message: string): never {
	throw new PosterProblem(message);
}

/** The secret and public origin from the environment, or a problem saying which is missing. */
function settings(): { secret: string; origin: string } {
	const secret = process.env.CHECKIN_SECRET?.trim();
	const origin = process.env.SITE_ORIGIN?.trim();

	if (!secret) {
		fail(
			'CHECKIN_SECRET is not set: posters carry codes signed with it. Set it to the secret the server uses and run again.',
		);
	}
	if (!origin || !/^https?:\/\/[^/]+/.test(origin)) {
		fail(
			'SITE_ORIGIN is not set to the address the public uses (such as https://boai.example.cn): the posters’ QR codes would point nowhere. Set it and run again.',
		);
	}
	return { secret, origin };
}

async function printPosters(folder: string) {
	const { secret, origin } = settings();

	// The staff token of this private server only: the posters are staff pages. Its database
	// stays empty and is thrown away.
	const staffToken = randomBytes(24).toString('base64url');
	const scratch = await mkdtemp(join(tmpdir(), 'boai-posters-'));
	const server = await startServer({
		CHECKIN_SECRET: secret,
		SITE_ORIGIN: origin,
		STATS_TOKEN: staffToken,
		CHECKIN_DB_PATH: join(scratch, 'checkins.sqlite'),
		LOG_LEVEL: 'warn',
	}).catch(async (error: unknown) => {
		await rm(scratch, { recursive: true, force: true });
		throw error;
	});
	const browser = await launchChromium().catch(async (error: unknown) => {
		await server.stop();
		throw error;
	});

	try {
		const context = await browser.newContext({
			httpCredentials: { username: 'staff', password: staffToken },
		});
		const page = await context.newPage();
		const index = await page.goto(`${server.url}/route/posters/`);
		if (index?.status() !== 200) fail(`The poster list answered ${index?.status()}.`);

		const slugs = await page
			.locator('ol.posters a')
			.evaluateAll((links) =>
				links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[3] ?? ''),
			);
		if (slugs.length === 0) fail('The route has no stops, so there are no posters to print.');

		await mkdir(folder, { recursive: true });
		for (const [index, slug] of slugs.entries()) {
			const response = await page.goto(`${server.url}/route/posters/${slug}/`, {
				waitUntil: 'load',
			});
			if (response?.status() !== 200) fail(`The poster of ${slug} answered ${response?.status()}.`);
			if ((await page.locator('[data-short-code]').count()) === 0) {
				fail(`The poster of ${slug} has no code: the server did not accept CHECKIN_SECRET.`);
			}

			const file = join(folder, `${String(index + 1).padStart(2, '0')}-${slug}.pdf`);
			await writeFile(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
			log.info({ file }, `poster ${index + 1} of ${slugs.length} written`);
		}
		log.info({ folder, posters: slugs.length, origin }, 'all posters written');
	} finally {
		await browser.close();
		await server.stop();
		await rm(scratch, { recursive: true, force: true });
	}
}

/** The output folder: `--out <folder>`, else the first plain argument, else `posters/`. */
function outputFolder(): string {
	try {
		const { values, positionals } = parseArgs({
			options: { out: { type: 'string', short: 'o' } },
			allowPositionals: true,
		});
		return resolve(values.out ?? positionals[0] ?? 'posters');
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		fail(`${reason}. Run it as: npm run posters -- --out <folder>`);
	}
}

try {
	await printPosters(outputFolder());
} catch (error) {
	if (error instanceof PosterProblem) log.error(error.message);
	else log.error({ err: error }, 'the posters could not be printed');
	process.exitCode = 1;
}
