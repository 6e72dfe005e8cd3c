/**
 * No page jumps while it loads. Every kind of page, in both languages, is opened on a phone-
 * sized screen with its scripts held back as a slow mobile network would (so that what they
 * reveal arrives after the first paint), and its Cumulative Layout Shift — the largest burst
 * of shifts, counted the way Lighthouse and Chrome's field data count it — must stay close
 * to zero. The lists of cards also load their pictures in the right order: those on the
 * first screen at once, the rest as the visitor scrolls near them, each sized for its box.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { launchChromium } from './support/chromium.ts';
import { crawl, pagesOfEachKind, type CrawledPage } from './support/crawl.ts';
import { startServer, type RunningServer } from './support/server.ts';

// Google's "good" is 0.1; a page that reserves the room of everything it shows late scores 0.
const largestShift = 0.02;
// How long each script is held back: longer than a first paint takes here.
const scriptDelayMs = 700;

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let pages: CrawledPage[];

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchChromium()]);
	// A mid-range Android phone's screen, as in Lighthouse's mobile settings. Not `isMobile`:
	// Chromium then marks the shifts of the first half second as following an input, and
	// leaves them out.
	context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
	});

	await context.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.hostname !== '127.0.0.1') return route.abort('blockedbyclient');

		if (url.pathname.startsWith('/_astro/') && url.pathname.endsWith('.js')) {
			await new Promise((resolve) => setTimeout(resolve, scriptDelayMs));
		}
		return route.continue();
	});

	await context.addInitScript(() => {
		// Session windows: shifts less than 1 s apart, at most 5 s long; the largest counts.
		const windows: number[] = [];
		let windowStart = 0;
		let last = 0;
		const record = window as unknown as { __layoutShift: () => number };
		record.__layoutShift = () => Math.max(0, ...windows);

		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
			})[]) {
				if (entry.hadRecentInput) continue;

				const startsWindow =
					windows.length === 0 ||
					entry.startTime - last > 1000 ||
					entry.startTime - windowStart > 5000;
				if (startsWindow) {
					windows.push(0);
					windowStart = entry.startTime;
				}
				windows[windows.length - 1]! += entry.value;
				last = entry.startTime;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});

	// Each language on its own: pages of the same template differ in the length of their text.
	const crawled = await crawl(server.url);
	const english = (page: CrawledPage) => page.path === '/en/' || page.path.startsWith('/en/');
	pages = [
		...pagesOfEachKind(crawled.filter((page) => !english(page))),
		...pagesOfEachKind(crawled.filter(english)),
	];
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function layoutShiftOf(path: string): Promise<number> {
	const page = await context.newPage();
	await page.goto(server.url + path, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle').catch(() => {});
	// Work the scripts do after their last request (drawing a map, reading stamps).
	await page.waitForTimeout(500);

	const shift = await page.evaluate(() =>
		(window as unknown as { __layoutShift: () => number }).__layoutShift(),
	);
	await page.close();
	return shift;
}

describe('every kind of page, on a phone with a slow network', () => {
	test('the crawl found the pages Lighthouse audits, in both languages', () => {
		const paths = pages.map((page) => page.path);

		for (const section of ['/', '/museum/', '/map/', '/route/']) {
			expect(paths).toContain(section);
			expect(paths).toContain(section === '/' ? '/en/' : `/en${section}`);
		}
		expect(paths.some((path) => /^\/stories\/[^/]+\/$/.test(path))).toBe(true);
	});

	test(`shifts its layout by no more than ${largestShift} while it loads`, async () => {
		const shifted: string[] = [];

		for (const { path } of pages) {
			const shift = await layoutShiftOf(path);
			if (shift > largestShift) shifted.push(`${path}: ${shift.toFixed(3)}`);
		}
		expect(shifted).toEqual([]);
	}, 900_000);

	test('the measure notices a page that jumps', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/about/`, { waitUntil: 'load' });
		await page.evaluate(() => {
			const block = document.createElement('div');
			block.style.height = '300px';
			document.querySelector('main')?.prepend(block);
		});
		await page.waitForTimeout(300);
		const shift = await page.evaluate(() =>
			(window as unknown as { __layoutShift: () => number }).__layoutShift(),
		);
		await page.close();

		expect(shift).toBeGreaterThan(largestShift);
	});
});

/** What a content picture of a page says about itself once the page has loaded. */
interface Picture {
	src: string;
	loading: string | null;
	fetchpriority: string | null;
	width: string | null;
	height: string | null;
	srcset: string | null;
	sizes: string | null;
	inCard: boolean;
	top: number;
	shownWidth: number;
	/** The width descriptor of the candidate the browser chose, once loaded. */
	chosenWidth: number | null;
}

/** The content pictures of `path`; with `loadAll`, after every lazy one has loaded too. */
async function picturesOf(
	path: string,
	{ loadAll = false, on = context }: { loadAll?: boolean; on?: BrowserContext } = {},
): Promise<{ pictures: Picture[]; screen: number }> {
	const page = await on.newPage();
	await page.goto(server.url + path, { waitUntil: 'load' });
	if (loadAll) {
		await page.$$eval('main img[loading="lazy"]', (images) =>
			images.forEach((image) => ((image as HTMLImageElement).loading = 'eager')),
		);
		await page.waitForFunction(() =>
			[...document.querySelectorAll('main img')].every(
				(image) => (image as HTMLImageElement).complete,
			),
		);
	}

	const pictures = await page.$$eval('main img[src^="/media/"]', (images) =>
		(images as HTMLImageElement[]).map((image) => ({
			src: image.getAttribute('src') ?? '',
			loading: image.getAttribute('loading'),
			fetchpriority: image.getAttribute('fetchpriority'),
			width: image.getAttribute('width'),
			height: image.getAttribute('height'),
			srcset: image.getAttribute('srcset'),
			sizes: image.getAttribute('sizes'),
			inCard: image.closest('.story-card, .exhibit-card') !== null,
			top: image.getBoundingClientRect().top + window.scrollY,
			shownWidth: image.getBoundingClientRect().width,
			chosenWidth:
				image.complete && image.currentSrc
					? Number(
							(image.getAttribute('srcset') ?? '')
								.split(', ')
								.map((candidate) => candidate.split(' '))
								.find(([url]) => new URL(url!, location.href).href === image.currentSrc)?.[1]
								?.replace('w', '') ?? NaN,
						)
					: null,
		})),
	);
	const screen = page.viewportSize()?.height ?? 0;
	await page.close();
	return { pictures, screen };
}

describe('the pictures of a list of cards', () => {
	const lists = ['/stories/', '/en/stories/', '/museum/', '/en/museum/'];

	test.each(lists)(
		'%s loads the first row’s pictures at once and the others when scrolled near',
		async (path) => {
			const desktop = await browser.newContext({ viewport: { width: 1350, height: 940 } });
			const phone = await picturesOf(path);
			const wide = await picturesOf(path, { on: desktop });
			await desktop.close();

			for (const { pictures } of [phone, wide]) {
				const cards = pictures.filter((picture) => picture.inCard);
				const firstRow = cards.filter((card) => card.top === cards[0]?.top);

				expect(cards.length).toBeGreaterThan(4);
				expect(firstRow.filter((card) => card.loading !== 'eager')).toEqual([]);
				expect(cards.slice(0, 3).map((card) => card.loading)).toEqual(['eager', 'eager', 'eager']);
				expect(cards.slice(3).filter((card) => card.loading !== 'lazy')).toEqual([]);

				// The stories' first cover is the likely largest paint: fetched before the rest.
				const urgent = pictures.filter((picture) => picture.fetchpriority === 'high');
				expect(urgent).toEqual(path.includes('stories') ? [cards[0]] : []);
			}
			// Nothing on a phone's first screen waits for a scroll.
			expect(phone.pictures.filter((p) => p.top < phone.screen && p.loading === 'lazy')).toEqual(
				[],
			);
		},
	);

	test.each(['/stories/', '/museum/', '/'])(
		'%s gives every content picture a size and candidates that fit its box',
		async (path) => {
			const { pictures } = await picturesOf(path, { loadAll: true });
			const dpr = 1.75;

			expect(pictures.length).toBeGreaterThan(0);
			for (const picture of pictures) {
				expect(picture, picture.src).toMatchObject({
					width: expect.stringMatching(/^\d+$/),
					height: expect.stringMatching(/^\d+$/),
					srcset: expect.stringMatching(/ \d+w(, |$)/),
					sizes: expect.any(String),
				});
			}

			// The browser chose a candidate for the box: sharp enough, and not far larger.
			for (const picture of pictures) {
				const needed = picture.shownWidth * dpr;
				const original = Number(/-(\d+)x\d+\./.exec(picture.src)?.[1]);
				expect(picture.chosenWidth, picture.src).toBeGreaterThanOrEqual(
					Math.min(original, Math.floor(needed)),
				);
				expect(picture.chosenWidth, picture.src).toBeLessThan(needed * 1.6);
			}
		},
	);
});
