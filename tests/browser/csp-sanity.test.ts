/**
 * With Sanity configured — against a local stand-in for its API and CDN — visitors' browsers
 * never call Sanity: every image and file on every page comes through the site's proxy
 * (`/media/sanity/…`), at the size the page asks for, and the pages' policy names no Sanity
 * host. With the proxy turned off, the CDN appears in both, as configured.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { parsePolicy } from '../../src/security/csp.ts';
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-stand-in.ts';
import { waitForHall } from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { crawl, type CrawledPage } from './support/crawl.ts';
import { startServer, type RunningServer } from './support/server.ts';

let standIn: SanityStandIn;
let proxied: RunningServer;
let direct: RunningServer;
let browser: Browser;
let context: BrowserContext;
let pages: CrawledPage[];

beforeAll(async () => {
	standIn = await startSanityStandIn();
	[proxied, direct, browser] = await Promise.all([
		startServer(standIn.sanitySettings),
		startServer({ ...standIn.sanitySettings, SANITY_ASSET_PROXY: 'off' }),
		launchChromium(),
	]);
	context = await browser.newContext();
	pages = await crawl(proxied.url);
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await Promise.all([proxied?.stop(), direct?.stop()]);
	await standIn?.stop();
});

/** Every address in an attribute that loads or links something, and in inline JSON data. */
function addressesIn(html: string): string[] {
	const attributes = [...html.matchAll(/\s(?:src|srcset|href|poster|data-[\w-]*url)="([^"]*)"/gi)]
		.flatMap(([, value]) => (value ?? '').split(/,\s+/))
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
	const inJson = [
		...html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g),
	].flatMap(([, json]) =>
		[...(json ?? '').matchAll(/"(https?:\/\/[^"]+|\/[^"]*)"/g)].map(([, value]) => value ?? ''),
	);
	return [...attributes, ...inJson].map((value) => value.replace(/&amp;/g, '&'));
}

const sanityHost = (standInUrl: string) => (address: string) =>
	address.startsWith(standInUrl) || /(^|\/\/|\.)sanity\.io\b/.test(address);

describe('with the asset proxy on (the default)', () => {
	test('the crawl reached pages of every section, read from the stand-in', () => {
		const paths = pages.map((page) => page.path);
		for (const section of ['/', '/en/', '/stories/', '/museum/', '/map/', '/route/'])
			expect(paths).toContain(section);
		expect(standIn.requests.some((path) => path.includes('/data/query/'))).toBe(true);
		expect(pages.length).toBeGreaterThan(100);
	});

	test('no page references a Sanity host in a src, srcset, href or its data', () => {
		const found = pages.flatMap(({ path, html }) =>
			addressesIn(html)
				.filter(sanityHost(standIn.url))
				.map((address) => `${path}: ${address}`),
		);
		const proxiedImages = pages
			.flatMap(({ html }) => addressesIn(html))
			.filter((a) => a.startsWith('/media/sanity/images/'));

		expect(found).toEqual([]);
		expect(proxiedImages.length).toBeGreaterThan(20);
	});

	test('no page’s policy names a Sanity host', async () => {
		for (const path of ['/', '/museum/', '/en/stories/']) {
			const policy = (await fetch(proxied.url + path)).headers.get('Content-Security-Policy') ?? '';
			expect(policy).not.toContain(standIn.url);
			expect(policy).not.toMatch(/sanity\.io/);
		}
	});

	test('an image comes through the site at the size the page asks for, cached for a year', async () => {
		const address = pages
			.flatMap(({ html }) => addressesIn(html))
			.find(
				(a) => a.startsWith('/media/sanity/images/') && /[?&]w=\d+/.test(a) && /[?&]h=\d+/.test(a),
			);
		expect(address).toBeDefined();

		const response = await fetch(proxied.url + address);
		const { width, height, format } = await sharp(
			Buffer.from(await response.arrayBuffer()),
		).metadata();
		const asked = new URL(address!, proxied.url).searchParams;

		expect(response.status).toBe(200);
		expect(response.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect([width, height]).toEqual([Number(asked.get('w')), Number(asked.get('h'))]);
		expect(format).toBe('webp');
	});

	test('a file (a 3D model or a recording) comes through the site, ranges included', async () => {
		const file = pages
			.flatMap(({ html }) => addressesIn(html))
			.find((a) => a.startsWith('/media/sanity/files/'));
		expect(file).toBeDefined();

		const whole = await fetch(proxied.url + file);
		const part = await fetch(proxied.url + file, { headers: { Range: 'bytes=0-9' } });
		expect(whole.status).toBe(200);
		expect(part.status).toBe(206);
		expect((await part.arrayBuffer()).byteLength).toBe(10);
	});

	test('the proxy serves only this project’s assets, at sizes a page could ask for', async () => {
		const image = pages
			.flatMap(({ html }) => addressesIn(html))
			.find((a) => a.startsWith('/media/sanity/images/'))!;
		const otherProject = image.replace(`/${standIn.projectId}/`, '/someone-else/');
		const huge = image.replace(/([?&])w=\d+/, '$1w=99999');

		expect((await fetch(proxied.url + otherProject)).status).toBe(404);
		expect((await fetch(proxied.url + huge)).status).toBe(400);
		expect((await fetch(`${proxied.url}/media/sanity/images/../../etc/passwd`)).status).toBe(404);
	});

	test('a browser showing the pages and the 3D hall asks nothing of Sanity', async () => {
		const requested: string[] = [];
		context.on('request', (request) => requested.push(request.url()));
		const story = pages.find(({ path }) => /^\/stories\/[^/]+\/$/.test(path))!;

		for (const path of ['/', story.path, '/en/museum/']) {
			const page = await context.newPage();
			await page.goto(proxied.url + path, { waitUntil: 'networkidle' });
			await page.close();
		}
		const hall = await context.newPage();
		await hall.goto(`${proxied.url}/museum/?view=3d`);
		await waitForHall(hall);
		await hall.close();

		expect(requested.filter(sanityHost(standIn.url))).toEqual([]);
		expect(requested.some((address) => address.includes('/media/sanity/images/'))).toBe(true);
	}, 180_000);
});

describe('with SANITY_ASSET_PROXY=off', () => {
	test('pages load images from the CDN, and their policy names the CDN for images, media and fetches', async () => {
		const response = await fetch(`${direct.url}/stories/`);
		const html = await response.text();
		const policy = parsePolicy(response.headers.get('Content-Security-Policy') ?? '');

		expect(addressesIn(html).filter(sanityHost(standIn.url)).length).toBeGreaterThan(0);
		expect(html).not.toContain('/media/sanity/');
		for (const directive of ['img-src', 'media-src', 'connect-src']) {
			expect(policy.get(directive)).toContain(standIn.url);
		}
		expect(policy.get('script-src')).not.toContain(standIn.url);
		expect((await fetch(`${direct.url}/media/sanity/files/x`)).status).toBe(404);
	});
});
