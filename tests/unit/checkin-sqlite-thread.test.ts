/**
 * SQLite in a thread of its own, as the production server runs it: failures reach the caller
 * as errors that say what happened, and a worker that dies is replaced. (The store's behaviour
 * on this thread is tested with every other storage in `checkin-store.test.ts`.)
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

import { openCheckinStore } from '../../src/checkin/storage/open-store.ts';
import { openSqliteThread } from '../../src/checkin/storage/sqlite-thread.ts';
import type { CheckinStore, NewCheckin } from '../../src/checkin/storage/store.ts';
import { logger } from '../../src/log.ts';
import { sqliteWorker } from '../support/checkin-fixtures.ts';

const log = logger.child({ module: 'checkin-test' }, { level: 'error' });
const crashingWorker = new URL('../fixtures/workers/crashing-sqlite-worker.ts', import.meta.url);

const folders: string[] = [];
const stores: CheckinStore[] = [];

function databasePath(): string {
	const folder = mkdtempSync(join(tmpdir(), 'boai-thread-'));
	folders.push(folder);
	return join(folder, 'checkins.sqlite');
}

function checkin(): NewCheckin {
	const now = new Date();
	return {
		idempotencyKey: randomUUID(),
		fingerprint: 'fingerprint',
		id: randomUUID(),
		visitorId: randomUUID(),
		displayName: null,
		stop: 'alpha',
		method: 'qr',
		at: now,
		day: '2026-05-06',
		distanceBucket: null,
		receivedAt: now,
		requiredStops: ['alpha', 'beta'],
		certificateId: 'certificate',
	};
}

afterEach(async () => {
	await Promise.all(stores.splice(0).map((store) => store.close()));
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the SQLite store in its own thread', () => {
	it('refuses a file it cannot open, saying why', async () => {
		// The database's folder would have to be where a file is.
		const notAFolder = databasePath();
		writeFileSync(notAFolder, '');
		const opening = openCheckinStore({
			sqlitePath: join(notAFolder, 'checkins.sqlite'),
			sqliteWorker,
			log,
		});

		await expect(opening).rejects.toThrow(/ENOTDIR|EEXIST/);
	});

	it("passes on the database's own errors with their message and code", async () => {
		const store = openSqliteThread(databasePath(), sqliteWorker);
		stores.push(store);
		await store.migrate();

		const broken = { ...checkin(), stop: null } as unknown as NewCheckin;
		const failure = await store.record(broken).catch((error: unknown) => error);

		expect(failure).toBeInstanceOf(Error);
		expect((failure as Error).message).toMatch(/NOT NULL constraint failed: checkins\.stop/);
		expect((failure as { code?: string }).code).toBe('ERR_SQLITE_ERROR');
		// The failed check-in rolled back alone: the next one is stored.
		expect((await store.record(checkin())).kind).toBe('stamped');
	});

	it('fails the calls a dying worker owed, and starts a new one for the next call', async () => {
		const path = databasePath();
		const store = openSqliteThread(path, crashingWorker);
		stores.push(store);
		await store.migrate();
		await store.record(checkin());

		const ping = store.ping as (...args: unknown[]) => Promise<void>;
		await expect(ping('crash')).rejects.toThrow('the SQLite thread stopped (exit code 3)');

		expect((await store.counts()).checkins).toBe(1);
		expect((await store.record(checkin())).kind).toBe('stamped');
		expect((await store.counts()).checkins).toBe(2);
	});

	it('refuses calls once closed', async () => {
		const store = openSqliteThread(databasePath(), sqliteWorker);
		await store.migrate();
		await store.close();

		await expect(store.counts()).rejects.toThrow('the check-in store is closed');
	});

	it('sends the calls of one moment to the thread together, and answers each', async () => {
		const store = openSqliteThread(databasePath(), sqliteWorker);
		stores.push(store);
		await store.migrate();

		const results = await Promise.all(Array.from({ length: 200 }, () => store.record(checkin())));

		expect(results.every((result) => result.kind === 'stamped')).toBe(true);
		expect((await store.counts()).checkins).toBe(200);
	});
});
