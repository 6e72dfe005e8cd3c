/**
 * The check-in API over HTTP against the production build, on SQLite and (when
 * TEST_DATABASE_URL is set, or always in CI) on PostgreSQL: each way of checking in, the
 * refusals, idempotency under concurrency, the certificate and its verification page in both
 * languages, fifty malformed requests, the statistics, and a server without secrets.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Passport, Stats } from '../../src/checkin/api.ts';
import { parseCheckinKeys } from '../../src/checkin/keys.ts';
import { shortCode } from '../../src/checkin/short-code.ts';
import { qrToken } from '../../src/checkin/tokens.ts';
import { createEmbeddedSource } from '../../src/content/embedded.ts';
import type { RouteStop } from '../../src/content/models.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import { logger } from '../../src/log.ts';
import { freshPostgresDatabase, inCi, postgresUrl } from '../support/checkin-fixtures.ts';
import { malformedCheckins } from '../support/checkin-malformed.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { seriousAccessibilityViolations, visit } from './support/visit.ts';

const secret = 'browser-test-secret-0123456789-abcdefghij';
const statsToken = 'browser-test-stats-token';
const keys = parseCheckinKeys({ CHECKIN_SECRET: secret }).keys!;
const quiet = logger.child({ module: 'checkin-test' }, { level: 'error' });

let stops: RouteStop[] = [];
let required: RouteStop[] = [];
let browser: Browser;

// 10:00 China time on the latest weekday before now: every stop of the bundled route is open
// then, and it is recent enough (under a week) to be accepted as an offline check-in.
function latestWeekdayMorning(): string {
	const hour = 3_600_000;
	let at = Math.floor((Date.now() + 8 * hour) / (24 * hour)) * 24 * hour - 8 * hour + 10 * hour;
	const weekday = (t: number) => new Date(t + 8 * hour).getUTCDay();
	while (at > Date.now() - hour || weekday(at) === 0 || weekday(at) === 6) at -= 24 * hour;
	return new Date(at).toISOString();
}
const madeAt = latestWeekdayMorning();

beforeAll(async () => {
	const source = createEmbeddedSource({ contentDir: join(process.cwd(), 'content'), log: quiet });
	const route = await createContentRepository(source, { log: quiet }).route();
	stops = route?.stops ?? [];
	required = stops.filter((stop) => stop.sample !== true);
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
});

function request(stop: RouteStop, extra: Record<string, unknown> = {}) {
	return {
		idempotencyKey: randomUUID(),
		visitorId: randomUUID(),
		stop: stop.slug,
		method: 'qr',
		token: qrToken(stop.slug, keys),
		madeAt,
		...extra,
	};
}

async function post(server: RunningServer, body: unknown, init: { contentType?: string } = {}) {
	const response = await fetch(`${server.url}/api/checkins`, {
		method: 'POST',
		headers: { 'Content-Type': init.contentType ?? 'application/json' },
		body:
			typeof body === 'string'
				? body
				: Buffer.isBuffer(body)
					? new Uint8Array(body)
					: JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as any };
}

async function stats(server: RunningServer, token = statsToken) {
	const response = await fetch(`${server.url}/api/stats`, {
		headers: token ? { Authorization: `Bearer ${token}` } : {},
	});
	return { status: response.status, body: (await response.json()) as any };
}

const storages = [
	{ name: 'sqlite', enabled: true },
	{ name: 'postgres', enabled: Boolean(postgresUrl) || inCi },
];

describe.each(storages)('the check-in API of the built site on $name', ({ name, enabled }) => {
	let server: RunningServer;
	let cleanup: () => Promise<void> = async () => {};

	beforeAll(async () => {
		if (!enabled) return;

		const env: Record<string, string> = {
			CHECKIN_SECRET: secret,
			STATS_TOKEN: statsToken,
			SITE_ORIGIN: 'https://boai.example.cn',
		};
		if (name === 'postgres') {
			const database = await freshPostgresDatabase();
			env.DATABASE_URL = database.url;
			cleanup = database.drop;
		} else {
			const dir = mkdtempSync(join(tmpdir(), 'boai-checkin-http-'));
			env.CHECKIN_DB_PATH = join(dir, 'checkins.sqlite');
			cleanup = async () => rmSync(dir, { recursive: true, force: true });
		}
		server = await startServer(env);
	});

	afterAll(async () => {
		await server?.stop();
		await cleanup();
	});

	describe.skipIf(!enabled)('', () => {
		it('reads a route with required stops and a sample stop', () => {
			expect(required.length).toBeGreaterThanOrEqual(3);
			expect(stops.some((stop) => stop.sample === true)).toBe(true);
		});

		it('takes each way of checking in, and refuses each way of cheating', async () => {
			const [first, second, third] = required as [RouteStop, RouteStop, RouteStop];
			const at = { lat: first.location.lat, lng: first.location.lng, accuracy: 12 };
			const far = { ...at, lat: at.lat + 0.05 };

			const byLocation = await post(
				server,
				request(first, { method: 'location', position: at, token: undefined }),
			);
			const byQr = await post(server, request(second));
			const byCode = await post(
				server,
				request(third, { method: 'code', code: shortCode(third.slug, keys).toLowerCase() }),
			);
			expect([byLocation.status, byQr.status, byCode.status]).toEqual([201, 201, 201]);
			expect(byLocation.body.checkin.distanceBucket).toBe('0-25');

			const tooFar = await post(server, request(first, { method: 'location', position: far }));
			const coarse = await post(
				server,
				request(first, { method: 'location', position: { ...at, accuracy: 800 } }),
			);
			const forged = await post(server, request(first, { token: qrToken(second.slug, keys) }));
			const wrongCode = await post(server, request(first, { method: 'code', code: 'AAA-AAA' }));
			const midnight = new Date(Date.parse(madeAt) - 10 * 3_600_000).toISOString();
			const closed = await post(server, request(second, { madeAt: midnight }));

			expect(tooFar.body.error.code).toBe('too_far');
			expect(tooFar.body.error.details.distanceMetres).toBeGreaterThan(5000);
			expect(coarse.body.error.code).toBe('poor_accuracy');
			expect(forged.body.error.code).toBe('bad_token');
			expect(wrongCode.body.error.code).toBe('bad_code');
			expect(closed.status).toBe(422);
			expect(closed.body.error.code).toBe('closed');
		});

		it('stores a request sent three times, two at once, once; the same key elsewhere is 409', async () => {
			const [first, second] = required as [RouteStop, RouteStop];
			const body = request(first);

			const [a, b] = await Promise.all([post(server, body), post(server, body)]);
			const c = await post(server, body);
			expect([a.status, b.status].sort()).toEqual([200, 201]);
			expect(c.status).toBe(200);
			expect(new Set([a, b, c].map((answer) => answer.body.checkin.id)).size).toBe(1);

			const conflict = await post(server, {
				...body,
				stop: second.slug,
				token: qrToken(second.slug, keys),
			});
			expect(conflict.status).toBe(409);

			const passport = (await (
				await fetch(`${server.url}/api/passport/${body.visitorId}`)
			).json()) as Passport;
			expect(passport.stamps.map((stamp) => stamp.stop)).toEqual([first.slug]);
		});

		it('issues a certificate that its verification page confirms, in both languages', async () => {
			const visitorId = randomUUID();
			let passport: Passport | undefined;
			for (const stop of required) {
				const answer = await post(server, request(stop, { visitorId, displayName: '王小明' }));
				expect(answer.status).toBe(201);
				passport = answer.body.passport;
			}
			const certificate = passport!.certificate!;
			expect(passport!.completed).toBe(true);
			expect(certificate.verifyUrl).toBe(`https://boai.example.cn/route/verify/${certificate.id}/`);

			const context = await browser.newContext();
			for (const [prefix, genuine] of [
				['', '真实有效'],
				['/en', 'Genuine'],
			] as const) {
				const { page, status, consoleErrors } = await visit(
					context,
					`${server.url}${prefix}/route/verify/${certificate.id}/`,
				);
				expect(status).toBe(200);
				expect(consoleErrors).toEqual([]);
				await expect(page.locator('#verdict').textContent()).resolves.toContain(genuine);
				await expect(page.locator('.name').textContent()).resolves.toBe('王小明');
				expect(await page.locator('tbody tr').count()).toBe(required.length);
				expect(await seriousAccessibilityViolations(page)).toEqual([]);
				await page.close();
			}
			await context.close();
		});

		it('refuses an altered certificate id on the page and in the API', async () => {
			const visitorId = randomUUID();
			let passport: Passport | undefined;
			for (const stop of required)
				passport = (await post(server, request(stop, { visitorId }))).body.passport;
			const id = passport!.certificate!.id;
			const altered = id.slice(0, 10) + (id[10] === 'a' ? 'b' : 'a') + id.slice(11);

			const context = await browser.newContext();
			const { page, status } = await visit(context, `${server.url}/en/route/verify/${altered}/`);
			expect(status).toBe(404);
			await expect(page.locator('#verdict').textContent()).resolves.toContain('Not verified');
			expect(await seriousAccessibilityViolations(page)).toEqual([]);
			await context.close();

			const api = await fetch(`${server.url}/api/certificates/${altered}`);
			expect(api.status).toBe(404);
			expect((await fetch(`${server.url}/api/certificates/${id}`)).status).toBe(200);
		});

		it('answers fifty malformed requests with a 4xx each and leaves the data unchanged', async () => {
			const before = (await stats(server)).body as Stats;

			for (const { name: label, body, contentType } of malformedCheckins(
				request(required[0]!, {
					method: 'location',
					token: undefined,
					position: { ...required[0]!.location, accuracy: 10 },
				}),
			)) {
				const answer = await post(server, body, { contentType });
				expect(answer.status, label).toBeGreaterThanOrEqual(400);
				expect(answer.status, label).toBeLessThan(500);
				expect(typeof answer.body.error.code, label).toBe('string');
			}

			expect((await stats(server)).body.perStopPerDay).toEqual(before.perStopPerDay);
			expect((await stats(server)).body.visitors).toEqual(before.visitors);
		});

		it('keeps statistics behind the token, and they count what was checked in', async () => {
			expect((await stats(server, '')).status).toBe(401);
			expect((await stats(server, 'wrong')).status).toBe(401);

			const before = (await stats(server)).body as Stats;
			const visitors = [randomUUID(), randomUUID()];
			for (const stop of required) await post(server, request(stop, { visitorId: visitors[0] }));
			await post(server, request(required[0]!, { visitorId: visitors[1] }));
			const after = (await stats(server)).body as Stats;

			const day = new Date(Date.parse(madeAt) + 8 * 3_600_000).toISOString().slice(0, 10);
			const on = (s: Stats, slug: string) =>
				s.perStopPerDay.find((row) => row.day === day && row.stop === slug)?.checkins ?? 0;
			expect(on(after, required[0]!.slug) - on(before, required[0]!.slug)).toBe(2);
			expect(on(after, required[1]!.slug) - on(before, required[1]!.slug)).toBe(1);
			expect(after.visitors.started - before.visitors.started).toBe(2);
			expect(after.visitors.finished - before.visitors.finished).toBe(1);
		});
	});
});

describe('a site started without CHECKIN_SECRET or STATS_TOKEN', () => {
	let server: RunningServer;
	let dir: string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'boai-checkin-bare-'));
		server = await startServer({
			CHECKIN_DB_PATH: join(dir, 'checkins.sqlite'),
			CHECKIN_SECRET: '',
			STATS_TOKEN: '',
		});
	});

	afterAll(async () => {
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('serves its pages', async () => {
		expect((await fetch(`${server.url}/route/`)).status).toBe(200);
	});

	it('says QR check-ins are unavailable, still takes locations, and keeps statistics off', async () => {
		const stop = required[0]!;
		const qr = await post(server, request(stop));
		const location = await post(
			server,
			request(stop, { method: 'location', position: { ...stop.location, accuracy: 10 } }),
		);

		expect(qr.status).toBe(503);
		expect(qr.body.error.code).toBe('qr_unavailable');
		expect(location.status).toBe(201);
		expect((await stats(server, 'anything')).body.error.code).toBe('stats_unavailable');
		expect(server.output()).toContain('CHECKIN_SECRET is not set');
	});
});
