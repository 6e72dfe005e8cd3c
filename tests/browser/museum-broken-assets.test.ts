import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { hallLinkQuery } from '../../src/museum/deep-link.ts';
import type { MuseumView } from '../../src/museum/view-data.ts';
import {
	collectErrors,
	expectSceneDrawn,
	museumView,
	waitForArrival,
	waitForHall,
} from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests } from './support/visit.ts';

// The machines running these are slow and shared, and SwiftShader draws on the CPU.
const SLOW = 180_000;

const DATASET = join(import.meta.dirname, '..', '..', 'content');
const t = messages('zh').hall3d;
// The browser reports each file it could not load; those are the point of this test.
const EXPECTED = [/Failed to load resource/, /404/];

let contentDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let view: MuseumView;
let brokenModel: { slug: string; title: string };
let brokenPicture: { slug: string; title: string };

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'boai-museum-broken-'));
	await cp(DATASET, contentDir, { recursive: true });
	server = await startServer({ CONTENT_DIR: contentDir, LOG_LEVEL: 'warn' });
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	await guardOffsiteRequests(context);

	// The dataset is read by now; break one model and one picture of the first hall under it:
	// the model's address answers 404, the picture's file is no longer an image.
	const page = await context.newPage();
	await page.goto(`${server.url}/museum/`);
	view = await museumView(page);
	await page.close();

	const hall = view.halls[0]!;
	const withModel = hall.exhibits.find((exhibit) => exhibit.model)!;
	const withPicture = hall.exhibits.find((exhibit) => !exhibit.model && exhibit.picture)!;
	brokenModel = { slug: withModel.slug, title: withModel.title.text };
	brokenPicture = { slug: withPicture.slug, title: withPicture.title.text };
	await rm(join(contentDir, withModel.model!.url.replace('/media/', '')));
	await writeFile(
		join(contentDir, withPicture.picture!.large.replace('/media/', '')),
		'not a picture',
	);
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await rm(contentDir, { recursive: true, force: true });
});

describe('a hall with a broken model and a broken picture', () => {
	test(
		'still renders, with a labelled placeholder for each, and the rest works',
		async () => {
			const page = await context.newPage();
			const errors = collectErrors(page, EXPECTED);
			await page.goto(`${server.url}/museum/?view=3d&museumDebug=1`);
			await waitForHall(page);

			await page.waitForSelector('[data-placeholder="model"]', { state: 'attached' });
			await page.waitForSelector('[data-placeholder="picture"]', { state: 'attached' });
			expect(await page.locator('[data-placeholder="model"]').textContent()).toBe(
				t.modelPlaceholder,
			);
			expect(await page.locator('[data-placeholder="picture"]').textContent()).toBe(
				t.picturePlaceholder,
			);
			const failures = await page.evaluate(() => window.__boaiMuseum!.state().failures);
			expect(Object.keys(failures).sort()).toEqual([brokenModel.slug, brokenPicture.slug].sort());

			await expectSceneDrawn(page, 'broken-assets-entrance');

			// Visiting the broken exhibits says what happened; the others still work.
			for (const broken of [brokenModel, brokenPicture]) {
				await page.click(`[data-exhibit="${broken.slug}"]`);
				await waitForArrival(page, broken.title);
				expect(await page.locator('.hall-problem').textContent()).toBe(t.assetProblem);
			}
			const sound = view.halls[0]!.exhibits.find(
				(exhibit) => exhibit.slug !== brokenModel.slug && exhibit.slug !== brokenPicture.slug,
			)!;
			await page.click(`[data-exhibit="${sound.slug}"]`);
			await waitForArrival(page, sound.title.text);
			expect(await page.locator('.hall-problem').count()).toBe(0);

			expect(errors).toEqual([]);
			await page.close();
		},
		SLOW,
	);

	test(
		'shows the exhibit page’s viewer failing plainly, and the page itself intact',
		async () => {
			const page = await context.newPage();
			const errors = collectErrors(page, EXPECTED);
			const exhibit = view.halls[0]!.exhibits.find((entry) => entry.slug === brokenModel.slug)!;
			await page.goto(server.url + exhibit.pageUrl);

			await page.getByRole('button', { name: t.viewModel }).click();
			await page.waitForSelector('.model-viewer-failed[role="alert"]', { timeout: 45_000 });
			expect(await page.locator('.model-viewer-failed').textContent()).toBe(t.modelFailed);
			// Focus lands on what went wrong, not back at the top of the page.
			expect(
				await page.evaluate(() =>
					document.activeElement?.classList.contains('model-viewer-failed'),
				),
			).toBe(true);
			expect(await page.locator('h1').textContent()).toContain(exhibit.title.text);
			expect(errors).toEqual([]);
			await page.close();
		},
		SLOW,
	);

	test(
		'opens a deep link to the broken exhibit',
		async () => {
			const page = await context.newPage();
			await page.goto(`${server.url}/museum/${hallLinkQuery({ exhibit: brokenModel.slug })}`);
			await waitForHall(page);
			await waitForArrival(page, brokenModel.title);
			await page.close();
		},
		SLOW,
	);
});
