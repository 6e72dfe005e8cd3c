import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import gcoord from 'gcoord';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { Wgs84 } from '../../src/geo/coordinates.ts';
import { distanceInMetres } from '../../src/geo/distance.ts';
import { wgs84ToGcj02 } from '../../src/geo/datum.ts';
import { launchChromium } from './support/chromium.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations } from './support/visit.ts';

// The Studio's geopoint input, rendered by a small test page (tests/browser/geopoint-harness/)
// as the Studio renders the outreach site's location field: its type compiled from the Studio's
// schema, its input chosen by the Studio's `renderInput`, its tiles from SANITY_STUDIO_MAP_TILES.
// The page records every patch the input hands to onChange.

const HARNESS = join(import.meta.dirname, 'geopoint-harness');
const types: Record<string, string> = {
	'.html': 'text/html',
	'.js': 'text/javascript',
	'.css': 'text/css',
};

let outDir = '';
let server: Server;
let origin = '';
let browser: Browser;
let context: BrowserContext;
let offsite: string[] = [];

interface Patch {
	type: string;
	value?: { _type: string; lat: number; lng: number };
}

beforeAll(async () => {
	outDir = await mkdtemp(join(tmpdir(), 'boai-geopoint-'));
	await build({ configFile: join(HARNESS, 'vite.config.ts'), build: { outDir } });

	server = createServer(async (request, response) => {
		const path = normalize(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
		const file = path === '' ? 'index.html' : path;
		try {
			const body = await readFile(join(outDir, file));
			response.writeHead(200, {
				'Content-Type': types[extname(file)] ?? 'application/octet-stream',
			});
			response.end(body);
		} catch {
			response.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 900, height: 800 } });
	offsite = await guardOffsiteRequests(context);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => server?.close(resolve));
	await rm(outDir, { recursive: true, force: true });
});

async function open(query = ''): Promise<Page> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${origin}/${query}`);
	await page.locator('.leaflet-container').waitFor();
	expect(errors).toEqual([]);
	return page;
}

async function patches(page: Page): Promise<Patch[]> {
	return page.evaluate(() => (window as unknown as { patches: Patch[] }).patches);
}

async function lastValue(page: Page) {
	const all = await patches(page);
	const last = all.at(-1);
	expect(last?.type).toBe('set');
	return last?.value as { _type: string; lat: number; lng: number };
}

async function clickMap(page: Page, dx = 0, dy = 0) {
	const box = await page.getByTestId('geopoint-map').boundingBox();
	if (!box) throw new Error('the map has no size');
	await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
}

/** The hosts the map's tiles are asked of (the requests themselves are blocked). */
async function tileHosts(page: Page): Promise<string[]> {
	await page.locator('img.leaflet-tile').first().waitFor({ state: 'attached' });
	const sources = await page
		.locator('img.leaflet-tile')
		.evaluateAll((tiles) => tiles.map((tile) => (tile as HTMLImageElement).src));
	return [...new Set(sources.map((source) => new URL(source).hostname.replace(/^webrd0\d\./, '')))];
}

const centre = { lat: 27.8274, lng: 113.134 };
// Degrees of longitude per screen pixel at zoom 15 in Web Mercator.
const degreesPerPixel = 360 / (256 * 2 ** 15);

describe('the Studio geopoint input', () => {
	test('the outreach site’s location field gets the map input from the Studio’s renderInput', async () => {
		const page = await open();
		const field = await page.evaluate(
			() => (window as unknown as { locationField: Record<string, unknown> }).locationField,
		);

		// The field as `locationField()` defines it: no tiles of its own, so the input chose them.
		expect(field).toMatchObject({ typeName: 'geopoint', title: '地图位置 (WGS-84)' });
		expect((field['options'] as { tiles?: unknown } | null)?.tiles).toBeUndefined();
		expect(await page.getByTestId('default-input').count()).toBe(0);
		expect(await page.getByTestId('geopoint-map').count()).toBe(1);
		expect(await tileHosts(page)).toEqual(['tile.openstreetmap.org']);
		await page.close();
	});

	test('a click on WGS-84 tiles stores the WGS-84 point under the pointer', async () => {
		const page = await open(`?lat=${centre.lat}&lng=${centre.lng}`);

		await clickMap(page);
		const atCentre = await lastValue(page);
		await clickMap(page, 100, 0);
		const east = await lastValue(page);

		expect(atCentre._type).toBe('geopoint');
		expect(distanceInMetres(atCentre, centre)).toBeLessThan(5);
		expect(east.lng - atCentre.lng).toBeCloseTo(100 * degreesPerPixel, 5);
		expect(east.lat).toBeCloseTo(atCentre.lat, 5);
		await expect
			.poll(() => page.getByTestId('geopoint-stored').textContent())
			.toContain(`纬度 ${east.lat.toFixed(6)}，经度 ${east.lng.toFixed(6)}`);
		await page.close();
	});

	test('a click on GCJ-02 tiles (AutoNavi/Gaode) still stores WGS-84', async () => {
		const page = await open(`?tiles=gaode&lat=${centre.lat}&lng=${centre.lng}`);
		expect(await tileHosts(page)).toEqual(['is.autonavi.com']);

		await clickMap(page);
		const stored = await lastValue(page);

		// The map is centred on the point as Gaode draws it; the click there is the WGS-84 point.
		// Had the input stored the GCJ-02 degrees read off the tiles unconverted, the stored
		// numbers would be these, several hundred metres off once read as WGS-84.
		const drawnAt = wgs84ToGcj02(centre);
		const unconverted: Wgs84 = { lat: drawnAt.lat, lng: drawnAt.lng };
		expect(distanceInMetres(stored, centre)).toBeLessThan(5);
		expect(distanceInMetres(stored, unconverted)).toBeGreaterThan(100);
		await page.close();
	});

	test('a GCJ-02 point pasted in is stored within a metre of gcoord’s conversion', async () => {
		const page = await open();
		const [lng, lat] = gcoord.transform([113.134, 27.8274], gcoord.GCJ02, gcoord.WGS84);

		await page.getByRole('textbox', { name: /粘贴坐标/ }).fill('113.134,27.8274');
		await page.getByLabel('坐标来自').selectOption('GCJ-02');
		await page.getByRole('button', { name: '使用这个坐标' }).click();
		const stored = await lastValue(page);

		expect(distanceInMetres(stored, { lat, lng })).toBeLessThan(1);
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toMatch(/从 GCJ-02 换算为 WGS-84/);
		await expect
			.poll(() => page.getByTestId('geopoint-stored').textContent())
			.toContain(`纬度 ${stored.lat.toFixed(6)}`);
		await page.close();
	});

	test('a WGS-84 point typed in is stored as it is', async () => {
		const page = await open();

		await page.getByRole('textbox', { name: /粘贴坐标/ }).fill('北纬27.90000°，东经113.10000°');
		await page.getByLabel('坐标来自').selectOption('WGS-84');
		await page.getByRole('textbox', { name: /粘贴坐标/ }).press('Enter');

		expect(await lastValue(page)).toEqual({ _type: 'geopoint', lat: 27.9, lng: 113.1 });
		await page.close();
	});

	test('dragging the marker stores where it was dropped', async () => {
		const page = await open(`?lat=${centre.lat}&lng=${centre.lng}`);
		const marker = await page.locator('.boai-geopoint-marker').boundingBox();
		if (!marker) throw new Error('no marker');

		const x = marker.x + marker.width / 2;
		const y = marker.y + marker.height / 2;
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x, y + 40, { steps: 5 });
		await page.mouse.move(x, y + 80, { steps: 5 });
		await page.mouse.up();
		const stored = await lastValue(page);

		expect(stored.lat).toBeLessThan(
			centre.lat - 60 * degreesPerPixel * Math.cos((centre.lat * Math.PI) / 180),
		);
		expect(stored.lng).toBeCloseTo(centre.lng, 4);
		await page.close();
	});

	test('coordinates that cannot be read are explained, and nothing is stored', async () => {
		const page = await open();

		await page.getByRole('textbox', { name: /粘贴坐标/ }).fill('株洲市天元区');
		await page.getByRole('button', { name: '使用这个坐标' }).click();

		await expect.poll(() => page.getByRole('status').textContent()).toMatch(/需要两个数字/);
		expect(await patches(page)).toEqual([]);
		await page.close();
	});

	test('has no serious accessibility problems and sends nothing off the machine but tiles', async () => {
		const page = await open(`?lat=${centre.lat}&lng=${centre.lng}`);

		expect(await seriousAccessibilityViolations(page)).toEqual([]);
		// The Studio's own stylesheet (bundled with `sanity`) asks Sanity's font host for Inter; the
		// input itself must ask nothing of anyone but the tile servers.
		expect(
			offsite.filter((url) => new URL(url).hostname !== 'design-system-static.sanity.io'),
		).toEqual([]);
		await page.screenshot({ path: join(tmpdir(), 'boai-geopoint-desktop.png') });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: join(tmpdir(), 'boai-geopoint-phone.png'), fullPage: true });
		await page.close();
	});
});
