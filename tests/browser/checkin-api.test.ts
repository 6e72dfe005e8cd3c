/**
 * The check-in API over HTTP against the production build, on SQLite and (when
 * TEST_DATABASE_URL is set, or always in CI) on PostgreSQL: storage opened at start, each way
 * of checking in, the refusals, idempotency under concurrency, the certificate and its
 * verification page in both languages, fifty malformed requests, the statistics, a server
 * without secrets, a key rotation, per-address limits behind a proxy, and broken storage.
 *
 * The servers read a copy of the bundled dataset whose stops are always open, except the
 * sample stop, open only on the weekday after tomorrow: the tests do not depend on the hour
 * they run at, and the sample stop is closed now and for the day before.
 */
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Passport, Stats } from '../../src/checkin/api.ts';
import { parseCheckinKeys } from '../../src/checkin/keys.ts';
import { latestVersion } from '../../src/checkin/storage/migrations.ts';
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
let sampleStop: RouteStop;
let browser: Browser;
let contentDir: string;

const hour = 3_600_000;
const day = 24 * hour;
const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

// A minute ago: every stop but the sample one is open at any time in the test's dataset.
const madeAt = new Date(Date.now() - 60_000).toISOString();

// China's midnight today, and the weekday two days on: the only day the sample stop opens.
const chinaMidnight = Math.floor((Date.now() + 8 * hour) / day) * day - 8 * hour;
const sampleDay = (new Date(chinaMidnight + 8 * hour).getUTCDay() + 2) % 7;
/** Noon of the sample stop's opening day five days ago: open then, and more than a day back. */
const sampleOpenAt = new Date(chinaMidnight - 5 * day + 12 * hour).toISOString();

// The bundled dataset with the opening hours above; images and files are linked, not copied.
function writeTestContent(): string {
	const bundled = join(process.cwd(), 'content');
	const dir = mkdtempSync(join(tmpdir(), 'boai-checkin-content-'));
	const documents = readFileSync(join(bundled, 'data.ndjson'), 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as { _type: string; sample?: boolean });
	const hours = (document: { sample?: boolean }) =>
		document.sample === true
			? [
					{
						_key: 'test',
						_type: 'openingHours',
						days: [weekdays[sampleDay]],
						opens: '00:00',
						closes: '23:59',
					},
				]
			: [];
	const changed = documents.map((document) =>
		document._type === 'routeStop' ? { ...document, openingHours: hours(document) } : document,
	);

	mkdirSync(join(dir, 'content'));
	writeFileSync(
		join(dir, 'content', 'data.ndjson'),
		changed.map((document) => JSON.stringify(document)).join('\n') + '\n',
	);
	symlinkSync(join(bundled, 'images'), join(dir, 'content', 'images'));
	symlinkSync(join(bundled, 'files'), join(dir, 'content', 'files'));
	return dir;
}

beforeAll(async () => {
	const source = createEmbeddedSource({ contentDir: join(process.cwd(), 'content'), log: quiet });
	const route = await createContentRepository(source, { log: quiet }).route();
	stops = route?.stops ?? [];
	required = stops.filter((stop) => stop.sample !== true);
	sampleStop = stops.find((stop) => stop.sample === true)!;
	contentDir = writeTestContent();
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	rmSync(contentDir, { recursive: true, force: true });
});

/** Starts the built site on the test dataset, with `env` added. */
function startSite(env: Record<string, string>): Promise<RunningServer> {
	return startServer({ CONTENT_DIR: join(contentDir, 'content'), ...env });
}

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

async function post(
	server: RunningServer,
	body: unknown,
	init: { contentType?: string; forwardedFor?: string } = {},
) {
	const forwarded = init.forwardedFor ? { 'X-Forwarded-For': init.forwardedFor } : undefined;
	const response = await fetch(`${server.url}/api/checkins`, {
		method: 'POST',
		headers: { 'Content-Type': init.contentType ?? 'application/json', ...forwarded },
		body:
			typeof body === 'string'
				? body
				: Buffer.isBuffer(body)
					? new Uint8Array(body)
					: JSON.stringify(body),
	});
	return { status: response.status, body: (await response.json()) as any };
}

// A request of any method, which fetch cannot send for TRACE.
function rawRequest(
	server: RunningServer,
	method: string,
	path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
	return new Promise((resolve, reject) => {
		const outgoing = httpRequest(`${server.url}${path}`, { method }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk) => (body += chunk));
			response.on('end', () =>
				resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
			);
		});
		outgoing.on('error', reject);
		outgoing.end();
	});
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
	let databaseUrl = '';
	let sqlitePath = '';

	beforeAll(async () => {
		if (!enabled) return;

		const env: Record<string, string> = {
			CHECKIN_SECRET: secret,
			STATS_TOKEN: statsToken,
			SITE_ORIGIN: 'https://boai.example.cn',
		};
		if (name === 'postgres') {
			const database = await freshPostgresDatabase();
			env.DATABASE_URL = databaseUrl = database.url;
			cleanup = database.drop;
		} else {
			const dir = mkdtempSync(join(tmpdir(), 'boai-checkin-http-'));
			env.CHECKIN_DB_PATH = sqlitePath = join(dir, 'checkins.sqlite');
			cleanup = async () => rmSync(dir, { recursive: true, force: true });
		}
		server = await startSite(env);
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

		// Runs before any request reaches the API: only the start can have migrated the database.
		it('opens and migrates its storage when it starts (SQLite in WAL mode)', async () => {
			if (name === 'sqlite') {
				const db = new DatabaseSync(sqlitePath, { readOnly: true });
				const mode = db.prepare('PRAGMA journal_mode').get();
				const version = db.prepare('SELECT MAX(version) AS v FROM checkin_schema_migrations').get();
				db.close();
				expect(mode).toEqual({ journal_mode: 'wal' });
				expect(version).toEqual({ v: latestVersion });
			} else {
				const client = new pg.Client({ connectionString: databaseUrl });
				await client.connect();
				const { rows } = await client.query(
					'SELECT MAX(version) AS v FROM checkin_schema_migrations',
				);
				await client.end();
				expect(rows).toEqual([{ v: latestVersion }]);
			}
		});

		it('reports working check-in storage on /healthz', async () => {
			const response = await fetch(`${server.url}/healthz`);
			const report = (await response.json()) as any;

			expect(response.status).toBe(200);
			expect(report.checkinStorage).toMatchObject({ kind: name, ok: true });
			expect(report.status).not.toBe('failing');
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
			const closed = await post(server, request(sampleStop));
			const backdated = await post(server, request(sampleStop, { madeAt: sampleOpenAt }));

			expect(tooFar.body.error.code).toBe('too_far');
			expect(tooFar.body.error.details.distanceMetres).toBeGreaterThan(5000);
			expect(coarse.body.error.code).toBe('poor_accuracy');
			expect(forged.body.error.code).toBe('bad_token');
			expect(wrongCode.body.error.code).toBe('bad_code');
			expect(closed.status).toBe(422);
			expect(closed.body.error.code).toBe('closed');
			// Open at the time claimed, but more than a day before it reached the server.
			expect(backdated.status).toBe(422);
			expect(backdated.body.error.code).toBe('closed');
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

			const today = new Date(Date.parse(madeAt) + 8 * hour).toISOString().slice(0, 10);
			const on = (s: Stats, slug: string) =>
				s.perStopPerDay.find((row) => row.day === today && row.stop === slug)?.checkins ?? 0;
			expect(on(after, required[0]!.slug) - on(before, required[0]!.slug)).toBe(2);
			expect(on(after, required[1]!.slug) - on(before, required[1]!.slug)).toBe(1);
			expect(after.visitors.started - before.visitors.started).toBe(2);
			expect(after.visitors.finished - before.visitors.finished).toBe(1);
		});
	});
});

describe('methods the API and the site do not take', () => {
	let server: RunningServer;
	let dir: string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'boai-checkin-methods-'));
		server = await startSite({
			CHECKIN_SECRET: secret,
			CHECKIN_DB_PATH: join(dir, 'checkins.sqlite'),
		});
	});

	afterAll(async () => {
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('answers them 405, naming the methods allowed, in JSON on the API', async () => {
		const options = await rawRequest(server, 'OPTIONS', '/api/checkins');
		const get = await rawRequest(server, 'GET', '/api/checkins?lang=en');
		const remove = await rawRequest(server, 'DELETE', `/api/passport/${randomUUID()}`);

		expect(options.status).toBe(405);
		expect(options.headers.allow).toBe('POST');
		expect(JSON.parse(options.body).error.code).toBe('method_not_allowed');
		expect(get.status).toBe(405);
		expect(JSON.parse(get.body).error.message).toMatch(/does not take requests of this method/);
		expect(remove.headers.allow).toBe('GET, HEAD, PATCH');
	});

	it('answers HEAD as GET', async () => {
		const head = await rawRequest(server, 'HEAD', `/api/passport/${randomUUID()}`);

		expect(head.status).toBe(200);
		expect(head.body).toBe('');
	});

	it('answers TRACE 405 on any path without logging an error', async () => {
		const before = server.output().length;
		const api = await rawRequest(server, 'TRACE', '/api/checkins');
		const page = await rawRequest(server, 'TRACE', '/');

		expect([api.status, page.status]).toEqual([405, 405]);
		expect(page.headers.allow).toBe('GET, HEAD, POST, PATCH');
		expect(server.output().slice(before)).not.toMatch(/"level":(50|60)/);
	});
});

describe('a site started without CHECKIN_SECRET or STATS_TOKEN', () => {
	let server: RunningServer;
	let dir: string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'boai-checkin-bare-'));
		server = await startSite({
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

describe('a site rotating its key', () => {
	const oldSecret = 'browser-test-old-secret-9876543210-zyxwvu';
	const oldKeys = parseCheckinKeys({ CHECKIN_SECRET: oldSecret }).keys!;
	let dir: string;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'boai-checkin-rotation-'));
	});

	afterAll(() => {
		rmSync(dir, { recursive: true, force: true });
	});

	async function withRotation(until: string, work: (server: RunningServer) => Promise<void>) {
		const server = await startSite({
			CHECKIN_SECRET: secret,
			CHECKIN_SECRET_PREVIOUS: oldSecret,
			CHECKIN_SECRET_PREVIOUS_UNTIL: until,
			CHECKIN_DB_PATH: join(dir, `${randomUUID()}.sqlite`),
		});
		try {
			await work(server);
		} finally {
			await server.stop();
		}
	}

	it('accepts an old poster within the grace period', async () => {
		const stop = required[0]!;
		const tomorrow = new Date(Date.now() + day).toISOString();

		await withRotation(tomorrow, async (server) => {
			const scanned = await post(server, request(stop, { token: qrToken(stop.slug, oldKeys) }));
			expect(scanned.status).toBe(201);
		});
	});

	it('refuses an old poster once the grace period has ended, and takes the new one', async () => {
		const stop = required[0]!;
		const yesterday = new Date(Date.now() - day).toISOString();

		await withRotation(yesterday, async (server) => {
			const scanned = await post(server, request(stop, { token: qrToken(stop.slug, oldKeys) }));
			const typed = await post(
				server,
				request(stop, { method: 'code', code: shortCode(stop.slug, oldKeys) }),
			);
			const current = await post(server, request(stop));

			expect(scanned.status).toBe(403);
			expect(scanned.body.error.code).toBe('expired_token');
			expect(typed.body.error.code).toBe('expired_code');
			expect(current.status).toBe(201);
		});
	});
});

describe('a site behind a reverse proxy (TRUST_PROXY=1)', () => {
	let server: RunningServer;
	let dir: string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'boai-checkin-proxy-'));
		server = await startSite({
			CHECKIN_SECRET: secret,
			CHECKIN_DB_PATH: join(dir, 'checkins.sqlite'),
			// One request a minute on top of the burst of 300: the burst is what runs out.
			CHECKIN_ADDRESS_RATE: '1',
			TRUST_PROXY: '1',
		});
	});

	afterAll(async () => {
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	const passport = (forwardedFor: string) =>
		fetch(`${server.url}/api/passport/${randomUUID()}`, {
			headers: { 'X-Forwarded-For': forwardedFor },
		}).then((response) => response.status);

	it('limits each visitor address the proxy names, whatever the client wrote before it', async () => {
		const statuses: number[] = [];
		for (let batch = 0; batch < 15; batch++) {
			// The client makes up a new address each time; the proxy appends the real one.
			const spoofed = Array.from({ length: 20 }, (_, i) =>
				passport(`198.51.100.${batch * 20 + i}, 203.0.113.5`),
			);
			statuses.push(...(await Promise.all(spoofed)));
		}

		expect(statuses.filter((status) => status === 200)).toHaveLength(300);
		expect(await passport('203.0.113.5')).toBe(429);
		expect(await passport('203.0.113.5, 203.0.113.6')).toBe(200);
	});

	it('reads the address as the proxy names it on every spelling of an API address', async () => {
		const address = '203.0.113.90';
		const visitor = randomUUID();
		// `//api/…` is not one of the front routes' addresses: Astro's own route answers it.
		const other = await Promise.all(
			Array.from({ length: 300 }, () =>
				fetch(`${server.url}//api/passport/${visitor}`, {
					headers: { 'X-Forwarded-For': address },
				}).then((response) => response.status),
			),
		);

		expect(other.filter((status) => status === 200)).toHaveLength(300);
		// The same address's limit, run out on the other spelling; the proxy's own is untouched.
		expect(await passport(address)).toBe(429);
		expect(await passport('203.0.113.91')).toBe(200);
	});

	it('stamps a genuine QR scan from an address that typed many wrong codes', async () => {
		const stop = required[0]!;
		const address = '203.0.113.77';
		const wrong: number[] = [];
		for (let i = 0; i < 22; i++) {
			const answer = await post(server, request(stop, { method: 'code', code: 'AAA-AAA' }), {
				forwardedFor: address,
			});
			wrong.push(answer.status);
		}
		const scanned = await post(server, request(stop), { forwardedFor: address });

		expect(wrong.slice(0, 20).every((status) => status === 403)).toBe(true);
		expect(wrong.slice(20)).toEqual([429, 429]);
		expect(scanned.status).toBe(201);
	});
});

describe('a site whose check-in storage cannot be opened', () => {
	let server: RunningServer;
	let dir: string;

	beforeAll(async () => {
		dir = mkdtempSync(join(tmpdir(), 'boai-checkin-broken-'));
		// A file where the database's folder should be: SQLite cannot create anything there.
		writeFileSync(join(dir, 'not-a-folder'), '');
		server = await startSite({
			CHECKIN_SECRET: secret,
			CHECKIN_DB_PATH: join(dir, 'not-a-folder', 'checkins.sqlite'),
		});
	});

	afterAll(async () => {
		await server?.stop();
		rmSync(dir, { recursive: true, force: true });
	});

	it('says so clearly when it starts, naming the file', () => {
		expect(server.output()).toMatch(
			/the check-in storage cannot be opened \(the SQLite file .*not-a-folder\/checkins\.sqlite/,
		);
	});

	it('fails its health check but still serves its pages', async () => {
		const health = await fetch(`${server.url}/healthz`);
		const report = (await health.json()) as any;
		const head = await fetch(`${server.url}/healthz`, { method: 'HEAD' });

		expect(health.status).toBe(503);
		expect(report.status).toBe('failing');
		expect(report.checkinStorage).toMatchObject({ kind: 'sqlite', ok: false });
		expect(head.status).toBe(503);
		expect((await fetch(`${server.url}/route/`)).status).toBe(200);
	});

	it('answers check-ins 503, which the outbox retries', async () => {
		const answer = await post(server, request(required[0]!));

		expect(answer.status).toBe(503);
		expect(answer.body.error.code).toBe('unavailable');
	});
});
