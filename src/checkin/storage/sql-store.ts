/**
 * The check-in store over either database. The SQL is written once, with `$1` parameters and
 * only what SQLite and PostgreSQL share (`ON CONFLICT … DO NOTHING RETURNING`); the
 * differences are matching a list of stops (`inStops`) and storing a check-in, which
 * PostgreSQL does in one call of a function (migration 4) to save six round trips.
 *
 * Concurrency: the idempotency key is inserted first, so a second request with the same key
 * waits for the first to commit and then reads its outcome; the visitor's row is then locked
 * (an upsert), so two last stamps arriving together still issue exactly one certificate: the
 * second reads the visitor after the first has committed, certificate included.
 */
import type { CheckinMethod, DistanceBucket } from '../api.ts';
import type { Row, SqlDriver, SqlRunner } from './driver.ts';
import { migrate } from './migrations.ts';
import type {
	CheckinStore,
	ForgetResult,
	NewCheckin,
	RecordResult,
	ReplayRequest,
	StoredCertificate,
	StoredCheckin,
	VisitorRecord,
} from './store.ts';

function iso(value: unknown): string {
	return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

function toCheckin(row: Row): StoredCheckin {
	return {
		id: String(row.id),
		visitorId: String(row.visitor_id),
		stop: String(row.stop),
		method: row.method as CheckinMethod,
		at: iso(row.at),
		distanceBucket: (row.distance_bucket ?? null) as DistanceBucket | null,
	};
}

function toCertificate(row: Row): StoredCertificate {
	return { id: String(row.id), visitorId: String(row.visitor_id), issuedAt: iso(row.issued_at) };
}

const checkinColumns = 'id, visitor_id, stop, method, at, distance_bucket';

/** A store over `driver`; call `migrate()` before anything else. */
export function createSqlStore(driver: SqlDriver): CheckinStore {
	// Matches `stop` against a list passed as one parameter.
	const inStops = (param: string) =>
		driver.dialect === 'postgres'
			? `stop = ANY(${param}::text[])`
			: `stop IN (SELECT value FROM json_each(${param}))`;
	const stopList = (stops: readonly string[]) =>
		driver.dialect === 'postgres' ? [...stops] : JSON.stringify(stops);

	// A returning visitor's row is written again only for a new name (`updated_at` is when the
	// name last changed): rewriting it on every stamp cost a page written in the middle of the
	// file. PostgreSQL still locks the row when the WHERE is false, which the certificate needs.
	async function upsertVisitor(tx: SqlRunner, visitorId: string, name: string | null, now: Date) {
		await tx.query(
			`INSERT INTO visitors (visitor_id, display_name, created_at, updated_at) VALUES ($1, $2, $3, $3)
			 ON CONFLICT (visitor_id) DO UPDATE
			 SET display_name = excluded.display_name, updated_at = excluded.updated_at
			 WHERE excluded.display_name IS NOT NULL
			 AND excluded.display_name IS DISTINCT FROM visitors.display_name`,
			[visitorId, name, now],
		);
	}

	async function checkinById(tx: SqlRunner, id: string): Promise<StoredCheckin> {
		const [row] = await tx.query(`SELECT ${checkinColumns} FROM checkins WHERE id = $1`, [id]);
		if (!row) throw new Error(`check-in ${id} is referenced by an idempotency key but missing`);
		return toCheckin(row);
	}

	async function replayIn(tx: SqlRunner, request: ReplayRequest): Promise<RecordResult | null> {
		const [stored] = await tx.query(
			'SELECT fingerprint, checkin_id, outcome FROM checkin_requests WHERE idempotency_key = $1',
			[request.idempotencyKey],
		);
		if (!stored) return null;
		if (!request.fingerprints.includes(String(stored.fingerprint))) return { kind: 'conflict' };

		// An outbox may resend with a name typed since: the name is not part of the fingerprint.
		if (request.displayName) {
			await upsertVisitor(tx, request.visitorId, request.displayName, request.receivedAt);
		}
		const checkin = await checkinById(tx, String(stored.checkin_id));
		const kind = stored.outcome === 'already_stamped' ? 'already_stamped' : 'stamped';
		const visitor = await readVisitor(tx, request.visitorId);
		return { kind, checkin, replayed: true, visitor };
	}

	// The key was claimed by a request that committed first: answer as it was answered.
	async function replayClaimed(tx: SqlRunner, checkin: NewCheckin): Promise<RecordResult> {
		const fingerprints = [checkin.fingerprint, ...(checkin.previousFingerprints ?? [])];
		const replayed = await replayIn(tx, { ...checkin, fingerprints });
		return replayed ?? { kind: 'conflict' };
	}

	// The route is complete when the visitor has every required stop; the certificate is then
	// issued in the same transaction as the stamp that completed it.
	async function issueIfComplete(tx: SqlRunner, checkin: NewCheckin, visitor: VisitorRecord) {
		if (visitor.certificate || checkin.requiredStops.length === 0) return visitor;

		const stamped = new Set(visitor.stamps.map((stamp) => stamp.stop));
		if (!checkin.requiredStops.every((stop) => stamped.has(stop))) return visitor;

		const [row] = await tx.query(
			`INSERT INTO certificates (id, visitor_id, issued_at) VALUES ($1, $2, $3)
			 ON CONFLICT (visitor_id) DO NOTHING RETURNING id, visitor_id, issued_at`,
			[checkin.certificateId, checkin.visitorId, checkin.receivedAt],
		);
		// None inserted: another stamp completing the route at the same moment issued it first.
		return row
			? { ...visitor, certificate: toCertificate(row) }
			: readVisitor(tx, checkin.visitorId);
	}

	// PostgreSQL: the same steps as `record` below, in one call of the function that migration 4
	// made; a single statement is a transaction of its own.
	async function recordInOneCall(checkin: NewCheckin): Promise<RecordResult> {
		const [row] = await driver.query(
			'SELECT boai_record_checkin($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) AS result',
			[
				checkin.idempotencyKey,
				checkin.fingerprint,
				[checkin.fingerprint, ...(checkin.previousFingerprints ?? [])],
				checkin.id,
				checkin.visitorId,
				checkin.displayName,
				checkin.stop,
				checkin.method,
				checkin.at,
				checkin.day,
				checkin.distanceBucket,
				checkin.receivedAt,
				[...checkin.requiredStops],
				checkin.certificateId,
			],
		);
		const result = row?.result as
			| { kind: 'conflict' }
			| { kind: 'stamped' | 'already_stamped'; replayed: boolean; checkin: Row; visitor: Row[] }
			| undefined;
		if (!result) throw new Error('boai_record_checkin returned no result');
		if (result.kind === 'conflict') return result;

		return {
			kind: result.kind,
			checkin: toCheckin(result.checkin),
			replayed: result.replayed,
			visitor: visitorFromRows(result.visitor, checkin.visitorId),
		};
	}

	async function record(checkin: NewCheckin): Promise<RecordResult> {
		if (driver.dialect === 'postgres') return recordInOneCall(checkin);

		return driver.transaction(async (tx) => {
			const claimed = await tx.query(
				`INSERT INTO checkin_requests (idempotency_key, fingerprint, visitor_id, created_at)
				 VALUES ($1, $2, $3, $4) ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key`,
				[checkin.idempotencyKey, checkin.fingerprint, checkin.visitorId, checkin.receivedAt],
			);
			if (claimed.length === 0) return replayClaimed(tx, checkin);

			await upsertVisitor(tx, checkin.visitorId, checkin.displayName, checkin.receivedAt);

			const inserted = await tx.query(
				`INSERT INTO checkins (id, visitor_id, stop, method, at, day, distance_bucket, received_at)
				 VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (visitor_id, stop) DO NOTHING RETURNING ${checkinColumns}`,
				[
					checkin.id,
					checkin.visitorId,
					checkin.stop,
					checkin.method,
					checkin.at,
					checkin.day,
					checkin.distanceBucket,
					checkin.receivedAt,
				],
			);
			const kind = inserted.length > 0 ? 'stamped' : 'already_stamped';
			const [row] =
				inserted.length > 0
					? inserted
					: await tx.query(
							`SELECT ${checkinColumns} FROM checkins WHERE visitor_id = $1 AND stop = $2`,
							[checkin.visitorId, checkin.stop],
						);
			const stored = toCheckin(row!);

			await tx.query(
				'UPDATE checkin_requests SET checkin_id = $2, outcome = $3 WHERE idempotency_key = $1',
				[checkin.idempotencyKey, stored.id, kind],
			);

			const visitor = await readVisitor(tx, checkin.visitorId);
			if (kind === 'already_stamped') return { kind, checkin: stored, replayed: false, visitor };
			return {
				kind,
				checkin: stored,
				replayed: false,
				visitor: await issueIfComplete(tx, checkin, visitor),
			};
		});
	}

	// One query for the name, the stamps and the certificate (one round trip on PostgreSQL for
	// a passport): a row per stamp, or one row without a stamp. Migration 4's function reads
	// the visitor with the same query.
	const visitorQuery = `SELECT v.display_name, k.id AS certificate_id, k.issued_at,
			c.id, c.stop, c.method, c.at, c.distance_bucket
		FROM visitors v
		LEFT JOIN certificates k ON k.visitor_id = v.visitor_id
		LEFT JOIN checkins c ON c.visitor_id = v.visitor_id
		WHERE v.visitor_id = $1`;

	async function readVisitor(runner: SqlRunner, visitorId: string): Promise<VisitorRecord> {
		return visitorFromRows(await runner.query(visitorQuery, [visitorId]), visitorId);
	}

	function visitorFromRows(rows: readonly Row[], visitorId: string): VisitorRecord {
		const [first] = rows;
		if (!first) return { displayName: null, stamps: [], certificate: null };

		const stamps = rows
			.filter((row) => row.id !== null && row.id !== undefined)
			.map((row) => toCheckin({ ...row, visitor_id: visitorId }))
			.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
		const certificate =
			first.certificate_id === null || first.certificate_id === undefined
				? null
				: { id: String(first.certificate_id), visitorId, issuedAt: iso(first.issued_at) };
		return { displayName: (first.display_name as string | null) ?? null, stamps, certificate };
	}

	return {
		kind: driver.dialect,

		async migrate() {
			await migrate(driver);
		},

		record,

		replay: (request) => driver.transaction((tx) => replayIn(tx, request)),

		// One statement reads a consistent visitor: no transaction around it, which on
		// PostgreSQL would add two round trips to every look at a passport.
		visitor: (visitorId) => readVisitor(driver, visitorId),

		async setDisplayName(visitorId, displayName, now) {
			await driver.transaction((tx) =>
				tx.query(
					`INSERT INTO visitors (visitor_id, display_name, created_at, updated_at) VALUES ($1, $2, $3, $3)
					 ON CONFLICT (visitor_id) DO UPDATE SET display_name = excluded.display_name, updated_at = excluded.updated_at`,
					[visitorId, displayName, now],
				),
			);
		},

		issueCertificate: (visitorId, id, now) =>
			driver.transaction(async (tx) => {
				await upsertVisitor(tx, visitorId, null, now);
				const inserted = await tx.query(
					`INSERT INTO certificates (id, visitor_id, issued_at) VALUES ($1, $2, $3)
					 ON CONFLICT (visitor_id) DO NOTHING RETURNING id, visitor_id, issued_at`,
					[id, visitorId, now],
				);
				const [row] =
					inserted.length > 0
						? inserted
						: await tx.query(
								'SELECT id, visitor_id, issued_at FROM certificates WHERE visitor_id = $1',
								[visitorId],
							);
				return toCertificate(row!);
			}),

		certificate: (id) =>
			driver.transaction(async (tx) => {
				const [row] = await tx.query(
					'SELECT id, visitor_id, issued_at FROM certificates WHERE id = $1',
					[id],
				);
				if (!row) return null;

				const certificate = toCertificate(row);
				return { ...certificate, ...(await readVisitor(tx, certificate.visitorId)) };
			}),

		stats: (requiredStops, halfWay) =>
			driver.transaction(async (tx) => {
				const perStopPerDay = await tx.query(
					'SELECT day, stop, CAST(COUNT(*) AS INTEGER) AS n FROM checkins GROUP BY day, stop ORDER BY day, stop',
				);
				const [started] = await tx.query(
					'SELECT CAST(COUNT(DISTINCT visitor_id) AS INTEGER) AS n FROM checkins',
				);
				const [half] = await tx.query(
					`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM (
						SELECT visitor_id FROM checkins WHERE ${inStops('$1')}
						GROUP BY visitor_id HAVING COUNT(*) >= $2
					) AS reached`,
					[stopList(requiredStops), halfWay],
				);
				const [finished] = await tx.query(
					'SELECT CAST(COUNT(*) AS INTEGER) AS n FROM certificates',
				);

				return {
					perStopPerDay: perStopPerDay.map((row) => ({
						day: String(row.day),
						stop: String(row.stop),
						checkins: Number(row.n),
					})),
					started: Number(started?.n ?? 0),
					halfWay: Number(half?.n ?? 0),
					finished: Number(finished?.n ?? 0),
				};
			}),

		counts: () =>
			driver.transaction(async (tx) => {
				const count = async (table: string) =>
					Number(
						(await tx.query(`SELECT CAST(COUNT(*) AS INTEGER) AS n FROM ${table}`))[0]?.n ?? 0,
					);
				return {
					checkins: await count('checkins'),
					requests: await count('checkin_requests'),
					visitors: await count('visitors'),
					certificates: await count('certificates'),
				};
			}),

		async pruneRequests(before) {
			const removed = await driver.transaction((tx) =>
				tx.query('DELETE FROM checkin_requests WHERE created_at < $1 RETURNING idempotency_key', [
					before,
				]),
			);
			return removed.length;
		},

		forgetVisitor: (visitorId) =>
			driver.transaction(async (tx): Promise<ForgetResult> => {
				// Children before parents: the keys point at check-ins, everything at the visitor.
				const removed = async (table: string) =>
					(
						await tx.query(`DELETE FROM ${table} WHERE visitor_id = $1 RETURNING visitor_id`, [
							visitorId,
						])
					).length;
				const requests = await removed('checkin_requests');
				const certificates = await removed('certificates');
				const checkins = await removed('checkins');
				const visitors = await removed('visitors');
				return { visitors, checkins, requests, certificates };
			}),

		async ping() {
			await driver.query('SELECT 1 AS ok');
		},

		close: () => driver.close(),
	};
}
