import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import gcoord from 'gcoord';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { distanceInMetres } from '../../src/geo/distance.ts';
import { markerIconAnchor } from '../../src/map/kind-icons.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, visit } from './support/visit.ts';

// Tiles are blocked on this machine (and by guardOffsiteRequests), but Leaflet still lays
// the failed tile images out on the grid with their addresses: a tile's z/x/y and where it
// sits on screen give the geographic point under any pixel, independently of the site's code.

interface Point {
	lat: number;
	lng: number;
}

interface DatasetSite {
	slug: string;
	name: string;
	address: string;
	location: Point;
}

/** A tile as Leaflet laid it out: its address in the provider's grid and its screen box. */
interface PlacedTile {
	src: string;
	left: number;
	top: number;
}

type TileAddress = (src: URL) => { z: number; x: number; y: number } | null;

const TILE_SIZE = 256;
const ZHUZHOU = { south: 26.0, north: 28.2, west: 112.8, east: 114.1 };

// A site filtered to alone is drawn at the largest zoom the page fits to (15: about 4 m a
// pixel in Zhuzhou); marker and tiles are placed on whole pixels.
const METRES_TOLERANCE = 15;
// The WGS-84 → GCJ-02 shift is about 670 m in Zhuzhou; a test that confused them must fail.
const MINIMUM_SHIFT = 300;

let located: DatasetSite[];
let browser: Browser;

beforeAll(async () => {
	const text = await readFile(
		join(import.meta.dirname, '..', '..', 'content', 'data.ndjson'),
		'utf8',
	);
	located = text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line))
		.filter((document) => document._type === 'outreachSite' && document.location)
		.map((document) => ({
			slug: document.slug.current,
			name: document.name.zh,
			address: document.address.zh,
			location: { lat: document.location.lat, lng: document.location.lng },
		}))
		.filter(
			({ location: { lat, lng } }) =>
				lat >= ZHUZHOU.south && lat <= ZHUZHOU.north && lng >= ZHUZHOU.west && lng <= ZHUZHOU.east,
		);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
});

function toGcj02({ lat, lng }: Point): Point {
	const [gcjLng, gcjLat] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02);
	return { lat: gcjLat, lng: gcjLng };
}

/** The point at global Web Mercator pixel (x, y) of zoom `z` (Leaflet's EPSG:3857). */
function unproject(x: number, y: number, z: number): Point {
	const scale = TILE_SIZE * 2 ** z;
	const lng = (x / scale) * 360 - 180;
	const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
	return { lat, lng };
}

/** Sites whose name is in no other site's name or address: a search for it finds it alone. */
function sitesFoundAloneByName(count: number): DatasetSite[] {
	const alone = located.filter(
		(site) =>
			!located.some(
				(other) =>
					other !== site && (other.name.includes(site.name) || other.address.includes(site.name)),
			),
	);
	expect(alone.length, 'sites a search by name finds alone').toBeGreaterThanOrEqual(count);
	return alone.slice(0, count);
}

/** A context that records the requests to other hosts (blocked, like every such request). */
async function recordingContext() {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const notTiles = await guardOffsiteRequests(context);
	const tileRequests: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (url.hostname !== '127.0.0.1') tileRequests.push(url.href);
	});
	return { context, tileRequests, notTiles };
}

/** The tiles Leaflet laid out that `address` reads, with their place in the grid. */
async function laidOutTiles(page: Page, address: TileAddress) {
	const tiles: PlacedTile[] = await page.$$eval('[data-map] img.leaflet-tile', (images) =>
		images.map((image) => {
			const box = image.getBoundingClientRect();
			return { src: (image as HTMLImageElement).src, left: box.left, top: box.top };
		}),
	);

	return tiles.flatMap((tile) => {
		const at = address(new URL(tile.src));
		return at ? [{ ...tile, ...at }] : [];
	});
}

/** Opens the map filtered to `site`'s name, and waits until it shows it alone, zoomed in. */
async function openSiteAlone(
	context: BrowserContext,
	server: RunningServer,
	site: DatasetSite,
	address: TileAddress,
) {
	const { page } = await visit(context, `${server.url}/map/?q=${encodeURIComponent(site.name)}`);
	await page.waitForSelector('[data-map-page][data-map-state="ready"]', { timeout: 30_000 });
	expect(await page.locator('[data-site-list] > li:not([hidden])').count()).toBe(1);
	await page.locator(`[data-map] img.site-marker[alt="${site.name}"]`).waitFor();

	const deepest = async () => Math.max(0, ...(await laidOutTiles(page, address)).map((t) => t.z));
	await expect.poll(deepest, { timeout: 10_000 }).toBeGreaterThanOrEqual(14);

	// The cluster group slides a marker in (a CSS transition): measure it once it stands still.
	const marker = page.locator(`[data-map] img.site-marker[alt="${site.name}"]`);
	let last = '';
	await expect
		.poll(async () => {
			const box = JSON.stringify(await marker.boundingBox());
			const still = box === last;
			last = box;
			return still;
		})
		.toBe(true);
	return page;
}

/** The geographic point under the tip of `site`'s marker, read off the tile grid. */
async function pointUnderMarker(page: Page, site: DatasetSite, address: TileAddress) {
	const marker = page.locator(`[data-map] img.site-marker[alt="${site.name}"]`);
	const box = (await marker.boundingBox())!;
	const tip = { x: box.x + markerIconAnchor[0], y: box.y + markerIconAnchor[1] };

	// The tiles of the level on show: the deepest zoom in the grid.
	const tiles = await laidOutTiles(page, address);
	const zoom = Math.max(...tiles.map((tile) => tile.z));
	const tile = tiles.find((entry) => entry.z === zoom)!;

	const x = tile.x * TILE_SIZE + (tip.x - tile.left);
	const y = tile.y * TILE_SIZE + (tip.y - tile.top);
	return unproject(x, y, zoom);
}

const gaodeAddress: TileAddress = (src) => {
	if (!src.hostname.endsWith('.is.autonavi.com')) return null;
	const [z, x, y] = ['z', 'x', 'y'].map((name) => Number(src.searchParams.get(name)));
	return { z: z!, x: x!, y: y! };
};

const tiandituAddress: TileAddress = (src) => {
	if (!src.hostname.endsWith('.tianditu.gov.cn')) return null;
	const [z, y, x] = ['TILEMATRIX', 'TILEROW', 'TILECOL'].map((name) =>
		Number(src.searchParams.get(name)),
	);
	return { z: z!, x: x!, y: y! };
};

describe('the map on AutoNavi/Gaode tiles', () => {
	const attribution = '底图 © 高德软件 <b>株洲</b> & 测绘';
	const approvalNumber = 'GS(2025)5996号';
	let server: RunningServer;

	beforeAll(async () => {
		server = await startServer({
			MAP_TILES: 'gaode',
			TIANDITU_KEY: '',
			MAP_ATTRIBUTION: attribution,
			MAP_APPROVAL_NUMBER: approvalNumber,
		});
	});

	afterAll(async () => {
		await server?.stop();
	});

	test("draws each marker at gcoord's GCJ-02 conversion of its stored WGS-84 point", async () => {
		const { context, tileRequests, notTiles } = await recordingContext();

		for (const site of sitesFoundAloneByName(3)) {
			const page = await openSiteAlone(context, server, site, gaodeAddress);
			const drawn = await pointUnderMarker(page, site, gaodeAddress);
			const gcj = toGcj02(site.location);

			expect(distanceInMetres(gcj, site.location)).toBeGreaterThan(MINIMUM_SHIFT);
			expect(distanceInMetres(drawn, gcj), `${site.slug} from its GCJ-02 point`).toBeLessThan(
				METRES_TOLERANCE,
			);
			await page.close();
		}

		expect(tileRequests.length).toBeGreaterThan(0);
		for (const url of tileRequests) {
			expect(url).toMatch(/^https:\/\/webrd0[1-4]\.is\.autonavi\.com\/appmaptile\?/);
			expect(url).toContain('lang=zh_cn');
		}
		expect(notTiles).toEqual([]);
		await context.close();
	});

	test('keeps the GeoJSON export in WGS-84', async () => {
		const collection = (await (await fetch(`${server.url}/map/sites.geojson`)).json()) as {
			features: Array<{ id: string; geometry: { coordinates: [number, number] } }>;
		};
		const stored = new Map(located.map((site) => [site.slug, site.location]));

		expect(collection.features).toHaveLength(located.length);
		for (const { id, geometry } of collection.features) {
			const [lng, lat] = geometry.coordinates;
			expect(distanceInMetres({ lat, lng }, stored.get(id)!), id).toBeLessThan(0.5);
		}
	});

	test('shows the configured attribution and map approval number, as text', async () => {
		const { context, notTiles } = await recordingContext();

		for (const [path, line] of [
			['/map/', `审图号：${approvalNumber}`],
			['/en/map/', `Map approval number: ${approvalNumber}`],
		] as const) {
			const { page } = await visit(context, server.url + path);
			await page.waitForSelector('[data-map-page][data-map-state="ready"]', { timeout: 30_000 });

			const approval = page.locator('[data-map] .map-approval');
			expect(await approval.isVisible()).toBe(true);
			expect(await approval.innerText()).toBe(line);

			const credit = page.locator('[data-map] .leaflet-control-attribution:not(.map-approval)');
			expect(await credit.isVisible()).toBe(true);
			expect(await credit.innerText()).toContain(attribution);
			expect(await credit.locator('b').count(), 'the attribution is not read as HTML').toBe(0);

			// Both lie inside the map, where a reader of the map sees them.
			const map = (await page.locator('[data-map]').boundingBox())!;
			for (const box of [await approval.boundingBox(), await credit.boundingBox()]) {
				expect(box!.y + box!.height).toBeLessThanOrEqual(map.y + map.height + 0.5);
				expect(box!.y).toBeGreaterThanOrEqual(map.y);
			}
			await page.close();
		}
		expect(notTiles).toEqual([]);
		await context.close();
	});
});

describe('the map on Tianditu tiles', () => {
	const key = 'test-browser-key-1234';
	let server: RunningServer;

	beforeAll(async () => {
		server = await startServer({
			MAP_TILES: 'tianditu',
			TIANDITU_KEY: key,
			MAP_ATTRIBUTION: '',
			MAP_APPROVAL_NUMBER: '',
		});
	});

	afterAll(async () => {
		await server?.stop();
	});

	test('asks Tianditu for its Web Mercator tiles with the key, and draws markers unconverted', async () => {
		const { context, tileRequests, notTiles } = await recordingContext();
		const site = sitesFoundAloneByName(1)[0]!;

		const page = await openSiteAlone(context, server, site, tiandituAddress);
		const drawn = await pointUnderMarker(page, site, tiandituAddress);
		expect(distanceInMetres(drawn, site.location), 'from its WGS-84 point').toBeLessThan(
			METRES_TOLERANCE,
		);

		const layers = new Set<string>();
		expect(tileRequests.length).toBeGreaterThan(0);
		for (const href of tileRequests) {
			const url = new URL(href);
			expect(url.hostname).toMatch(/^t[0-7]\.tianditu\.gov\.cn$/);
			expect(url.searchParams.get('tk')).toBe(key);
			expect(url.searchParams.get('TILEMATRIXSET')).toBe('w');
			layers.add(url.searchParams.get('LAYER') ?? '');
		}
		expect([...layers].sort()).toEqual(['cva', 'vec']);
		expect(notTiles).toEqual([]);

		// No MAP_ATTRIBUTION and no approval number: the provider's own credit, no empty box,
		// and a warning for the operator, as a mainland deployment needs the number.
		const credit = page.locator('[data-map] .leaflet-control-attribution:not(.map-approval)');
		expect(await credit.innerText()).toContain('天地图');
		expect(await page.locator('[data-map] .map-approval').count()).toBe(0);
		expect(server.output()).toMatch(/tianditu base map is used without MAP_APPROVAL_NUMBER/);
		await page.close();
		await context.close();
	});
});
