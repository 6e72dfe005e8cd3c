import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import type { RouteStop, StorySummary } from '../../src/content/models.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import { captureLog } from '../fixtures/capture-log.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations, visit } from './support/visit.ts';

const LIST_PAGES = ['/', '/stories/', '/about/', '/museum/', '/map/', '/route/'];

// One detail page of each kind, found through the links of its list page.
const DETAIL_PAGES: Record<string, RegExp> = {
	'/stories/': /href="(\/stories\/[a-z0-9-]+\/)"/,
	'/museum/': /href="(\/museum\/[a-z0-9-]+\/)"/,
	'/map/': /href="(\/map\/[a-z0-9-]+\/)"/,
	'/route/': /href="(\/route\/[a-z0-9-]+\/)"/,
};

interface PageCase {
	label: string;
	prefix: string;
	path: string;
	/** Visit the first item the list page links to rather than the list itself. */
	detail?: boolean;
}

const PAGES: PageCase[] = ['', '/en'].flatMap((prefix) => [
	...LIST_PAGES.map((path) => ({ label: `${prefix}${path}`, prefix, path })),
	...Object.keys(DETAIL_PAGES).map((list) => ({
		label: `${prefix}${list}<first item>/`,
		prefix,
		path: list,
		detail: true,
	})),
]);

// The home page lists this many of the newest stories (`site/lib/page-data.ts`).
const HOME_STORY_COUNT = 3;

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let offsite: string[];
let newestStories: StorySummary[];
let realStop: RouteStop | undefined;

beforeAll(async () => {
	// The server reads the bundled dataset; the same repository over it gives what the home
	// page must list.
	const { log } = captureLog();
	const source = createEmbeddedSource({
		contentDir: join(import.meta.dirname, '..', '..', 'content'),
		log,
	});
	const content = createContentRepository(source, { log });
	newestStories = await content.stories({ limit: HOME_STORY_COUNT });
	realStop = (await content.route())?.stops.find((stop) => !stop.sample);

	server = await startServer();
	browser = await launchChromium();
	context = await browser.newContext();
	offsite = await guardOffsiteRequests(context);
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function firstDetailPage(list: string): Promise<string> {
	const html = await (await fetch(server.url + list)).text();
	const match = DETAIL_PAGES[list]?.exec(html);
	if (!match?.[1]) throw new Error(`${list} links to no detail page.`);
	return match[1];
}

describe('every page in both languages', () => {
	test.each(PAGES)(
		'$label renders with status 200, no console error and no serious accessibility violation',
		async ({ prefix, path, detail }) => {
			const target = prefix + (detail ? await firstDetailPage(path) : path);
			const { page, status, consoleErrors } = await visit(context, server.url + target);

			expect(status).toBe(200);
			expect(consoleErrors).toEqual([]);
			expect(await seriousAccessibilityViolations(page)).toEqual([]);
			await page.close();
		},
		120_000,
	);

	test('makes no request outside the site', () => {
		expect(offsite).toEqual([]);
	});
});

/** The text of the home page section whose heading has the id `heading`. */
function sectionText(page: Page, heading: string): Promise<string> {
	return page.locator(`section[aria-labelledby="${heading}"]`).innerText();
}

describe('the home page', () => {
	test('lists the three newest stories by their Chinese titles, with periods for undated ones', async () => {
		const { page } = await visit(context, `${server.url}/`);

		expect(await page.getAttribute('html', 'lang')).toMatch(/^zh/);
		expect(newestStories).toHaveLength(HOME_STORY_COUNT);
		const cards = page.locator('section[aria-labelledby="stories-heading"] article');
		expect(await cards.locator('h3 a').allInnerTexts()).toEqual(
			newestStories.map((story) => story.title.zh),
		);
		for (const [index, story] of newestStories.entries()) {
			const meta = cards.nth(index).locator('.meta');
			if (story.period) {
				expect(await meta.innerText()).toContain(story.period.zh);
				expect(await meta.locator('time').count()).toBe(0);
			} else {
				expect(await meta.locator('time').count()).toBe(1);
			}
		}
		await page.close();
	});

	test('lists the same stories by their English titles at /en/', async () => {
		const { page, status } = await visit(context, `${server.url}/en/`);

		expect(status).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		const titles = await page
			.locator('section[aria-labelledby="stories-heading"] article h3 a')
			.allInnerTexts();
		expect(titles).toEqual(newestStories.map((story) => story.title.en));
		for (const title of titles) expect(title).not.toMatch(/[\u4e00-\u9fff]/);
		await page.close();
	});

	test('shows the plan’s five-year figure of 10065.29万元, and 10,065.29 × 10,000 yuan in English', async () => {
		const chinese = await visit(context, `${server.url}/`);
		const english = await visit(context, `${server.url}/en/`);

		expect(await sectionText(chinese.page, 'figures-heading')).toContain('10065.29万元');
		expect(await sectionText(english.page, 'figures-heading')).toContain('10,065.29 × 10,000 yuan');
		await chinese.page.close();
		await english.page.close();
	});

	test('says what the society does in the plan’s words, not what it plans to do', async () => {
		const chinese = await visit(context, `${server.url}/`);
		const english = await visit(context, `${server.url}/en/`);

		const zh = await sectionText(chinese.page, 'about-heading');
		const en = await sectionText(english.page, 'about-heading');
		expect(zh).toMatch(/^我们做什么/);
		expect(zh).toContain('在救灾现场，他们赈灾救援，情暖万家');
		expect(zh).toContain('它就是株洲市红十字会');
		expect(zh).not.toContain('未来五年');
		expect(en).toMatch(/^What we do/);
		expect(en).toContain('This is the Zhuzhou Red Cross Society.');
		expect(en).not.toMatch(/next five years/i);
		await chinese.page.close();
		await english.page.close();
	});

	test('draws each past figure of the goals chart in its own unit', async () => {
		const { page } = await visit(context, `${server.url}/`);

		const chart = await page.locator('.target-chart .rows').innerText();
		expect(chart).toMatch(/1\.15万人(?!次)/);
		expect(chart).toContain('8万人次');
		expect(chart).toContain('17.1万余人次');
		await page.close();
	});

	test('has a skip link to the main content and a language switch', async () => {
		const { page } = await visit(context, `${server.url}/`);

		const skip = page.locator('a[href="#main"]').first();
		expect(await skip.count()).toBe(1);
		expect(await page.locator('main#main').count()).toBe(1);
		expect(await page.locator('a[href="/en/"]').count()).toBeGreaterThan(0);
		await page.close();
	});
});

describe('the story list', () => {
	test('links only to categories that have stories', async () => {
		const html = await (await fetch(`${server.url}/stories/`)).text();
		const categories = [...html.matchAll(/href="(\/stories\/\?category=[a-z-]+)"/g)].map(
			([, href]) => href ?? '',
		);

		expect(categories.length).toBeGreaterThan(0);
		for (const href of categories) {
			const { page } = await visit(context, server.url + href);
			expect(await page.locator('main article').count(), href).toBeGreaterThan(0);
			await page.close();
		}
	});
});

describe('a real place on the route', () => {
	test('says that its location and address are approximate', async () => {
		expect(realStop?.locationApproximate).toBe(true);
		const { page } = await visit(context, `${server.url}/route/${realStop?.slug}/`);

		const text = await page.locator('main').innerText();
		expect(text).toContain(realStop?.address.zh ?? '(no stop)');
		expect(text).toContain('位置与地址为近似值，待核实');
		await page.close();
	});
});

describe('an unknown address', () => {
	test('answers 404 with a page in the visitor’s language', async () => {
		const chinese = await visit(context, `${server.url}/stories/no-such-story/`);
		const english = await visit(context, `${server.url}/en/stories/no-such-story/`);

		expect(chinese.status).toBe(404);
		expect(english.status).toBe(404);
		expect(await chinese.page.getAttribute('html', 'lang')).toMatch(/^zh/);
		expect(await english.page.getAttribute('html', 'lang')).toBe('en');
		await chinese.page.close();
		await english.page.close();
	});
});
