import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

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

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let offsite: string[];

beforeAll(async () => {
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

describe('the home page', () => {
	test('shows the plan’s figures and the latest story titles in Chinese', async () => {
		const { page } = await visit(context, `${server.url}/`);

		expect(await page.getAttribute('html', 'lang')).toMatch(/^zh/);
		const text = await page.locator('main').innerText();
		expect(text).toContain('10065.29');
		expect(text).toContain('万元');

		const storyTitles = await page.locator('main a[href^="/stories/"]').allInnerTexts();
		expect(storyTitles.filter((title) => /[\u4e00-\u9fff]/.test(title)).length).toBeGreaterThan(0);
		await page.close();
	});

	test('is served in English at /en/', async () => {
		const { page, status } = await visit(context, `${server.url}/en/`);

		expect(status).toBe(200);
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.locator('main').innerText()).toMatch(/Red Cross/);
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
