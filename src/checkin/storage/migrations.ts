/**
 * The check-in tables, as numbered migrations applied in order on start. Each migration runs
 * once per database, inside a transaction that also records it; PostgreSQL additionally takes
 * an advisory lock so that instances starting together do not race. Add a migration by
 * appending one; never edit one that has shipped.
 */
import type { SqlDriver } from './driver.ts';

interface Migration {
	version: number;
	/** Only for this database; the other records the version and runs nothing. */
	only?: SqlDriver['dialect'];
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
	{
		version: 4,
		only: 'postgres',
		// A check-in on PostgreSQL made seven round trips to the server (BEGIN, five statements,
		// COMMIT), and the waiting between them, not the statements, set its cost. This function
		// takes the same steps as `record` in sql-store.ts, which SQLite still runs statement by
		// statement, in one call; a volatile function's statements each see what concurrent
		// transactions have committed, as separate statements do. The store tests run both.
		sql: () => [
			`CREATE FUNCTION boai_record_checkin(
				p_key TEXT, p_fingerprint TEXT, p_fingerprints TEXT[], p_id TEXT, p_visitor TEXT,
				p_name TEXT, p_stop TEXT, p_method TEXT, p_at TIMESTAMPTZ, p_day TEXT, p_bucket TEXT,
				p_received TIMESTAMPTZ, p_required TEXT[], p_certificate TEXT
			) RETURNS JSONB LANGUAGE plpgsql AS $$
			DECLARE
				v_request checkin_requests%ROWTYPE;
				v_checkin checkins%ROWTYPE;
				v_kind TEXT;
				v_replayed BOOLEAN := false;
			BEGIN
				INSERT INTO checkin_requests (idempotency_key, fingerprint, visitor_id, created_at)
				VALUES (p_key, p_fingerprint, p_visitor, p_received)
				ON CONFLICT (idempotency_key) DO NOTHING;

				IF NOT FOUND THEN
					-- The key was claimed by a request that committed first: answered as it was.
					SELECT * INTO v_request FROM checkin_requests WHERE idempotency_key = p_key;
					IF NOT FOUND OR NOT (v_request.fingerprint = ANY (p_fingerprints)) THEN
						RETURN jsonb_build_object('kind', 'conflict');
					END IF;
					IF p_name <> '' THEN
						INSERT INTO visitors (visitor_id, display_name, created_at, updated_at)
						VALUES (p_visitor, p_name, p_received, p_received)
						ON CONFLICT (visitor_id) DO UPDATE
						SET display_name = excluded.display_name, updated_at = excluded.updated_at
						WHERE excluded.display_name IS DISTINCT FROM visitors.display_name;
					END IF;
					SELECT * INTO v_checkin FROM checkins WHERE id = v_request.checkin_id;
					IF NOT FOUND THEN
						RAISE EXCEPTION 'check-in % is referenced by an idempotency key but missing',
							v_request.checkin_id;
					END IF;
					v_kind := CASE WHEN v_request.outcome = 'already_stamped'
						THEN 'already_stamped' ELSE 'stamped' END;
					v_replayed := true;
				ELSE
					-- Locks the visitor's row even when nothing changes, so that two last stamps
					-- arriving together issue one certificate.
					INSERT INTO visitors (visitor_id, display_name, created_at, updated_at)
					VALUES (p_visitor, p_name, p_received, p_received)
					ON CONFLICT (visitor_id) DO UPDATE
					SET display_name = excluded.display_name, updated_at = excluded.updated_at
					WHERE excluded.display_name IS NOT NULL
					AND excluded.display_name IS DISTINCT FROM visitors.display_name;

					INSERT INTO checkins (id, visitor_id, stop, method, at, day, distance_bucket, received_at)
					VALUES (p_id, p_visitor, p_stop, p_method, p_at, p_day, p_bucket, p_received)
					ON CONFLICT (visitor_id, stop) DO NOTHING
					RETURNING * INTO v_checkin;
					IF FOUND THEN
						v_kind := 'stamped';
					ELSE
						v_kind := 'already_stamped';
						SELECT * INTO v_checkin FROM checkins WHERE visitor_id = p_visitor AND stop = p_stop;
					END IF;

					UPDATE checkin_requests SET checkin_id = v_checkin.id, outcome = v_kind
					WHERE idempotency_key = p_key;

					IF v_kind = 'stamped' AND cardinality(p_required) > 0
						AND NOT EXISTS (SELECT 1 FROM certificates WHERE visitor_id = p_visitor)
						AND NOT EXISTS (
							SELECT 1 FROM unnest(p_required) AS required (stop)
							WHERE NOT EXISTS (
								SELECT 1 FROM checkins c WHERE c.visitor_id = p_visitor AND c.stop = required.stop
							)
						)
					THEN
						INSERT INTO certificates (id, visitor_id, issued_at)
						VALUES (p_certificate, p_visitor, p_received)
						ON CONFLICT (visitor_id) DO NOTHING;
					END IF;
				END IF;

				RETURN jsonb_build_object(
					'kind', v_kind,
					'replayed', v_replayed,
					'checkin', jsonb_build_object(
						'id', v_checkin.id, 'visitor_id', v_checkin.visitor_id, 'stop', v_checkin.stop,
						'method', v_checkin.method, 'at', v_checkin.at,
						'distance_bucket', v_checkin.distance_bucket
					),
					'visitor', (
						SELECT COALESCE(jsonb_agg(to_jsonb(r)), '[]'::jsonb) FROM (
							SELECT v.display_name, k.id AS certificate_id, k.issued_at,
								c.id, c.stop, c.method, c.at, c.distance_bucket
							FROM visitors v
							LEFT JOIN certificates k ON k.visitor_id = v.visitor_id
							LEFT JOIN checkins c ON c.visitor_id = v.visitor_id
							WHERE v.visitor_id = p_visitor
						) AS r
					)
				);
			END
			$$`,
		],
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
			const statements =
				!migration.only || migration.only === driver.dialect ? migration.sql(time) : [];
			for (const statement of statements) await tx.query(statement);
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
