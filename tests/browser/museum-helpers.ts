/**
 * Shared steps of the museum's browser tests: watching a file's pages for errors and
 * requests to other sites, opening the 3D hall and waiting for it, reading the hall's data
 * and state from the page, counting the frames it draws, moving focus with Tab, and checking
 * that a screenshot of the scene actually shows something.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import sharp from 'sharp';
import { expect, test } from 'vitest';

import type { MuseumView } from '../../src/museum/view-data.ts';
// Brings in the type of `window.__boaiMuseum`.
import type {} from '../../site/islands/museum/debug.ts';
import type { HallState } from '../../site/islands/museum/store.ts';
import { guardOffsiteRequests } from './support/visit.ts';

/** Where the hall's screenshots are kept for review (git-ignored). */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'museum');

// The machines running these are slow and shared, and SwiftShader draws on the CPU.
/** How long one museum test may take. */
export const SLOW = 180_000;

/** The window the desktop tests browse in. */
export const DESKTOP = { width: 1280, height: 800 };

const LOADED = 45_000;

/** The browser contexts and pages of one test file, watched for what must not happen. */
export interface VisitWatch {
	/**
	 * A new context, a {@link DESKTOP} window unless `options` say otherwise, whose requests
	 * to other sites are blocked and kept.
	 */
	newContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext>;
	/** A new page of `context`, whose errors are kept. */
	newPage(context: BrowserContext): Promise<Page>;
	/** Adds the test, last in its file, that fails on any error printed or request to another site. */
	testClean(): void;
}

/** A watch over the pages a test file opens. */
export function watchVisits(): VisitWatch {
	const errors: string[][] = [];
	const offsite: string[][] = [];

	return {
		async newContext(browser, options = {}) {
			const context = await browser.newContext({ viewport: DESKTOP, ...options });
			offsite.push(await guardOffsiteRequests(context));
			return context;
		},
		async newPage(context) {
			const page = await context.newPage();
			errors.push(collectErrors(page));
			return page;
		},
		testClean() {
			test(
				'printed no error and asked nothing of another site',
				() => {
					expect(errors.flat()).toEqual([]);
					expect(offsite.flat()).toEqual([]);
				},
				SLOW,
			);
		},
	};
}

/** Errors the page printed or threw, without the browser's own notes about failed loads. */
export function collectErrors(page: Page, allowed: RegExp[] = []): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		const text = message.text();
		if (allowed.some((pattern) => pattern.test(text))) return;
		errors.push(text);
	});
	return errors;
}

/** Waits until the hall shows its first frame and has loaded the current hall's assets. */
export async function waitForHall(page: Page): Promise<void> {
	await page.waitForSelector('[data-museum-dialog][open]', { timeout: LOADED });
	await page.waitForSelector('[data-museum-shell]', { state: 'hidden', timeout: LOADED });
	await page.waitForSelector('.hall-stage canvas', { timeout: LOADED });
	await page.waitForFunction(() => !document.querySelector('.hall-loading'), null, {
		timeout: LOADED,
	});
}

/** Goes to `url`, a page that opens the 3D hall, and waits until the hall shows. */
export async function goToHall(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await waitForHall(page);
}

/** Opens the hall at `url` and waits until it has announced where the visitor stands. */
export async function goToHallEntrance(page: Page, url: string): Promise<void> {
	await goToHall(page, url);
	await page.waitForFunction(() => window.__boaiMuseum!.state().announcement !== '');
}

/** Opens the hall at `url`, a link to an exhibit, and waits until the camera is there. */
export async function goToExhibit(page: Page, url: string, title: string): Promise<void> {
	await goToHall(page, url);
	await waitForArrival(page, title);
}

/** Waits until the pictures and models of the hall `slug` have all loaded or failed. */
export async function waitForHallLoaded(page: Page, slug: string): Promise<void> {
	await page.waitForFunction((s) => window.__boaiMuseum!.state().loadedHall === s, slug, {
		timeout: LOADED,
	});
}

/** Waits until the camera has arrived somewhere and the hall rests. */
export async function waitForArrival(page: Page, title: string): Promise<void> {
	await page.waitForFunction(
		(expected) => {
			const heading = document.querySelector('[data-panel-title]')?.textContent ?? '';
			const hook = window.__boaiMuseum;
			return heading.trim() === expected && (!hook || hook.state().arrived);
		},
		title,
		{ timeout: LOADED },
	);
}

/** The halls and exhibits the page hands to the 3D hall. */
export async function museumView(page: Page): Promise<MuseumView> {
	const json = await page.locator('#museum-view').textContent();
	return JSON.parse(json ?? '{}') as MuseumView;
}

/** The hall's state as the page holds it now (needs `museumDebug=1`). */
export function hallState(page: Page): Promise<HallState> {
	return page.evaluate(() => window.__boaiMuseum!.state());
}

/** Presses Tab until `selector` has focus; fails after `limit` presses. */
export async function tabTo(page: Page, selector: string, limit = 80): Promise<void> {
	for (let i = 0; i < limit; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${selector} in ${limit} presses.`);
}

/** How varied the pixels of a PNG are: the spread of each channel and the colours used. */
export async function pixelVariety(png: Buffer): Promise<{ spread: number; colours: number }> {
	const image = sharp(png).removeAlpha();
	const { channels } = await image.stats();
	const { data } = await image.raw().toBuffer({ resolveWithObject: true });
	const colours = new Set<number>();
	for (let i = 0; i + 2 < data.length; i += 3 * 7) {
		colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
	}
	return { spread: Math.max(...channels.map((channel) => channel.stdev)), colours: colours.size };
}

/**
 * Screenshots what the WebGL canvas drew, keeps it under test-results/museum/ and returns it.
 * The HTML laid over the canvas (labels, captions, notices) is made transparent for the shot,
 * so that it cannot pass for a drawn scene.
 */
export async function shootStage(page: Page, name: string): Promise<Buffer> {
	await page.evaluate(() => {
		for (const layer of document.querySelectorAll<HTMLElement>('.hall-stage > *')) {
			if (!layer.querySelector('canvas')) layer.style.opacity = '0';
		}
	});
	const png = await page.locator('.hall-stage canvas').screenshot();
	await page.evaluate(() => {
		for (const layer of document.querySelectorAll<HTMLElement>('.hall-stage > *')) {
			layer.style.opacity = '';
		}
	});

	await mkdir(SCREENSHOTS, { recursive: true });
	await writeFile(join(SCREENSHOTS, `${name}.png`), png);
	return png;
}

/**
 * Fails unless the canvas shows a drawn scene: an empty or one-colour canvas has almost no
 * spread and a handful of colours, a lit room with pictures has plenty of both.
 */
export async function expectSceneDrawn(page: Page, name: string): Promise<void> {
	const variety = await pixelVariety(await shootStage(page, name));
	expect(variety.spread, `${name}: spread of the pixels`).toBeGreaterThan(12);
	expect(variety.colours, `${name}: colours used`).toBeGreaterThan(100);
}

/** Frames the canvas has drawn so far (needs `museumDebug=1`). */
export function framesDrawn(page: Page): Promise<number> {
	return page.evaluate(() => window.__boaiMuseum?.frames() ?? -1);
}

/** Frames drawn during `ms`. */
export async function framesDuring(page: Page, ms: number): Promise<number> {
	const before = await framesDrawn(page);
	await page.waitForTimeout(ms);
	return (await framesDrawn(page)) - before;
}

/** Waits until no frame has been drawn for a whole second; fails after `limit` ms. */
export async function waitUntilStill(page: Page, limit: number): Promise<void> {
	const deadline = Date.now() + limit;
	while ((await framesDuring(page, 1000)) > 0) {
		if (Date.now() > deadline) throw new Error(`The hall still drew frames after ${limit} ms.`);
	}
}

/** Asks the hall for one frame and waits until it is drawn. */
export async function drawFrame(page: Page): Promise<void> {
	const frames = await framesDrawn(page);
	await page.evaluate(() => window.__boaiMuseum!.invalidate());
	await page.waitForFunction((n) => window.__boaiMuseum!.frames() > n, frames);
}
