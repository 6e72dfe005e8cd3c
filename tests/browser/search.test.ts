/**
 * The site search in a browser: Chinese words find their stories as they are typed, with no
 * request to the server but the one that loads the index; the page also answers `?q=` without
 * JavaScript, and in English.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import { logger } from '../../src/log.ts';
import { searchDocuments, type SearchDocument } from '../../src/search/documents.ts';
import { loadSearchSources } from '../../src/search/sources.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations } from './support/visit.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let offsite: string[];
let stories: SearchDocument[];

beforeAll(async () => {
	[server, browser, stories] = await Promise.all([startServer(), launchChromium(), zhStories()]);
	context = await browser.newContext();
	offsite = await guardOffsiteRequests(context);
});

/** The bundled dataset's stories as the Chinese search page indexes them. */
async function zhStories(): Promise<SearchDocument[]> {
	const log = logger.child({ module: 'test' });
	const source = createEmbeddedSource({
		contentDir: join(import.meta.dirname, '..', '..', 'content'),
		log,
	});
	const sources = await loadSearchSources(createContentRepository(source, { log }));
	const labels = { zh: messages('zh'), en: messages('en') };
	return searchDocuments(sources, 'zh', labels).filter((document) => document.kind === 'story');
}

/** The titles of the stories whose text holds `word`, sorted. */
function storyTitles(word: string): string[] {
	return stories
		.filter((story) =>
			[story.titleText, story.summaryText, story.bodyText].join('\n').includes(word),
		)
		.map((story) => story.title)
		.sort();
}

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** Types `query` into the search box of `page` and waits for the announced outcome. */
async function search(
	page: Page,
	query: string,
): Promise<{ titles: string[]; kinds: string[]; status: string }> {
	await page.fill('[data-search-input]', query);
	await page.waitForFunction(
		(q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q),
		query,
		{ timeout: 30_000 },
	);
	return {
		titles: await page.locator('[data-search-results] h2').allInnerTexts(),
		kinds: await page.locator('[data-search-results] [data-kind]').allInnerTexts(),
		status: (await page.locator('[data-search-status]').innerText()).trim(),
	};
}

describe('searching as one types', () => {
	test('造血干细胞, 急救 and 献血 list the stories that hold them first, as one types', async () => {
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${server.url}/search/`);

		for (const word of ['造血干细胞', '急救', '献血']) {
			const expected = storyTitles(word);
			const found = await search(page, word);

			expect(expected.length, word).toBeGreaterThan(0);
			expect(found.titles.slice(0, expected.length).sort(), word).toEqual(expected);
			expect(new Set(found.kinds.slice(0, expected.length)), word).toEqual(new Set(['故事']));
			expect(found.kinds.slice(expected.length), word).not.toContain('故事');
			expect(found.status).toMatch(new RegExp(`“${word}”有 ${found.titles.length} 条结果`));
		}

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
	test('the form’s ?q= is answered by the server, stories first, in both languages', async () => {
		const chinese = await (
			await fetch(`${server.url}/search/?q=${encodeURIComponent('造血干细胞')}`)
		).text();
		const english = await (
			await fetch(`${server.url}/en/search/?q=${encodeURIComponent('stem cell')}`)
		).text();

		expect(chinese).toMatch(/<h2[^>]*><a href="\/stories\/[^"]+"[^>]*>[^<]*造血干细胞/);
		const blood = await (
			await fetch(`${server.url}/search/?q=${encodeURIComponent('献血')}`)
		).text();
		const listed = [...blood.matchAll(/<h2[^>]*><a href="([^"]+)"/g)].map(([, href]) => href);
		const storyCount = storyTitles('献血').length;
		expect(listed.slice(0, storyCount).every((href) => href?.startsWith('/stories/'))).toBe(true);
		expect(listed.slice(storyCount).some((href) => href?.startsWith('/stories/'))).toBe(false);
		expect(english).toMatch(/results? for “stem cell”/);
		expect(english).toMatch(/<a href="\/en\/stories\/[^"]+"/);
	});
});

test('asked nothing of another site', () => {
	expect(offsite).toEqual([]);
});
