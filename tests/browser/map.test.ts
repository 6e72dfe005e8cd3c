import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { outreachSiteKinds } from '../../src/content/models.ts';
import { distanceInMetres } from '../../src/geo/distance.ts';
import {
	kindIconUrl,
	markerIconAnchor,
	markerIconSize,
	markerPopupAnchor,
} from '../../src/map/kind-icons.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations, visit } from './support/visit.ts';

// Zhuzhou's extent as the issue gives it, kept here so that the test does not trust the code.
const ZHUZHOU = { south: 26.0, north: 28.2, west: 112.8, east: 114.1 };

interface DatasetSite {
	_id: string;
	slug: string;
	name: string;
	kind: string;
	district: string;
	address: string;
	location: { lat: number; lng: number } | null;
}

let sites: DatasetSite[];
let located: DatasetSite[];
let server: RunningServer;
let browser: Browser;
let offsite: string[];

const inside = ({ lat, lng }: { lat: number; lng: number }) =>
	lat >= ZHUZHOU.south && lat <= ZHUZHOU.north && lng >= ZHUZHOU.west && lng <= ZHUZHOU.east;

async function readDataset(): Promise<DatasetSite[]> {
	const text = await readFile(
		join(import.meta.dirname, '..', '..', 'content', 'data.ndjson'),
		'utf8',
	);

	return text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line))
		.filter((document) => document._type === 'outreachSite')
		.map((document) => ({
			_id: document._id,
			slug: document.slug.current,
			name: document.name.zh,
			kind: document.kind,
			district: document.district,
			address: document.address.zh,
			location: document.location ?? null,
		}));
}

beforeAll(async () => {
	sites = await readDataset();
	located = sites.filter((site) => site.location && inside(site.location));
	server = await startServer();
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function newContext(
	options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
	offsite = await guardOffsiteRequests(context);
	return context;
}

/** Opens the map page and waits until its markers are on the map. */
async function openMap(context: BrowserContext, path = '/map/'): Promise<Page> {
	const { page } = await visit(context, server.url + path);
	await page.waitForSelector('[data-map-page][data-map-state="ready"]', { timeout: 30_000 });
	return page;
}

async function visibleListSlugs(page: Page): Promise<string[]> {
	return page.$$eval('[data-site-list] > li', (items) =>
		items
			.filter((item) => !(item as HTMLElement).hidden)
			.map((item) => (item as HTMLElement).dataset.slug ?? ''),
	);
}

/** Single markers plus the counts written on cluster icons. */
async function markerTotal(page: Page): Promise<number> {
	return page.evaluate(() => {
		const singles = document.querySelectorAll('[data-map] .site-marker').length;
		const clustered = [...document.querySelectorAll('[data-map] .site-cluster-count')].reduce(
			(sum, element) => sum + Number(element.textContent),
			0,
		);
		return singles + clustered;
	});
}

async function waitForMarkerTotal(page: Page, expected: number) {
	await expect.poll(() => markerTotal(page), { timeout: 20_000 }).toBe(expected);
}

describe('the outreach map without JavaScript', () => {
	test('lists all the sites, in both languages', async () => {
		const context = await newContext({ javaScriptEnabled: false });

		for (const path of ['/map/', '/en/map/']) {
			const { page, status } = await visit(context, server.url + path);
			expect(status).toBe(200);
			expect((await visibleListSlugs(page)).sort()).toEqual(sites.map((site) => site.slug).sort());
			expect(await page.locator('[data-map-count]').innerText()).toMatch(
				path === '/map/'
					? `显示 ${sites.length} / ${sites.length} 个`
					: `Showing ${sites.length} of ${sites.length}`,
			);
			if (path === '/map/') expect(await page.getByText(sites[0]!.name).count()).toBeGreaterThan(0);
			await page.close();
		}
		await context.close();
	});

	test('narrows the list on the server from a shared URL, Chinese search included', async () => {
		const context = await newContext({ javaScriptEnabled: false });
		const query = '株洲';
		const expected = sites.filter(
			(site) =>
				site.kind === 'school' && (site.name.includes(query) || site.address.includes(query)),
		);
		expect(expected.length).toBeGreaterThan(0);

		const { page } = await visit(
			context,
			`${server.url}/map/?kind=school&q=${encodeURIComponent(query)}`,
		);
		expect((await visibleListSlugs(page)).sort()).toEqual(expected.map((site) => site.slug).sort());
		expect(await page.locator('[data-map-count]').innerText()).toContain(
			`${expected.length} / ${sites.length}`,
		);
		expect(await page.isChecked('input[name="kind"][value="school"]')).toBe(true);
		expect(await page.inputValue('input[name="q"]')).toBe(query);
		await context.close();
	});

	test('ships only bundled scripts: no inline code and no inline event handlers', async () => {
		const html = await (await fetch(`${server.url}/map/`)).text();
		const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];

		for (const [, attributes, body] of scripts) {
			if (/type="application\/json"/.test(attributes ?? '')) continue;
			expect(attributes).toMatch(/src="\/_astro\//);
			expect(body?.trim()).toBe('');
		}
		expect(html).not.toMatch(/\son[a-z]+=/i);
	});
});

describe('the outreach map with JavaScript', () => {
	let context: BrowserContext;

	beforeAll(async () => {
		context = await newContext();
	});

	afterAll(async () => {
		await context?.close();
	});

	test('shows markers and clusters that add up to the located sites', async () => {
		const page = await openMap(context);
		await waitForMarkerTotal(page, located.length);
		expect(await page.locator('[data-map] .site-cluster').count()).toBeGreaterThan(0);
		await page.close();
	});

	test('says the base map failed while markers and list keep working', async () => {
		const page = await openMap(context);
		const notice = page.locator('[data-tile-notice]');

		await expect.poll(() => notice.isVisible(), { timeout: 20_000 }).toBe(true);
		expect(await notice.innerText()).toContain('底图无法加载');

		const site = located[0]!;
		await page
			.locator(`[data-site-list] > li[data-slug="${site.slug}"] [data-show-on-map]`)
			.click();
		await expect
			.poll(
				() =>
					page
						.locator('.site-popup-title')
						.innerText()
						.catch(() => ''),
				{ timeout: 20_000 },
			)
			.toBe(site.name);
		expect(await page.locator(`li[data-slug="${site.slug}"]`).getAttribute('aria-current')).toBe(
			'true',
		);
		expect(new URL(page.url()).searchParams.get('site')).toBe(site.slug);
		await page.close();
	});

	test('filters list and map together by kind, district and Chinese text, and a reload restores them', async () => {
		const page = await openMap(context);
		const kind = 'school';
		const district = located.find((site) => site.kind === kind)!.district;
		const query = '学校';
		const expected = (predicate: (site: DatasetSite) => boolean) => sites.filter(predicate);

		await page.locator(`input[name="kind"][value="${kind}"]`).check();
		const byKind = expected((site) => site.kind === kind);
		await expect
			.poll(() => visibleListSlugs(page).then((slugs) => slugs.length))
			.toBe(byKind.length);
		await waitForMarkerTotal(page, byKind.filter((site) => located.includes(site)).length);

		await page.selectOption('select[name="district"]', district);
		const byDistrict = byKind.filter((site) => site.district === district);
		await expect
			.poll(() => visibleListSlugs(page).then((slugs) => slugs.length))
			.toBe(byDistrict.length);
		await waitForMarkerTotal(page, byDistrict.filter((site) => located.includes(site)).length);

		await page.fill('input[name="q"]', query);
		const byText = byDistrict.filter(
			(site) => site.name.includes(query) || site.address.includes(query),
		);
		await expect
			.poll(() => visibleListSlugs(page).then((slugs) => slugs.sort()))
			.toEqual(byText.map((site) => site.slug).sort());
		await waitForMarkerTotal(page, byText.filter((site) => located.includes(site)).length);
		expect(await page.locator('[data-map-count]').innerText()).toContain(
			`${byText.length} / ${sites.length}`,
		);

		const url = new URL(page.url());
		expect(Object.fromEntries(url.searchParams)).toEqual({ kind, district, q: query });
		expect(await page.getAttribute('[data-download][href*="sites.csv"]', 'href')).toContain(
			`district=${district}`,
		);

		await page.reload();
		await page.waitForSelector('[data-map-page][data-map-state="ready"]');
		expect((await visibleListSlugs(page)).sort()).toEqual(byText.map((site) => site.slug).sort());
		await waitForMarkerTotal(page, byText.filter((site) => located.includes(site)).length);
		expect(await page.isChecked(`input[name="kind"][value="${kind}"]`)).toBe(true);
		expect(await page.inputValue('select[name="district"]')).toBe(district);
		expect(await page.inputValue('input[name="q"]')).toBe(query);

		await page.fill('input[name="q"]', '没有这样的阵地');
		await expect.poll(() => page.locator('[data-no-match]').isVisible()).toBe(true);
		await waitForMarkerTotal(page, 0);
		await page.close();
	});

	test('spreads three sites at one point when their cluster is clicked, and opens each', async () => {
		const groups = new Map<string, DatasetSite[]>();
		for (const site of located) {
			const key = `${site.location!.lat},${site.location!.lng}`;
			groups.set(key, [...(groups.get(key) ?? []), site]);
		}
		const shared = [...groups.values()].find((group) => group.length >= 3);
		expect(shared, 'the dataset has three sites at one point').toBeDefined();
		const trio = shared!.slice(0, 3);

		const page = await openMap(context);
		// Zoom all the way in on them through the list, then close the spread to click the cluster.
		await page.locator(`li[data-slug="${trio[0]!.slug}"] [data-show-on-map]`).click();
		await page.waitForSelector('.site-popup');
		await page.locator('.leaflet-popup-close-button').click();
		await page.locator('.leaflet-popup').waitFor({ state: 'detached' });
		const box = (await page.locator('[data-map]').boundingBox())!;
		await page.mouse.click(box.x + 30, box.y + box.height - 30);

		const cluster = page.locator('[data-map] .site-cluster', { hasText: String(shared!.length) });
		await cluster.first().click();

		// The spread is animated: wait until the three markers stand apart.
		const distinctPositions = async () => {
			const spread = await Promise.all(
				trio.map((site) =>
					page.locator(`[data-map] img.site-marker[alt="${site.name}"]`).boundingBox(),
				),
			);
			const centres = spread.map((box) =>
				box ? `${Math.round(box.x + box.width / 2)},${Math.round(box.y)}` : 'hidden',
			);
			return new Set(centres.filter((centre) => centre !== 'hidden')).size;
		};
		await expect.poll(distinctPositions, { timeout: 5000 }).toBe(3);

		for (const site of trio) {
			const marker = page.locator(`[data-map] img.site-marker[alt="${site.name}"]`);
			await marker.click();
			await expect
				.poll(() =>
					page
						.locator('.site-popup-title')
						.innerText()
						.catch(() => ''),
				)
				.toBe(site.name);
			// The popup may cover the next marker of the spread, as it would for a visitor.
			await page.locator('.leaflet-popup-close-button').click();
		}
		await page.close();
	});

	test('highlights the list entry of a marker that is chosen', async () => {
		const page = await openMap(context, '/map/?kind=hospital');
		const marker = page.locator('[data-map] img.site-marker').first();
		const name = await marker.getAttribute('alt');
		await marker.click();

		const entry = page.locator('[data-site-list] > li.is-selected');
		await expect.poll(() => entry.count()).toBe(1);
		expect(await entry.locator('h3').innerText()).toBe(name);
		await page.close();
	});

	test('has no serious accessibility violation, and touch targets of at least 44 px', async () => {
		for (const path of ['/map/', '/en/map/?kind=park']) {
			const page = await openMap(context, path);
			if (path === '/map/') {
				await expect.poll(() => page.locator('main .site-cluster').count()).toBeGreaterThan(0);
			}
			expect(await smallTouchTargets(page)).toEqual([]);

			await page.locator('[data-show-on-map]:visible').first().click();
			await page.waitForSelector('.site-popup');
			expect(await page.locator('main .leaflet-marker-icon.site-marker').count()).toBeGreaterThan(
				0,
			);

			expect(await seriousAccessibilityViolations(page)).toEqual([]);
			expect(await smallTouchTargets(page)).toEqual([]);
			await page.close();
		}
	});

	test('draws every kind of marker at its own size, its pointer tip on the site', async () => {
		const page = await openMap(context);
		const [width, height] = markerIconSize;

		for (const kind of outreachSiteKinds) {
			// The opaque pixels of the icon drawn at the size the map gives it.
			const drawn = await page.evaluate(
				async ({ url, width, height }) => {
					const image = new Image();
					image.src = url;
					await image.decode();
					const canvas = document.createElement('canvas');
					canvas.width = width;
					canvas.height = height;
					const context = canvas.getContext('2d')!;
					context.drawImage(image, 0, 0, width, height);
					const { data } = context.getImageData(0, 0, width, height);

					const opaque = (x: number, y: number) => data[(y * width + x) * 4 + 3]! >= 128;
					const rows = [...Array(height).keys()].filter((y) =>
						[...Array(width).keys()].some((x) => opaque(x, y)),
					);
					const bottom = Math.max(...rows);
					const tipColumns = [...Array(width).keys()].filter((x) => opaque(x, bottom));
					const columns = [...Array(width).keys()].filter((x) => rows.some((y) => opaque(x, y)));
					return {
						natural: [image.naturalWidth, image.naturalHeight],
						top: Math.min(...rows),
						bottom,
						tipX: (Math.min(...tipColumns) + Math.max(...tipColumns) + 1) / 2,
						shapeWidth: Math.max(...columns) - Math.min(...columns) + 1,
					};
				},
				{ url: server.url + kindIconUrl(kind), width, height },
			);

			// The SVG's own size is the icon's, so it is drawn unscaled and fills the target.
			expect(drawn.natural, kind).toEqual([width, height]);
			expect(drawn.shapeWidth, kind).toBeGreaterThanOrEqual(36);
			// The tip (its white halo reaches a little further down) marks the anchor.
			expect(Math.abs(drawn.tipX - markerIconAnchor[0]), kind).toBeLessThanOrEqual(1);
			expect(drawn.bottom - markerIconAnchor[1], kind).toBeGreaterThanOrEqual(0);
			expect(drawn.bottom - markerIconAnchor[1], kind).toBeLessThanOrEqual(3);
			// A popup opens just above the shape, neither over it nor floating away.
			const popupBottom = markerIconAnchor[1] + markerPopupAnchor[1];
			expect(drawn.top - popupBottom, kind).toBeGreaterThanOrEqual(0);
			expect(drawn.top - popupBottom, kind).toBeLessThanOrEqual(4);
		}
		await page.close();
	});

	test('makes no request outside the site but for map tiles', () => {
		expect(offsite).toEqual([]);
	});
});

/**
 * Interactive elements in `main` smaller than 44 × 44 px, map markers and cluster icons
 * included (credits inside a sentence excepted).
 */
function smallTouchTargets(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const targets = document.querySelectorAll<HTMLElement>(
			'main a[href], main button, main input, main select, main [role="button"], main .leaflet-marker-icon',
		);
		const small: string[] = [];

		for (const element of targets) {
			// WCAG 2.5.8 exempts links inside a line of text, as the map credits are.
			if (element.closest('.leaflet-control-attribution')) continue;

			const target = element.closest('label') ?? element;
			const box = target.getBoundingClientRect();
			if (box.width === 0 && box.height === 0) continue;
			if (box.width < 43.5 || box.height < 43.5) {
				small.push(
					`${target.tagName.toLowerCase()}.${target.className} "${target.textContent?.trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
				);
			}
		}
		return small;
	});
}

describe('finding the nearest sites', () => {
	test('sorts the list by distance once the visitor allows it', async () => {
		// Next to a site that shares its point with no other, so that the nearest is unambiguous.
		const alone = located.find(
			(site) =>
				located.filter((other) => distanceInMetres(other.location!, site.location!) < 2_000)
					.length === 1,
		)!;
		const origin = { lat: alone.location!.lat + 0.001, lng: alone.location!.lng };
		const context = await newContext({
			geolocation: { latitude: origin.lat, longitude: origin.lng },
			permissions: ['geolocation'],
		});
		const page = await openMap(context);
		const usualFirst = (await visibleListSlugs(page))[0];
		const nearest = [...located].sort(
			(a, b) => distanceInMetres(origin, a.location!) - distanceInMetres(origin, b.location!),
		)[0]!;

		await page.getByRole('button', { name: '离我最近' }).click();
		await expect.poll(() => page.locator('[data-map-status]').innerText()).toContain(nearest.name);
		const first = page.locator('[data-site-list] > li').first();
		expect(await first.getAttribute('data-slug')).toBe(nearest.slug);
		expect(await first.locator('[data-distance]').innerText()).toMatch(/^距您约[\d.]+(米|公里)$/);

		await page.getByRole('button', { name: '恢复原来的顺序' }).click();
		expect(await page.locator('[data-site-list] > li').first().getAttribute('data-slug')).toBe(
			usualFirst,
		);
		expect(await page.locator('[data-distance]:visible').count()).toBe(0);
		await context.close();
	});

	test('says so and keeps the order when the visitor refuses', async () => {
		const context = await newContext({ permissions: [] });
		const page = await openMap(context, '/en/map/');
		const before = await visibleListSlugs(page);

		await page.getByRole('button', { name: 'Nearest to me' }).click();
		await expect
			.poll(() => page.locator('[data-map-status]').innerText())
			.toContain('did not allow this site to use your location');
		expect(await visibleListSlugs(page)).toEqual(before);
		await context.close();
	});
});

/**
 * A context whose browser answers every position request with `code` (a
 * GeolocationPositionError code), as a phone without a fix or past its timeout does.
 */
async function contextFailingToLocate(code: 2 | 3) {
	const context = await newContext({ permissions: ['geolocation'] });
	await context.addInitScript((failure: number) => {
		const calls = { count: 0 };
		Object.defineProperty(window, '__locateCalls', { value: calls });
		Geolocation.prototype.getCurrentPosition = function (_success, error) {
			calls.count += 1;
			// A real GeolocationPositionError, its constants on the prototype, cannot be made.
			const positionError = Object.create(GeolocationPositionError.prototype, {
				code: { value: failure },
				message: { value: failure === 3 ? 'Timeout expired' : 'Position unavailable' },
			}) as GeolocationPositionError;
			setTimeout(() => error?.(positionError), 50);
		};
	}, code);
	return context;
}

describe('finding the nearest sites when no position comes', () => {
	for (const [code, cause] of [
		[2, 'the position is unavailable'],
		[3, 'locating times out'],
	] as const) {
		test(`says so clearly and keeps the list in its order when ${cause}`, async () => {
			const context = await contextFailingToLocate(code);

			for (const [path, button, message] of [
				['/map/', '离我最近', '暂时无法获取您的位置'],
				['/en/map/', 'Nearest to me', 'Your location could not be found'],
			] as const) {
				const page = await openMap(context, path);
				const before = await visibleListSlugs(page);
				const nearMe = page.getByRole('button', { name: button });

				await nearMe.click();
				await expect.poll(() => page.locator('[data-map-status]').innerText()).toContain(message);
				const asked = await page.evaluate(
					() => (window as unknown as { __locateCalls: { count: number } }).__locateCalls.count,
				);
				expect(asked, 'the position was asked for once').toBe(1);
				expect(await visibleListSlugs(page)).toEqual(before);
				expect(await page.locator('[data-distance]:visible').count()).toBe(0);
				expect(await page.locator('[data-near-me-reset]').isVisible()).toBe(false);
				expect(await nearMe.isEnabled(), 'the visitor can try again').toBe(true);
				await page.close();
			}
			await context.close();
		});
	}
});

describe('the map on a phone', () => {
	test('starts with the list and sizes the map when it is shown', async () => {
		const context = await newContext({
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true,
		});
		const page = await openMap(context);

		expect(await page.locator('[data-map]').isVisible()).toBe(false);
		await page.getByRole('button', { name: '地图', exact: true }).click();

		await expect
			.poll(() => page.locator('[data-map]').evaluate((element) => element.clientWidth))
			.toBeGreaterThan(300);
		await waitForMarkerTotal(page, located.length);
		expect(await page.locator('[data-site-list]').isVisible()).toBe(false);
		await context.close();
	});
});

describe('the exports', () => {
	test('give GeoJSON with a feature per located site, every point inside Zhuzhou', async () => {
		const response = await fetch(`${server.url}/map/sites.geojson`);
		expect(response.headers.get('content-type')).toBe('application/geo+json; charset=utf-8');

		const collection = (await response.json()) as {
			type: string;
			features: Array<{ id: string; geometry: { type: string; coordinates: [number, number] } }>;
		};
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.features.map((feature) => feature.id).sort()).toEqual(
			located.map((site) => site.slug).sort(),
		);
		for (const { geometry } of collection.features) {
			const [lng, lat] = geometry.coordinates;
			expect(geometry.type).toBe('Point');
			expect(inside({ lat, lng }), `${lng}, ${lat}`).toBe(true);
		}

		const parks = (await (
			await fetch(`${server.url}/en/map/sites.geojson?kind=park`)
		).json()) as typeof collection;
		expect(parks.features).toHaveLength(located.filter((site) => site.kind === 'park').length);
	});

	test('give a CSV download that Excel opens with Chinese text, filtered like the page', async () => {
		const response = await fetch(`${server.url}/map/sites.csv?district=hetang`);
		expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(response.headers.get('content-disposition')).toMatch(
			/^attachment; filename="[^"]+\.csv"; filename\*=UTF-8''/,
		);

		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

		const text = new TextDecoder().decode(bytes);
		const rows = text.split('\r\n').filter((row) => row !== '');
		const hetang = sites.filter((site) => site.district === 'hetang');
		expect(rows).toHaveLength(hetang.length + 1);
		expect(rows[0]).toMatch(/^编号,名称,类型,所在区县,地址/);
		expect(rows.slice(1).every((row) => row.includes(',荷塘区,'))).toBe(true);
	});
});
