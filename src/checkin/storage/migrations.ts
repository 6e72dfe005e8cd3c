/**
 * The check-in tables, as numbered migrations applied in order on start. Each migration runs
 * once per database, inside a transaction that also records it; PostgreSQL additionally takes
 * an advisory lock so that instances starting together do not race. Add a migration by
 * appending one; never edit one that has shipped.
 */
import type { SqlDriver } from './driver.ts';

interface Migration {
	version: number;
	sql: (time: string) => string[];
}

const migrations: Migration[] = [
	{
		version: 1,
		sql: (time) => [
			`CREATE TABLE visitors (
				visitor_id TEXT PRIMARY KEY,
				display_name TEXT,
				created_at ${time} NOT NULL,
				updated_at ${time} NOT NULL
			)`,
			`CREATE TABLE checkins (
				id TEXT PRIMARY KEY,
				visitor_id TEXT NOT NULL REFERENCES visitors (visitor_id),
				stop TEXT NOT NULL,
				method TEXT NOT NULL CHECK (method IN ('location', 'qr', 'code')),
				at ${time} NOT NULL,
				day TEXT NOT NULL,
				distance_bucket TEXT,
				received_at ${time} NOT NULL,
				UNIQUE (visitor_id, stop)
			)`,
			'CREATE INDEX checkins_by_day ON checkins (day, stop)',
			`CREATE TABLE checkin_requests (
				idempotency_key TEXT PRIMARY KEY,
				fingerprint TEXT NOT NULL,
				visitor_id TEXT NOT NULL,
				checkin_id TEXT REFERENCES checkins (id),
				outcome TEXT,
				created_at ${time} NOT NULL
			)`,
			'CREATE INDEX checkin_requests_by_age ON checkin_requests (created_at)',
			`CREATE TABLE certificates (
				id TEXT PRIMARY KEY,
				visitor_id TEXT NOT NULL UNIQUE REFERENCES visitors (visitor_id),
				issued_at ${time} NOT NULL
			)`,
		],
	},
	{
		version: 2,
		// Fingerprints of version 1 were plain SHA-256 hashes, from which a position could be
		// recovered by trying the points around a stop. They are dropped with their keys: a
		// check-in resent after this is decided again and finds its stamp already there.
		// Forgetting a visitor deletes their keys, hence the index.
		sql: () => [
			'DELETE FROM checkin_requests',
			'CREATE INDEX checkin_requests_by_visitor ON checkin_requests (visitor_id)',
		],
	},
	{
		version: 3,
		// Every index is written on every check-in, and one keyed by random ids costs a page
		// written somewhere in the middle of the file each time: these two took about a quarter
		// of the time a check-in spends in SQLite. They served only the statistics and forgetting
		// a visitor, which staff run now and then and which read the whole table quickly enough.
		sql: () => ['DROP INDEX checkins_by_day', 'DROP INDEX checkin_requests_by_visitor'],
	},
];

// Any number: it only has to be the same in every instance of the site.
const advisoryLock = 6_062_026;

/** Applies the migrations this database lacks; answers how many were applied. */
export async function migrate(driver: SqlDriver): Promise<number> {
	const time = driver.dialect === 'postgres' ? 'TIMESTAMPTZ' : 'TEXT';

	return driver.transaction(async (tx) => {
		if (driver.dialect === 'postgres') {
			await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLock]);
		}
		await tx.query(
			`CREATE TABLE IF NOT EXISTS checkin_schema_migrations (version INTEGER PRIMARY KEY, applied_at ${time} NOT NULL)`,
		);

		const [row] = await tx.query(
			'SELECT CAST(COALESCE(MAX(version), 0) AS INTEGER) AS version FROM checkin_schema_migrations',
		);
		const applied = Number(row?.version ?? 0);
		const pending = migrations.filter((migration) => migration.version > applied);

		for (const migration of pending) {
			for (const statement of migration.sql(time)) await tx.query(statement);
			await tx.query(
				'INSERT INTO checkin_schema_migrations (version, applied_at) VALUES ($1, $2)',
				[migration.version, new Date()],
			);
		}
		return pending.length;
	});
}

/** The newest migration's version, for tests. */
export const latestVersion = migrations.at(-1)!.version;
