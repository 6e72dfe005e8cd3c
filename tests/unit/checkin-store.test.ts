/** The check-in storage, run the same way on SQLite and (when available) PostgreSQL. */
import { randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { openCheckinStore } from '../../src/checkin/storage/open-store.ts';
import { openPostgresDriver } from '../../src/checkin/storage/postgres-driver.ts';
import { openSqliteDriver } from '../../src/checkin/storage/sqlite-driver.ts';
import type { CheckinStore, NewCheckin } from '../../src/checkin/storage/store.ts';
import { logger } from '../../src/log.ts';
import { sqliteWorker, storageKinds, wednesdayMorning } from '../support/checkin-fixtures.ts';

const log = logger.child({ module: 'checkin-test' }, { level: 'error' });
const required = ['alpha', 'beta'];

function checkin(overrides: Partial<NewCheckin> = {}): NewCheckin {
	return {
		idempotencyKey: randomUUID(),
		fingerprint: 'fp',
		id: randomUUID(),
		visitorId: randomUUID(),
		displayName: null,
		stop: 'alpha',
		method: 'qr',
		at: wednesdayMorning,
		day: '2026-05-06',
		distanceBucket: null,
		receivedAt: wednesdayMorning,
		requiredStops: required,
		certificateId: `cert${randomUUID().replaceAll('-', '').slice(0, 22)}`,
		...overrides,
	};
}

describe.each(storageKinds)('the check-in store on $name', (kind) => {
	let store: CheckinStore;
	let url: string;
	let cleanup: () => Promise<void>;

	const reopen = () =>
		openCheckinStore(
			kind.name === 'postgres'
				? { databaseUrl: url, sqlitePath: ':memory:', log }
				: {
						sqlitePath: url,
						sqliteWorker: kind.name === 'sqlite-thread' ? sqliteWorker : undefined,
						log,
					},
		);

	beforeAll(async () => {
		if (!kind.enabled) return;
		({ store, url, cleanup } = await kind.fresh());
	});

	afterAll(async () => {
		await cleanup?.();
	});

	describe.skipIf(!kind.enabled)('', () => {
		it('runs its migrations once, however often it is opened', async () => {
			const before = await store.counts();
			// PostgreSQL instances may start together. SQLite is one process per file: two
			// connections in one process would block each other's event loop.
			const [second, third] =
				kind.name === 'postgres'
					? await Promise.all([reopen(), reopen()])
					: [await reopen(), await reopen()];

			expect(await second.counts()).toEqual(before);
			await Promise.all([second.close(), third.close()]);
		});

		it('keeps no coordinates: the check-ins table has exactly these columns', async () => {
			const driver =
				kind.name === 'postgres' ? openPostgresDriver(url, log) : openSqliteDriver(url);
			const rows =
				kind.name === 'postgres'
					? await driver.query(
							"SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'checkins'",
						)
					: await driver.query("SELECT name FROM pragma_table_info('checkins')");
			await driver.close();

			expect(rows.map((row) => row.name).sort()).toEqual(
				[
					'at',
					'day',
					'distance_bucket',
					'id',
					'method',
					'received_at',
					'stop',
					'visitor_id',
				].sort(),
			);
		});

		it('keeps what it answered after the process that wrote it is gone', async () => {
			const written = checkin({ displayName: '张三' });
			await store.record(written);

			const other = await reopen();
			const visitor = await other.visitor(written.visitorId);
			await other.close();

			expect(visitor.displayName).toBe('张三');
			expect(visitor.stamps.map((stamp) => stamp.id)).toEqual([written.id]);
		});

		it('stores a key once, answers a replay with the first check-in, and a changed one as a conflict', async () => {
			const first = checkin();
			const before = await store.counts();

			expect(await store.record(first)).toMatchObject({ kind: 'stamped', replayed: false });
			expect(await store.record({ ...first, id: randomUUID() })).toMatchObject({
				kind: 'stamped',
				replayed: true,
				checkin: { id: first.id },
			});
			expect(await store.record({ ...first, fingerprint: 'other', stop: 'beta' })).toEqual({
				kind: 'conflict',
			});

			const after = await store.counts();
			expect(after.checkins - before.checkins).toBe(1);
			expect(after.requests - before.requests).toBe(1);
		});

		it('stores exactly one of many identical requests arriving together', async () => {
			const request = checkin();
			const before = await store.counts();

			const results = await Promise.all(
				Array.from({ length: 12 }, () => store.record({ ...request, id: randomUUID() })),
			);

			expect(results.filter((r) => r.kind === 'stamped' && !r.replayed)).toHaveLength(1);
			expect(new Set(results.map((r) => (r.kind === 'conflict' ? null : r.checkin.id))).size).toBe(
				1,
			);
			expect((await store.counts()).checkins - before.checkins).toBe(1);
		});

		it('keeps many different visitors’ check-ins made at the same moment', async () => {
			const before = await store.counts();
			await Promise.all(Array.from({ length: 40 }, () => store.record(checkin())));

			expect((await store.counts()).checkins - before.checkins).toBe(40);
		});

		it('gives one stamp per visitor and stop, answering the existing one', async () => {
			const first = checkin();
			await store.record(first);
			const second = await store.record(checkin({ visitorId: first.visitorId, method: 'code' }));

			expect(second).toMatchObject({
				kind: 'already_stamped',
				checkin: { id: first.id, method: 'qr' },
			});
		});

		it('issues one certificate when the required stops are stamped, and finds it by id', async () => {
			const visitorId = randomUUID();
			await store.record(checkin({ visitorId, stop: 'alpha' }));
			expect((await store.visitor(visitorId)).certificate).toBeNull();

			const last = checkin({ visitorId, stop: 'beta' });
			await store.record(last);
			const visitor = await store.visitor(visitorId);
			expect(visitor.certificate?.id).toBe(last.certificateId);

			const found = await store.certificate(last.certificateId);
			expect(found?.stamps.map((stamp) => stamp.stop).sort()).toEqual(['alpha', 'beta']);
			expect(await store.certificate('nonexistent')).toBeNull();
			expect((await store.issueCertificate(visitorId, 'another', new Date())).id).toBe(
				last.certificateId,
			);
		});

		it('issues exactly one certificate when a visitor’s last two stamps arrive together', async () => {
			// Visitors already known: a new visitor's first row alone would make the two wait.
			const requiredStops = ['alpha', 'beta', 'gamma'];
			const visitors = Array.from({ length: 6 }, () => randomUUID());
			for (const visitorId of visitors) {
				await store.record(checkin({ visitorId, stop: 'alpha', requiredStops }));
			}
			const before = await store.counts();

			const results = await Promise.all(
				visitors.flatMap((visitorId) => [
					store.record(checkin({ visitorId, stop: 'beta', requiredStops })),
					store.record(checkin({ visitorId, stop: 'gamma', requiredStops })),
				]),
			);

			expect(results.every((result) => result.kind === 'stamped')).toBe(true);
			expect((await store.counts()).certificates - before.certificates).toBe(visitors.length);
			for (const visitorId of visitors) {
				expect((await store.visitor(visitorId)).certificate).not.toBeNull();
			}
		});

		it.runIf(kind.name === 'postgres')(
			'issues the certificate also where the server’s default isolation is REPEATABLE READ',
			async () => {
				// Each statement must see what the other stamp committed: the store asks for READ
				// COMMITTED on its connections whatever the server's default.
				const database = new URL(url).pathname.slice(1);
				const setDefault = async (sql: string) => {
					const admin = new pg.Client({ connectionString: url });
					await admin.connect();
					await admin.query(`ALTER DATABASE ${database} ${sql}`);
					await admin.end();
				};
				await setDefault("SET default_transaction_isolation TO 'repeatable read'");
				// A database's settings apply to the connections opened after them.
				const repeatable = await reopen();
				try {
					const requiredStops = ['alpha', 'beta', 'gamma'];
					const visitors = Array.from({ length: 10 }, () => randomUUID());
					for (const visitorId of visitors) {
						await repeatable.record(checkin({ visitorId, stop: 'alpha', requiredStops }));
					}

					await Promise.all(
						visitors.flatMap((visitorId) => [
							repeatable.record(checkin({ visitorId, stop: 'beta', requiredStops })),
							repeatable.record(checkin({ visitorId, stop: 'gamma', requiredStops })),
						]),
					);

					const certificates = await Promise.all(
						visitors.map(async (visitorId) => (await repeatable.visitor(visitorId)).certificate),
					);
					expect(certificates.filter((certificate) => certificate === null)).toEqual([]);
				} finally {
					await repeatable.close();
					await setDefault('RESET default_transaction_isolation');
				}
			},
		);

		it('keeps a name sent with a stamp, and one typed since when the stamp is sent again', async () => {
			const first = checkin({ displayName: '小红' });
			await store.record(first);
			await store.record(checkin({ visitorId: first.visitorId, stop: 'beta' }));
			expect((await store.visitor(first.visitorId)).displayName).toBe('小红');

			const resent = await store.record({ ...first, id: randomUUID(), displayName: '红红' });
			expect(resent).toMatchObject({ kind: 'stamped', replayed: true });
			expect((await store.visitor(first.visitorId)).displayName).toBe('红红');

			// An empty name is no name, on both paths.
			await store.record({ ...first, id: randomUUID(), displayName: '' });
			expect((await store.visitor(first.visitorId)).displayName).toBe('红红');
		});

		it.runIf(kind.name !== 'postgres')('keeps the SQLite file in WAL mode', () => {
			// The journal mode is stored in the file: a plain connection that sets nothing reads it.
			const plain = new DatabaseSync(url, { readOnly: true });
			const mode = plain.prepare('PRAGMA journal_mode').get();
			plain.close();

			expect(mode).toEqual({ journal_mode: 'wal' });
		});

		it('answers a stored key with its first check-in when any of the fingerprints matches', async () => {
			const first = checkin({ fingerprint: 'under-the-old-key' });
			await store.record(first);
			const resend = {
				idempotencyKey: first.idempotencyKey,
				visitorId: first.visitorId,
				displayName: '赵六',
				receivedAt: new Date(),
			};

			expect(
				await store.replay({ ...resend, fingerprints: ['under-the-new-key', 'under-the-old-key'] }),
			).toMatchObject({
				kind: 'stamped',
				replayed: true,
				checkin: { id: first.id },
				visitor: { displayName: '赵六' },
			});
			expect(await store.replay({ ...resend, fingerprints: ['something-else'] })).toEqual({
				kind: 'conflict',
			});
			expect(
				await store.replay({ ...resend, idempotencyKey: randomUUID(), fingerprints: ['x'] }),
			).toBeNull();
		});

		it('forgets one visitor entirely and leaves everyone else as they were', async () => {
			const visitorId = randomUUID();
			const other = checkin();
			await store.record(other);
			await store.record(checkin({ visitorId, stop: 'alpha', displayName: '钱七' }));
			const last = checkin({ visitorId, stop: 'beta' });
			await store.record(last);
			expect((await store.visitor(visitorId)).certificate?.id).toBe(last.certificateId);
			const before = await store.counts();

			expect(await store.forgetVisitor(visitorId)).toEqual({
				visitors: 1,
				checkins: 2,
				requests: 2,
				certificates: 1,
			});
			expect(await store.visitor(visitorId)).toEqual({
				displayName: null,
				stamps: [],
				certificate: null,
			});
			expect(await store.certificate(last.certificateId)).toBeNull();
			expect(await store.replay({ ...last, fingerprints: [last.fingerprint] })).toBeNull();
			expect((await store.visitor(other.visitorId)).stamps).toHaveLength(1);
			expect(await store.counts()).toEqual({
				checkins: before.checkins - 2,
				requests: before.requests - 2,
				visitors: before.visitors - 1,
				certificates: before.certificates - 1,
			});
			expect(await store.forgetVisitor(visitorId)).toEqual({
				visitors: 0,
				checkins: 0,
				requests: 0,
				certificates: 0,
			});
		});

		it('answers the health probe', async () => {
			await expect(store.ping()).resolves.toBeUndefined();
		});

		it('forgets old idempotency keys but keeps their check-ins', async () => {
			const old = checkin({ receivedAt: new Date('2026-01-01T00:00:00Z') });
			await store.record(old);
			const before = await store.counts();

			expect(await store.pruneRequests(new Date('2026-02-01T00:00:00Z'))).toBeGreaterThanOrEqual(1);
			const after = await store.counts();
			expect(after.checkins).toBe(before.checkins);
			expect(after.requests).toBeLessThan(before.requests);
		});
	});
});
