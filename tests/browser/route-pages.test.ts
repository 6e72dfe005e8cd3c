import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { startRouteServer, type RouteFixture } from './route-fixture.ts';
import { launchChromium } from './support/chromium.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations, visit } from './support/visit.ts';

const zh = messages('zh');
const en = messages('en');

let fixture: RouteFixture;
let browser: Browser;
let staff: BrowserContext;
let offsite: string[];
let certificatePath: string;

beforeAll(async () => {
	fixture = await startRouteServer();
	browser = await launchChromium();
	staff = await browser.newContext({
		httpCredentials: { username: 'staff', password: fixture.statsToken },
	});
	offsite = await guardOffsiteRequests(staff);
	certificatePath = await finishRoute();
});

afterAll(async () => {
	await browser?.close();
	await fixture?.close();
});

// A visitor who stamped every required stop, through the API; answers the certificate page.
async function finishRoute(): Promise<string> {
	const visitorId = crypto.randomUUID();
	const stamp = (slug: string, token: string) =>
		fetch(`${fixture.server.url}/api/checkins`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				idempotencyKey: crypto.randomUUID(),
				visitorId,
				stop: slug,
				method: 'qr',
				token,
				displayName: 'Ada <b>&',
				madeAt: new Date().toISOString(),
			}),
		});

	let passport: { certificate: { id: string } | null } = { certificate: null };
	for (const stop of fixture.required) {
		const token = new URL(fixture.qrAddress(stop.slug)).searchParams.get('t') ?? '';
		const response = await stamp(stop.slug, token);
		expect(response.status).toBe(201);
		passport = ((await response.json()) as { passport: typeof passport }).passport;
	}
	if (!passport.certificate) throw new Error('Stamping every required stop gave no certificate.');
	return `/route/certificate/${passport.certificate.id}/`;
}

const stopPath = () => `/route/${fixture.required[0]!.slug}/`;
const posterPath = () => `/route/posters/${fixture.required[0]!.slug}/`;

describe('the route’s pages in both languages', () => {
	test('answer 200 with no script error and no serious accessibility violation', async () => {
		const chinese = [
			'/route/',
			stopPath(),
			`/route/${fixture.stops.find((stop) => stop.sample)?.slug ?? fixture.stops[0]!.slug}/`,
			'/route/privacy/',
			'/route/stats/',
			certificatePath,
			'/route/posters/',
			posterPath(),
		];
		const problems: string[] = [];

		for (const path of [...chinese, ...chinese.map((path) => `/en${path}`)]) {
			const { page, status, consoleErrors } = await visit(staff, fixture.server.url + path);
			await page.waitForLoadState('networkidle');
			if (status !== 200) problems.push(`${path}: status ${status}`);
			for (const error of consoleErrors) problems.push(`${path}: console error ${error}`);
			for (const violation of await seriousAccessibilityViolations(page)) {
				problems.push(`${path}: ${violation}`);
			}
			await page.close();
		}

		expect(problems).toEqual([]);
		expect(offsite).toEqual([]);
	}, 300_000);
});

describe('the route page', () => {
	test('lists every stop in order with directions in words, without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		await guardOffsiteRequests(context);
		const page = await context.newPage();
		await page.goto(`${fixture.server.url}/route/`);

		const titles = await page.locator('ol.stops > li h3').allInnerTexts();
		expect(titles).toEqual(fixture.stops.map((stop) => stop.title.zh));
		const legs = await page.locator('ol.stops .leg').allInnerTexts();
		expect(legs).toHaveLength(fixture.stops.length - 1);
		expect(legs[0]).toMatch(/^从上一站往[东南西北]{1,2}约[\d.]+(米|公里)。$/);
		expect(await page.locator('[data-route-map]').isVisible()).toBe(false);
		expect(await page.locator('noscript').first().textContent()).toContain(
			zh.routeCheckin.progressNeedsScript,
		);
		await context.close();
	});

	test('shows the map with a marker per stop and the path, and says when tiles fail', async () => {
		const context = await browser.newContext();
		await guardOffsiteRequests(context);
		const page = await context.newPage();
		await page.goto(`${fixture.server.url}/en/route/`);

		await page.locator('.leaflet-marker-icon').first().waitFor({ timeout: 30_000 });
		expect(await page.locator('.leaflet-marker-icon').count()).toBe(fixture.stops.length);
		expect(await page.locator('.leaflet-overlay-pane path').count()).toBe(1);
		await page.locator('[data-map-notice]').waitFor({ state: 'visible', timeout: 30_000 });
		expect(await page.locator('[data-map-notice]').innerText()).toBe(
			en.routeCheckin.mapUnavailable,
		);
		await context.close();
	});

	test('shows progress out of the stops the certificate needs', async () => {
		const context = await browser.newContext();
		await guardOffsiteRequests(context);
		const page = await context.newPage();
		await page.goto(`${fixture.server.url}/route/`);

		const total = fixture.required.length;
		await page.locator('[data-passport]').waitFor({ state: 'visible' });
		expect(await page.locator('[data-progress-value]').innerText()).toBe(`0 / ${total}`);
		const badges = page.locator('[data-stamp-for]');
		expect(await badges.count()).toBe(fixture.stops.length);
		expect(await badges.first().innerText()).toContain(zh.routeCheckin.stamp.none);
		await context.close();
	});
});

describe('the certificate page', () => {
	test('escapes the visitor’s name and shows the verification link and QR code', async () => {
		const page = await staff.newPage();
		await page.goto(fixture.server.url + certificatePath);

		expect(await page.locator('.name').innerText()).toBe('Ada <b>&');
		expect(await page.locator('.verify [role="img"] svg').count()).toBe(1);
		const verify = await page.locator('.verify a').getAttribute('href');
		expect(verify).toMatch(/\/route\/verify\/[a-z2-7]{26}\/?$/);
		const png = await page.evaluate(async (src) => {
			const response = await fetch(src);
			const bytes = new Uint8Array(await response.arrayBuffer());
			return { type: response.headers.get('content-type'), signature: [...bytes.slice(1, 4)] };
		}, 'certificate.png');
		expect(png).toEqual({ type: 'image/png', signature: [0x50, 0x4e, 0x47] });
		await page.close();
	});
});

describe('the staff pages', () => {
	test('the poster prints on one A4 page with the QR code and the short code', async () => {
		const page = await staff.newPage();
		await page.goto(fixture.server.url + posterPath());

		expect(await page.locator('[data-short-code]').innerText()).toMatch(
			/^[0-9A-Z]{3}-[0-9A-Z]{3}$/,
		);
		expect(await page.locator('.qr svg').count()).toBe(1);
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages).toHaveLength(1);
		await page.close();
	});

	test('the stats page asks for the token, keeps it in the tab only, and shows the counts', async () => {
		const context = await browser.newContext();
		await guardOffsiteRequests(context);
		const page = await context.newPage();
		await page.goto(`${fixture.server.url}/en/route/stats/`);

		await page.getByLabel(en.routeStats.tokenLabel).fill('not the token');
		await page.getByRole('button', { name: en.routeStats.show }).click();
		await page.locator('[data-status]', { hasText: en.routeStats.unauthorized }).waitFor();

		await page.getByLabel(en.routeStats.tokenLabel).fill(fixture.statsToken);
		await page.getByRole('button', { name: en.routeStats.show }).click();
		const finished = page.getByRole('row', {
			name: new RegExp(en.routeStats.finished.replace(/[()]/g, '.')),
		});
		await finished.waitFor();

		const api = (await (
			await fetch(`${fixture.server.url}/api/stats`, {
				headers: { authorization: `Bearer ${fixture.statsToken}` },
			})
		).json()) as { visitors: { finished: number }; perStop: Array<{ checkins: number }> };
		expect(api.visitors.finished).toBe(1);
		expect(await finished.innerText()).toContain(String(api.visitors.finished));
		const total = api.perStop.reduce((sum, stop) => sum + stop.checkins, 0);
		expect(total).toBe(fixture.required.length);
		const perStop = page.getByRole('table', { name: en.routeStats.perStopHeading });
		expect(await perStop.locator('tfoot').innerText()).toContain(String(total));

		expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
		expect(await page.evaluate(() => sessionStorage.length)).toBe(1);
		await context.close();
	});
});
