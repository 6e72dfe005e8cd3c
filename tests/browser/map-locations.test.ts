import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, visit } from './support/visit.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const ZHUZHOU = { south: 26.0, north: 28.2, west: 112.8, east: 114.1 };

// Three sites get a location the map cannot draw: none, swapped, and 0, 0.
const BROKEN: Record<string, (location: { lat: number; lng: number }) => unknown> = {
	'site-010': () => undefined,
	'site-020': ({ lat, lng }) => ({ _type: 'geopoint', lat: lng, lng: lat }),
	'site-030': () => ({ _type: 'geopoint', lat: 0, lng: 0 }),
};

let contentDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let total: number;
let slugs: Record<string, string>;
let names: Record<string, string>;

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'boai-map-locations-'));
	await cp(CONTENT, contentDir, { recursive: true });

	const lines = (await readFile(join(contentDir, 'data.ndjson'), 'utf8')).split('\n');
	slugs = {};
	names = {};
	total = 0;
	const changed = lines.map((line) => {
		if (line.trim() === '') return line;
		const document = JSON.parse(line);
		if (document._type !== 'outreachSite') return line;

		total += 1;
		const breakLocation = BROKEN[document._id];
		if (!breakLocation) return line;

		slugs[document._id] = document.slug.current;
		names[document._id] = document.name.zh;
		const location = breakLocation(document.location);
		if (location === undefined) delete document.location;
		else document.location = location;
		return JSON.stringify(document);
	});
	await writeFile(join(contentDir, 'data.ndjson'), changed.join('\n'));
	expect(Object.keys(slugs)).toHaveLength(3);

	server = await startServer({ CONTENT_DIR: contentDir, LOG_LEVEL: 'warn' });
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	await guardOffsiteRequests(context);
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await rm(contentDir, { recursive: true, force: true });
});

describe('sites whose location cannot be drawn', () => {
	test('stay in the list as "location pending" and off the map', async () => {
		const { page } = await visit(context, `${server.url}/map/`);
		await page.waitForSelector('[data-map-page][data-map-state="ready"]');

		expect(await page.locator('[data-site-list] > li:not([hidden])').count()).toBe(total);
		for (const slug of Object.values(slugs)) {
			expect(await page.locator(`li[data-slug="${slug}"]`).textContent()).toContain('位置待定');
			expect(await page.locator(`li[data-slug="${slug}"] [data-show-on-map]`).count()).toBe(0);
		}

		const data = JSON.parse((await page.locator('#map-data').textContent()) ?? '{}');
		expect(data.bounds.south).toBeGreaterThanOrEqual(ZHUZHOU.south);
		expect(data.bounds.north).toBeLessThanOrEqual(ZHUZHOU.north);
		expect(data.bounds.west).toBeGreaterThanOrEqual(ZHUZHOU.west);
		expect(data.bounds.east).toBeLessThanOrEqual(ZHUZHOU.east);

		await expect
			.poll(() =>
				page.evaluate(
					() =>
						document.querySelectorAll('[data-map] .site-marker').length +
						[...document.querySelectorAll('[data-map] .site-cluster-count')].reduce(
							(sum, element) => sum + Number(element.textContent),
							0,
						),
				),
			)
			.toBe(total - 3);
		await page.close();
	});

	test('have their own page, which says the location is pending', async () => {
		for (const path of [`/map/${slugs['site-010']}/`, `/en/map/${slugs['site-020']}/`]) {
			const { page, status } = await visit(context, server.url + path);
			expect(status).toBe(200);
			expect(await page.locator('main').innerText()).toMatch(/位置待定|Location pending/);
			expect(await page.locator('a[href^="geo:"]').count()).toBe(0);
			await page.close();
		}
	});

	test('are left out of the GeoJSON and marked in the CSV', async () => {
		const collection = await (await fetch(`${server.url}/map/sites.geojson`)).json();
		expect(collection.features).toHaveLength(total - 3);

		const csv = await (await fetch(`${server.url}/en/map/sites.csv`)).text();
		for (const id of Object.keys(slugs)) {
			expect(csv).toMatch(new RegExp(`\\r\\n${id},[^\\r\\n]*,,,Location pending,`));
		}
	});

	test('are each named once in the log, by id and Chinese name, however many pages read them', async () => {
		for (const path of ['/map/', '/en/map/', '/map/sites.csv', '/map/?kind=park']) {
			expect((await fetch(server.url + path)).status).toBe(200);
		}

		const warnings = server
			.output()
			.split('\n')
			.filter((line) => line.includes('"module":"map"') && line.includes('"level":40'));
		for (const id of Object.keys(slugs)) {
			const told = warnings.filter((line) => line.includes(`"documentId":"${id}"`));
			expect(told).toHaveLength(1);
			expect(JSON.parse(told[0]!).msg).toContain(`${id} “${names[id]}”`);
		}
		expect(warnings.join('\n')).toMatch(/site-020.*look swapped/);
		expect(warnings.join('\n')).toMatch(/site-030.*outside Zhuzhou/);
	});

	test('and odd filter values never make an error page', async () => {
		for (const query of [
			'?kind=<script>',
			`?q=${'%E7%BA%A2'.repeat(400)}`,
			'?district[]=x&kind=1&kind=2',
		]) {
			const response = await fetch(`${server.url}/map/${query}`);
			expect(response.status).toBe(200);
			expect((await fetch(`${server.url}/map/sites.csv${query}`)).status).toBe(200);
		}
	});
});
