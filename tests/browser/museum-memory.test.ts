/**
 * What the 3D hall holds on to: one WebGL canvas for the whole visit, however many halls the
 * visitor walks through, and the geometries and textures of a hall given back to the GPU
 * when the visitor leaves it.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import type { MuseumView } from '../../src/museum/view-data.ts';
import {
	drawFrame,
	goToHall,
	museumView,
	SLOW,
	waitForHall,
	waitForHallLoaded,
	watchVisits,
} from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';

const zh = messages('zh').hall3d;

interface GpuCounts {
	geometries: number;
	textures: number;
}

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
const visits = watchVisits();

beforeAll(async () => {
	server = await startServer();
	browser = await launchChromium();
	context = await visits.newContext(browser);
	// Keeps every WebGL context the page creates, to count those still alive.
	await context.addInitScript(() => {
		const contexts: Array<{ canvas: HTMLCanvasElement; gl: WebGLRenderingContext }> = [];
		Object.assign(window, { webglContexts: contexts });
		const getContext = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			...args: Parameters<HTMLCanvasElement['getContext']>
		) {
			const made = getContext.apply(this, args);
			const kind = String(args[0]);
			if (made && kind.includes('webgl') && !contexts.some((entry) => entry.gl === made)) {
				contexts.push({ canvas: this, gl: made as WebGLRenderingContext });
			}
			return made;
		} as typeof getContext;
	});
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** Canvases on the page, and WebGL contexts made so far and those not yet given up. */
function canvases(page: Page) {
	return page.evaluate(() => {
		const contexts = (
			window as unknown as {
				webglContexts: Array<{ canvas: HTMLCanvasElement; gl: WebGLRenderingContext }>;
			}
		).webglContexts;
		return {
			onPage: document.querySelectorAll('canvas').length,
			made: contexts.length,
			alive: contexts.filter((entry) => !entry.gl.isContextLost()).length,
		};
	});
}

/** Goes to hall `index` of `view` and waits until its pictures and models are loaded. */
async function enterHall(page: Page, view: MuseumView, index: number): Promise<void> {
	await page.evaluate((h) => window.__boaiMuseum!.controller.enterHall(h), index);
	await waitForHallLoaded(page, view.halls[index]!.slug);
}

// The renderer counts what it has uploaded and not yet disposed. React releases a hall's
// own geometries a moment after the hall goes, so the counts are read once they hold still.
async function gpuCounts(page: Page): Promise<GpuCounts> {
	let last: GpuCounts | null = null;
	for (let round = 0; round < 40; round++) {
		await drawFrame(page);
		await page.waitForTimeout(250);
		const { geometries, textures } = await page.evaluate(() => window.__boaiMuseum!.renderer());
		if (last && last.geometries === geometries && last.textures === textures) return last;
		last = { geometries, textures };
	}
	throw new Error(`The GPU counts never held still; last ${JSON.stringify(last)}.`);
}

describe('the 3D hall’s hold on the GPU', () => {
	test(
		'keeps exactly one WebGL canvas while the visitor moves between halls, and after coming back in',
		async () => {
			const page = await visits.newPage(context);
			await page.goto(`${server.url}/museum/?museumDebug=1`);
			const view: MuseumView = await museumView(page);
			await page.click('[data-museum-enter]');
			await waitForHall(page);
			const entered = await canvases(page);
			expect(entered.onPage).toBe(1);
			expect(entered.alive).toBe(1);

			// Through every hall with the hall buttons, and back to the first.
			for (const hall of [...view.halls.slice(1), view.halls[0]!]) {
				await page.locator('.hall-hall', { hasText: hall.title.text }).click();
				await waitForHallLoaded(page, hall.slug);
				expect(await canvases(page), hall.slug).toEqual(entered);
			}

			// Leaving frees the context; entering again makes one new canvas, still only one.
			await page.getByRole('button', { name: zh.close }).click();
			await page.waitForSelector('[data-museum-dialog]', { state: 'hidden' });
			expect((await canvases(page)).alive).toBe(0);
			await page.click('[data-museum-enter]');
			await waitForHall(page);
			const again = await canvases(page);
			expect(again.onPage).toBe(1);
			expect(again.alive).toBe(1);
			await page.close();
		},
		SLOW,
	);

	test(
		'gives a hall’s geometries and textures back when the visitor leaves it',
		async () => {
			const page = await visits.newPage(context);
			await goToHall(page, `${server.url}/museum/?view=3d&museumDebug=1`);
			const view: MuseumView = await museumView(page);

			const first: GpuCounts[] = [];
			for (const index of view.halls.keys()) {
				await enterHall(page, view, index);
				first.push(await gpuCounts(page));
			}
			// Back in each hall after touring them all, it holds just what it held the first time.
			for (const index of view.halls.keys()) {
				await enterHall(page, view, index);
				expect(await gpuCounts(page), view.halls[index]!.slug).toEqual(first[index]);
			}

			// From a hall with more pictures and models to one with fewer, both counts fall.
			const size = (index: number) => {
				const exhibits = view.halls[index]!.exhibits;
				return {
					pictures: exhibits.filter((exhibit) => exhibit.picture).length,
					models: exhibits.filter((exhibit) => exhibit.model).length,
				};
			};
			const halls = [...view.halls.keys()];
			const pair = halls
				.flatMap((from) => halls.map((to) => [from, to] as const))
				.find(
					([from, to]) =>
						size(to).pictures < size(from).pictures && size(to).models < size(from).models,
				);
			expect(pair, 'two halls, one with fewer pictures and fewer models').toBeDefined();
			const [from, to] = pair!;
			await enterHall(page, view, from);
			const before = await gpuCounts(page);
			await enterHall(page, view, to);
			const after = await gpuCounts(page);
			expect(after.geometries).toBeLessThan(before.geometries);
			expect(after.textures).toBeLessThan(before.textures);
			await page.close();
		},
		SLOW,
	);

	visits.testClean();
});
