import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { startRouteServer, type FixtureStop, type RouteFixture } from './route-fixture.ts';
import { launchChromium } from './support/chromium.ts';
import { guardOffsiteRequests, isTileFailure } from './support/visit.ts';

const zh = messages('zh');

let fixture: RouteFixture;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
let certificateId = '';

beforeAll(async () => {
	fixture = await startRouteServer();
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await fixture?.close();
});

/** A fresh visitor: a browser context of its own, allowed to share its position. */
async function newVisitor(position?: FixtureStop): Promise<BrowserContext> {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		permissions: ['geolocation'],
		geolocation: position
			? { latitude: position.lat, longitude: position.lng, accuracy: 10 }
			: undefined,
	});
	await guardOffsiteRequests(context);
	contexts.push(context);
	return context;
}

async function open(context: BrowserContext, path: string): Promise<Page> {
	const page = await context.newPage();
	page.on('pageerror', (error) => pageErrors.push(`${path}: ${error.message}`));
	page.on('console', (message) => {
		// A refused check-in is an API answer with a 4xx status, which Chromium logs.
		const fromApi = new URL(message.location().url || 'about:blank').pathname.startsWith('/api/');
		if (message.type() === 'error' && !isTileFailure(message) && !fromApi) {
			pageErrors.push(`${path}: ${message.text()} (${message.location().url})`);
		}
	});
	await page.goto(path.startsWith('http') ? path : fixture.server.url + path, {
		waitUntil: 'load',
	});
	return page;
}

const status = (page: Page) => page.locator('[data-checkin] [data-status]');
const stampState = (page: Page) => page.locator('[data-stamp-state]');

async function waitForText(page: Page, selector: string, text: string) {
	await page.locator(selector, { hasText: text }).first().waitFor({ timeout: 30_000 });
}

/** The check-in requests a page sends, by idempotency key. */
function recordCheckins(page: Page, into: Map<string, number>) {
	page.on('request', (request: Request) => {
		if (request.method() !== 'POST' || !request.url().endsWith('/api/checkins')) return;
		const key = (JSON.parse(request.postData() ?? '{}') as { idempotencyKey?: string })
			.idempotencyKey;
		if (key) into.set(key, (into.get(key) ?? 0) + 1);
	});
}

async function passport(page: Page) {
	const visitorId = await page.evaluate(
		() => (JSON.parse(localStorage.getItem('boai.route.visitor') ?? '{}') as { id?: string }).id,
	);
	const response = await fetch(`${fixture.server.url}/api/passport/${visitorId}`);
	return (await response.json()) as {
		stamps: Array<{ stop: string; method: string }>;
		completed: boolean;
		certificate: { id: string } | null;
	};
}

describe('checking in by location', () => {
	test('at the stop gives its stamp, and is announced in words', async () => {
		const stop = fixture.required[0]!;
		const context = await newVisitor(stop);
		const page = await open(context, `/route/${stop.slug}/`);

		await page.getByRole('button', { name: zh.routeCheckin.locationButton }).click();

		await waitForText(page, '[data-checkin] [data-status]', zh.routeCheckin.stamped(stop.title.zh));
		await waitForText(page, '[data-stamp-state]', zh.routeCheckin.stamp.stamped);
		expect(await status(page).getAttribute('role')).toBe('status');
		expect((await passport(page)).stamps).toEqual([
			expect.objectContaining({ stop: stop.slug, method: 'location' }),
		]);
	});

	test('far from the stop is refused, saying how far away the visitor is', async () => {
		const [stop, elsewhere] = [fixture.required[1]!, fixture.required[2]!];
		const context = await newVisitor(elsewhere);
		const page = await open(context, `/en/route/${stop.slug}/`);

		await page.getByRole('button', { name: messages('en').routeCheckin.locationButton }).click();

		await waitForText(page, '[data-checkin] [data-status]', 'did not work');
		const text = await status(page).innerText();
		expect(text).toMatch(/about \d+(\.\d)? (m|km) from the stop/);
		expect(await stampState(page).innerText()).toBe(messages('en').routeCheckin.stamp.none);
		expect(await page.locator('[data-history] li').count()).toBe(1);
	});
});

describe('checking in with the poster', () => {
	test('opening the QR code’s address checks the visitor in and takes the token out of it', async () => {
		const stop = fixture.required[2]!;
		const context = await newVisitor();
		const page = await open(context, fixture.qrAddress(stop.slug));

		await waitForText(page, '[data-checkin] [data-status]', zh.routeCheckin.stamped(stop.title.zh));
		expect(new URL(page.url()).searchParams.has('t')).toBe(false);
		expect((await passport(page)).stamps[0]).toMatchObject({ stop: stop.slug, method: 'qr' });
	});

	test('the short code printed on the poster checks the visitor in; a wrong one is refused', async () => {
		const stop = fixture.required[3]!;
		const auth = `Basic ${Buffer.from(`staff:${fixture.statsToken}`).toString('base64')}`;
		const poster = await fetch(`${fixture.server.url}/route/posters/${stop.slug}/`, {
			headers: { authorization: auth },
		});
		const code = /data-short-code[^>]*>([^<]+)</.exec(await poster.text())?.[1];
		expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}$/);

		const context = await newVisitor();
		const page = await open(context, `/route/${stop.slug}/`);
		const field = page.getByLabel(zh.routeCheckin.codeLabel);
		const submit = page.getByRole('button', { name: zh.routeCheckin.codeButton });

		await field.fill('XXX-XXX');
		await submit.click();
		await waitForText(page, '[data-checkin] [data-status]', zh.checkin.errors.bad_code);

		await field.fill(code!.toLowerCase().replace('-', ' '));
		await submit.click();
		await waitForText(page, '[data-checkin] [data-status]', zh.routeCheckin.stamped(stop.title.zh));
		await waitForText(page, '[data-stamp-state]', zh.routeCheckin.stamp.stamped);
	});

	test('the poster page is for staff only', async () => {
		const response = await fetch(
			`${fixture.server.url}/route/posters/${fixture.required[0]!.slug}/`,
		);

		expect(response.status).toBe(401);
		expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
		expect(await response.text()).not.toContain('data-short-code');
	});
});

describe('checking in offline', () => {
	test('two check-ins are kept and shown, then sent once each when two tabs come online together', async () => {
		const [first, second] = [fixture.required[4]!, fixture.required[5]!];
		const context = await newVisitor(first);
		const tab = await open(context, `/route/${first.slug}/`);

		// The service worker keeps the route's pages, so the second stop's page opens offline.
		await tab.evaluate(async (path) => {
			await navigator.serviceWorker.ready;
			const deadline = Date.now() + 30_000;
			while (Date.now() < deadline) {
				if (await caches.match(path)) return;
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
			throw new Error(`${path} was not stored for offline use`);
		}, `/route/${second.slug}/`);

		await context.setOffline(true);
		await tab.getByRole('button', { name: zh.routeCheckin.locationButton }).click();
		await waitForText(tab, '[data-checkin] [data-status]', zh.routeCheckin.recorded);
		await waitForText(tab, '[data-stamp-state]', zh.routeCheckin.stamp.pending);

		await context.setGeolocation({ latitude: second.lat, longitude: second.lng, accuracy: 10 });
		const other = await open(context, `/route/${second.slug}/`);
		await other.getByRole('button', { name: zh.routeCheckin.locationButton }).click();
		await waitForText(other, '[data-stamp-state]', zh.routeCheckin.stamp.pending);
		await waitForText(other, '[data-waiting]', zh.routeCheckin.waitingCount(2));
		await tab.reload({ waitUntil: 'load' });
		await waitForText(tab, '[data-waiting]', zh.routeCheckin.waitingCount(2));

		const sent = new Map<string, number>();
		recordCheckins(tab, sent);
		recordCheckins(other, sent);
		await context.setOffline(false);

		await waitForText(tab, '[data-stamp-state]', zh.routeCheckin.stamp.stamped);
		await waitForText(other, '[data-stamp-state]', zh.routeCheckin.stamp.stamped);
		await tab.locator('[data-waiting]').waitFor({ state: 'hidden' });
		expect([...sent.values()]).toEqual([1, 1]);

		const stamps = (await passport(tab)).stamps.map((stamp) => stamp.stop).sort();
		expect(stamps).toEqual([first.slug, second.slug].sort());
	}, 180_000);
});

describe('completing the route', () => {
	test('leads to a certificate with the visitor’s name, whose verification page confirms it', async () => {
		const context = await newVisitor();
		const route = await open(context, '/route/');
		await route.getByLabel(zh.routeCheckin.nameLabel).fill('小红');
		await route.getByRole('button', { name: zh.routeCheckin.nameSave }).click();
		await waitForText(route, '[data-name-status]', zh.routeCheckin.nameSaved);

		for (const stop of fixture.required) {
			const page = await open(context, fixture.qrAddress(stop.slug));
			await waitForText(page, '[data-stamp-state]', zh.routeCheckin.stamp.stamped);
			await page.close();
		}

		await route.reload({ waitUntil: 'load' });
		const total = fixture.required.length;
		await waitForText(route, '[data-progress-value]', `${total} / ${total}`);
		const link = route.getByRole('link', { name: zh.routeCheckin.certificateLink });
		await link.waitFor({ timeout: 30_000 });
		await link.click();
		await route.waitForURL(/\/route\/certificate\/[a-z2-7]+\/$/);

		const certificate = await route.locator('main').innerText();
		expect(certificate).toContain('小红');
		for (const stop of fixture.required) expect(certificate).toContain(stop.title.zh);
		const image = await fetch(new URL('certificate.png', route.url()));
		expect(image.status).toBe(200);
		expect(image.headers.get('content-type')).toBe('image/png');
		const svg = await (await fetch(new URL('certificate.svg', route.url()))).text();
		expect(svg).toContain('小红');

		// The link is absolute, on SITE_ORIGIN (unset here): it is followed on this server.
		certificateId = /certificate\/([a-z2-7]+)\//.exec(route.url())?.[1] ?? '';
		const verify = await route
			.getByRole('link', { name: /\/route\/verify\// })
			.getAttribute('href');
		expect(new URL(verify ?? '').pathname).toBe(`/route/verify/${certificateId}/`);
		await route.goto(fixture.server.url + new URL(verify ?? '').pathname);
		expect(await route.locator('main').innerText()).toContain(zh.checkin.verify.genuine);
	}, 180_000);

	test('an altered certificate id gets no certificate and no picture', async () => {
		expect(certificateId).toMatch(/^[a-z2-7]{26}$/);
		const last = certificateId.at(-1) === 'a' ? 'b' : 'a';
		const altered = certificateId.slice(0, -1) + last;

		const page = await fetch(`${fixture.server.url}/route/certificate/${altered}/`);
		const picture = await fetch(
			`${fixture.server.url}/route/certificate/${altered}/certificate.png`,
		);

		expect(page.status).toBe(404);
		expect(await page.text()).toContain(zh.routeCertificate.notFoundTitle);
		expect(picture.status).toBe(404);
	});
});

describe('the pages', () => {
	test('raised no script error', () => {
		expect(pageErrors).toEqual([]);
	});
});
