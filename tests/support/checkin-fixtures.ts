/**
 * A small route, keys and clock for the check-in tests, and the storages to run them on:
 * SQLite always; PostgreSQL when TEST_DATABASE_URL is set. In CI (`CI=true`) a missing
 * TEST_DATABASE_URL fails instead of skipping, so the PostgreSQL run cannot silently vanish.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

import { parseCheckinKeys, type CheckinKeys } from '../../src/checkin/keys.ts';
import type { CheckinStop } from '../../src/checkin/service.ts';
import { openCheckinStore } from '../../src/checkin/storage/open-store.ts';
import type { CheckinStore } from '../../src/checkin/storage/store.ts';
import { logger } from '../../src/log.ts';

/** Wednesday 6 May 2026, 10:00 in China. */
export const wednesdayMorning = new Date('2026-05-06T02:00:00Z');

export const secret = 'test-secret-0123456789-abcdefghijklmnop';
export const oldSecret = 'old-test-secret-9876543210-zyxwvutsrqpon';

/** Keys with only the current secret. */
export const keys: CheckinKeys = parseCheckinKeys({ CHECKIN_SECRET: secret }).keys!;

/** Three required stops and one sample stop (the planned museum). */
export const stops: CheckinStop[] = [
	{
		slug: 'alpha',
		title: { zh: '甲站', en: 'Alpha' },
		location: { lat: 27.8, lng: 113.15 },
		radius: 100,
		openingHours: [],
		sample: false,
	},
	{
		slug: 'beta',
		title: { zh: '乙站', en: 'Beta' },
		location: { lat: 27.85, lng: 113.1 },
		radius: 50,
		openingHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '17:30' }],
		sample: false,
	},
	{
		slug: 'gamma',
		title: { zh: '丙站', en: 'Gamma' },
		location: { lat: 27.9, lng: 113.2 },
		radius: 200,
		openingHours: [],
		sample: false,
	},
	{
		slug: 'museum',
		title: { zh: '博物馆', en: 'Museum' },
		location: { lat: 27.828, lng: 113.072 },
		radius: 100,
		openingHours: [
			{ days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '17:00' },
		],
		sample: true,
	},
];

export const postgresUrl = process.env.TEST_DATABASE_URL || undefined;
export const inCi = process.env.CI === 'true' || process.env.CI === '1';

/** A storage the suites run on, and how to get a fresh, empty one. */
export interface StorageKind {
	/** `sqlite-thread` is SQLite in a thread of its own, as the production server runs it. */
	name: 'sqlite' | 'sqlite-thread' | 'postgres';
	/** Whether the suite runs: PostgreSQL without a URL runs (and fails) only in CI. */
	enabled: boolean;
	fresh(): Promise<{ store: CheckinStore; url: string; cleanup: () => Promise<void> }>;
}

// Dropping a test database ends its connections, which the pool reports as a warning.
const quiet = logger.child({ module: 'checkin-test' }, { level: 'error' });

/** The SQLite worker's script, which Node runs from the source. */
export const sqliteWorker = new URL('../../src/checkin/storage/sqlite-worker.ts', import.meta.url);

async function freshSqlite(inThread = false) {
	const dir = mkdtempSync(join(tmpdir(), 'boai-checkin-'));
	const path = join(dir, 'checkins.sqlite');
	const store = await openCheckinStore({
		sqlitePath: path,
		sqliteWorker: inThread ? sqliteWorker : undefined,
		log: quiet,
	});
	return {
		store,
		url: path,
		cleanup: async () => {
			await store.close();
			rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** A new empty PostgreSQL database next to TEST_DATABASE_URL's, and how to drop it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
	if (!postgresUrl) {
		throw new Error(
			'CI is set but TEST_DATABASE_URL is not: start PostgreSQL with `scripts/ci/start-postgres.sh` and export the URL it prints as TEST_DATABASE_URL.',
		);
	}

	const name = `boai_test_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: postgresUrl });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();

	const url = new URL(postgresUrl);
	url.pathname = `/${name}`;
	return {
		url: url.href,
		drop: async () => {
			const client = new pg.Client({ connectionString: postgresUrl });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await client.end();
		},
	};
}

async function freshPostgres() {
	const database = await freshPostgresDatabase();
	const store = await openCheckinStore({
		databaseUrl: database.url,
		sqlitePath: ':memory:',
		log: quiet,
	});
	return {
		store,
		url: database.url,
		cleanup: async () => {
			await store.close();
			await database.drop();
		},
	};
}

export const storageKinds: StorageKind[] = [
	{ name: 'sqlite', enabled: true, fresh: () => freshSqlite() },
	{ name: 'sqlite-thread', enabled: true, fresh: () => freshSqlite(true) },
	{ name: 'postgres', enabled: Boolean(postgresUrl) || inCi, fresh: freshPostgres },
];

/** A check-in request body that passes at `alpha` by location, with overrides. */
export function locationRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		idempotencyKey: randomUUID(),
		visitorId: randomUUID(),
		stop: 'alpha',
		method: 'location',
		position: { lat: 27.8003, lng: 113.1501, accuracy: 15 },
		madeAt: wednesdayMorning.toISOString(),
		...overrides,
	};
}
