/**
 * The site search in a browser: Chinese words find their stories as they are typed, with no
 * request to the server but the one that loads the index; the page also answers `?q=` without
 * JavaScript, and in English.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations } from './support/visit.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let offsite: string[];

beforeAll(async () => {
	[server, browser] = await Promise.all([startServer(), launchChromium()]);
	context = await browser.newContext();
	offsite = await guardOffsiteRequests(context);
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** Types `query` into the search box of `page` and waits for the announced outcome. */
async function search(page: Page, query: string): Promise<{ titles: string[]; status: string }> {
	await page.fill('[data-search-input]', query);
	await page.waitForFunction(
		(q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q),
		query,
		{ timeout: 30_000 },
	);
	return {
		titles: await page.locator('[data-search-results] h2').allInnerTexts(),
		status: (await page.locator('[data-search-status]').innerText()).trim(),
	};
}

describe('searching as one types', () => {
	test('造血干细胞 lists the stem-cell story first, 急救 the first-aid stories, 献血 the blood stories', async () => {
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${server.url}/search/`);

		const stemCell = await search(page, '造血干细胞');
		expect(stemCell.titles[0]).toContain('造血干细胞');

		const firstAid = await search(page, '急救');
		expect(firstAid.titles.length).toBeGreaterThan(0);
		expect(firstAid.titles.some((title) => /急救|救护/.test(title))).toBe(true);
		expect(firstAid.status).toMatch(/“急救”有 \d+ 条结果/);

		const blood = await search(page, '献血');
		expect(blood.titles.some((title) => title.includes('献血') || title.includes('三献'))).toBe(
			true,
		);

		// One request for the index; the queries themselves never reach the server.
		expect(requests.filter((path) => path.startsWith('/search'))).toEqual([
			'/search/',
			'/search-index.zh.json',
		]);
		expect(new URL(page.url()).searchParams.get('q')).toBe('献血');
		await page.close();
	});

	test('says plainly when nothing is found, and clears the list for an empty box', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/search/`);

		const none = await search(page, '不存在的词语组合');
		expect(none.titles).toEqual([]);
		expect(none.status).toContain('没有找到');

		await page.fill('[data-search-input]', '');
		await page.waitForFunction(
			() => document.querySelectorAll('[data-search-results] li').length === 0,
		);
		await page.close();
	});

	test('works in English, showing English titles and finding Chinese words too', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/en/search/`);

		const english = await search(page, 'first aid');
		expect(english.titles.length).toBeGreaterThan(0);
		expect(english.status).toMatch(/results? for “first aid”/);

		const chinese = await search(page, '急救');
		expect(chinese.titles.length).toBeGreaterThan(0);
		expect(chinese.titles.every((title) => /[A-Za-z]/.test(title))).toBe(true);
		await page.close();
	});

	test('marks invented content as sample data in the results', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/search/`);

		await search(page, '人道传播阵地');
		expect(await page.locator('[data-search-results] .sample-badge').count()).toBeGreaterThan(0);
		await page.close();
	});

	test('has no serious accessibility violation with results shown, and is reached from every page', async () => {
		const page = await context.newPage();
		await page.goto(`${server.url}/about/`);
		await page.click('header a[href="/search/"]');
		await page.waitForURL(`${server.url}/search/`);
		await search(page, '献血');

		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		await page.close();
	});
});

describe('without JavaScript', () => {
	test('the form’s ?q= is answered by the server, in both languages', async () => {
		const chinese = await (
			await fetch(`${server.url}/search/?q=${encodeURIComponent('造血干细胞')}`)
		).text();
		const english = await (
			await fetch(`${server.url}/en/search/?q=${encodeURIComponent('stem cell')}`)
		).text();

		expect(chinese).toMatch(/<h2[^>]*><a href="\/stories\/[^"]+"[^>]*>[^<]*造血干细胞/);
		expect(english).toMatch(/results? for “stem cell”/);
		expect(english).toMatch(/<a href="\/en\/stories\/[^"]+"/);
	});
});

test('asked nothing of another site', () => {
	expect(offsite).toEqual([]);
});
