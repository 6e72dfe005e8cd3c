/**
 * No page breaks its own Content-Security-Policy: each kind of page in both languages is
 * opened in Chromium, including the map (with tiles from a configured provider, which the
 * test blocks), the 3D museum hall, an exhibit's 3D model and a search, and the browser must
 * report no violation — neither a `securitypolicyviolation` event nor a console error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { waitForHall } from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { crawl, pagesOfEachKind, type CrawledPage } from './support/crawl.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests } from './support/visit.ts';

let server: RunningServer;
let tianditu: RunningServer;
let browser: Browser;
let context: BrowserContext;
let offsite: string[];
let pages: CrawledPage[];

beforeAll(async () => {
	[server, tianditu, browser] = await Promise.all([
		startServer(),
		startServer({ MAP_TILES: 'tianditu', TIANDITU_KEY: 'csp-test-key' }),
		launchChromium(),
	]);
	context = await browser.newContext();
	offsite = await guardOffsiteRequests(context);
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push(
				`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
			);
		});
	});
	pages = await crawl(server.url);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await Promise.all([server?.stop(), tianditu?.stop()]);
});

/** Opens `url`, lets `act` do something on it, and returns what the browser blocked. */
async function violationsOn(
	url: string,
	act?: (page: Page) => Promise<void>,
	requested: string[] = [],
): Promise<string[]> {
	const page = await context.newPage();
	const console: string[] = [];
	page.on('request', (request) => requested.push(request.url()));
	page.on('console', (message) => {
		if (/content security policy/i.test(message.text())) console.push(message.text());
	});

	await page.goto(url, { waitUntil: 'load' });
	await act?.(page);
	// Late loads (lazy images, tiles) report after `load`.
	await page.waitForLoadState('networkidle').catch(() => {});
	const events = await page.evaluate(
		() => (window as unknown as { __cspViolations: string[] }).__cspViolations,
	);
	await page.close();
	return [...events, ...console];
}

describe('the crawl', () => {
	test('found pages of every section in both languages', () => {
		const paths = pages.map((page) => page.path);
		for (const section of ['/stories/', '/museum/', '/map/', '/route/', '/about/', '/search/']) {
			expect(paths).toContain(section);
			expect(paths).toContain(`/en${section}`);
		}
		expect(paths.some((path) => /^\/stories\/[^/]+\/$/.test(path))).toBe(true);
		expect(paths.some((path) => /^\/en\/map\/[^/]+\/$/.test(path))).toBe(true);
	});
});

describe('the check itself', () => {
	test('notices a violation when a page loads what its policy does not allow', async () => {
		const violations = await violationsOn(`${server.url}/about/`, async (page) => {
			await page.evaluate(() => {
				const image = document.createElement('img');
				image.src = 'https://example.org/not-allowed.png';
				document.body.append(image);
			});
			await page.waitForFunction(
				() => (window as unknown as { __cspViolations: string[] }).__cspViolations.length > 0,
			);
		});
		expect(violations.join('\n')).toContain('img-src blocked https://example.org/not-allowed.png');
	});
});

describe('every kind of page, in both languages', () => {
	test('runs without a Content-Security-Policy violation', async () => {
		const problems: string[] = [];
		for (const { path } of pagesOfEachKind(pages)) {
			for (const violation of await violationsOn(server.url + path))
				problems.push(`${path}: ${violation}`);
		}
		expect(problems).toEqual([]);
	}, 600_000);

	test('a page that does not exist shows its 404 page without a violation', async () => {
		expect(await violationsOn(`${server.url}/no-such-page/`)).toEqual([]);
		expect(await violationsOn(`${server.url}/en/no-such-page/`)).toEqual([]);
	});
});

describe('pages that load more than the site itself', () => {
	test.each(['/map/', '/en/map/', '/route/', '/en/route/'])(
		'%s with Tianditu tiles configured (and blocked) draws its map without a violation',
		async (path) => {
			const requested: string[] = [];
			const violations = await violationsOn(
				tianditu.url + path,
				async (page) => {
					await page.waitForSelector('.leaflet-container', { timeout: 30_000 });
				},
				requested,
			);
			expect(violations).toEqual([]);
			// The policy let the tiles be asked for (the test then blocks them).
			expect(requested.some((address) => /^https:\/\/t\d\.tianditu\.gov\.cn\//.test(address))).toBe(
				true,
			);
		},
	);

	test.each(['/museum/?view=3d', '/en/museum/?view=3d'])(
		'%s opens the 3D hall without a violation',
		async (path) => {
			expect(await violationsOn(server.url + path, waitForHall)).toEqual([]);
		},
		120_000,
	);

	test('an exhibit’s 3D model opens without a violation', async () => {
		const exhibits = pages.filter(
			({ path, html }) => /^\/museum\/[^/]+\/$/.test(path) && html.includes('data-model-open'),
		);
		expect(exhibits.length).toBeGreaterThan(0);

		const violations = await violationsOn(server.url + exhibits[0]!.path, async (page) => {
			await page.click('[data-model-open]');
			await page.waitForSelector('[data-model-target] canvas', { timeout: 45_000 });
		});
		expect(violations).toEqual([]);
	}, 120_000);

	test('a search typed on the search page runs in the browser without a violation', async () => {
		const violations = await violationsOn(`${server.url}/en/search/`, async (page) => {
			await page.fill('[data-search-input]', '献血');
			await page.waitForSelector('[data-search-results] li', { timeout: 30_000 });
		});
		expect(violations).toEqual([]);
	});

	test('asked nothing of another site but map tiles', () => {
		expect(offsite).toEqual([]);
	});
});
