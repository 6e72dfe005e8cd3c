import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations, visit } from './support/visit.ts';

const LIST_PAGES = ['/', '/stories/', '/about/', '/museum/', '/map/', '/route/'];

// One detail page of each kind, found through the links of its list page.
const DETAIL_LINKS: Array<[list: string, pattern: RegExp]> = [
	['/stories/', /href="(\/stories\/[a-z0-9-]+\/)"/],
	['/museum/', /href="(\/museum\/[a-z0-9-]+\/)"/],
	['/map/', /href="(\/map\/[a-z0-9-]+\/)"/],
	['/route/', /href="(\/route\/[a-z0-9-]+\/)"/],
];

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let offsite: string[];
let pages: string[];

beforeAll(async () => {
	server = await startServer();
	browser = await launchChromium();
	context = await browser.newContext();
	offsite = await guardOffsiteRequests(context);

	const details = await Promise.all(
		DETAIL_LINKS.map(([list, pattern]) => firstLink(list, pattern)),
	);
	const chinese = [...LIST_PAGES, ...details];
	pages = [...chinese, ...chinese.map((path) => `/en${path}`)];
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function firstLink(list: string, pattern: RegExp): Promise<string> {
	const html = await (await fetch(server.url + list)).text();
	const match = pattern.exec(html);
	if (!match?.[1]) throw new Error(`${list} links to no detail page matching ${pattern}.`);
	return match[1];
}

describe('every page in both languages', () => {
	test('renders with status 200, no console error and no serious accessibility violation', async () => {
		const problems: string[] = [];

		for (const path of pages) {
			const { page, status, consoleErrors } = await visit(context, server.url + path);
			if (status !== 200) problems.push(`${path}: status ${status}`);
			for (const error of consoleErrors) problems.push(`${path}: console error ${error}`);
			for (const violation of await seriousAccessibilityViolations(page)) {
				problems.push(`${path}: ${violation}`);
			}
			await page.close();
		}

		expect(problems).toEqual([]);
		expect(pages.length).toBe(2 * (LIST_PAGES.length + DETAIL_LINKS.length));
	});

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
