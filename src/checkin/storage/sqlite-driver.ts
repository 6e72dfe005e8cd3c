/**
 * SQLite through `node:sqlite` (built into Node, no native addon). One connection per
 * process, in WAL mode with `synchronous = FULL`: a commit is on disk before it returns, so
 * an answered check-in survives a crash of the process and of the machine.
 *
 * Group commit: that flush to disk costs more than all the rest of a check-in, so the
 * transactions that arrive while one batch is written wait and go together into the next,
 * each inside its own savepoint (one failing rolls back alone), under a single COMMIT. No
 * transaction's promise resolves before the COMMIT that makes it durable has returned. The
 * production server runs this in a thread of its own (`sqlite-thread.ts`), where requests
 * keep arriving during a flush and batches grow with the load.
 *
 * Reads take their turn in the same queue, so they never see a batch that is not yet
 * committed. A transaction's work must await only its own queries: anything else it waited
 * for would hold up the whole batch.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';

import type { Row, SqlDriver, SqlRunner } from './driver.ts';

// Enough to amortise the flush; small enough that a batch stays a few milliseconds long.
const maxBatch = 256;

interface Pending {
	work: (tx: SqlRunner) => Promise<unknown>;
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

function bindable(value: unknown): SQLInputValue {
	if (value === undefined || value === null) return null;
	if (value instanceof Date) return value.toISOString();
	if (typeof value === 'boolean') return value ? 1 : 0;
	if (typeof value === 'object') return JSON.stringify(value);
	return value as SQLInputValue;
}

/** Opens (creating if needed) the database file at `path`, or `:memory:`. */
export function openSqliteDriver(path: string): SqlDriver {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });

	const db = new DatabaseSync(path);
	db.exec('PRAGMA journal_mode = WAL');
	db.exec('PRAGMA synchronous = FULL');
	db.exec('PRAGMA busy_timeout = 5000');
	db.exec('PRAGMA foreign_keys = ON');
	// Each check-in in a group commit runs in a savepoint, whose undo copies SQLite otherwise
	// writes to a temporary file: in memory they cost nothing on disk and cannot be needed
	// after a crash (the open transaction is then simply not in the WAL).
	db.exec('PRAGMA temp_store = MEMORY');

	const statements = new Map<string, StatementSync>();
	const pending: Pending[] = [];
	let flushing = false;
	const drained: (() => void)[] = [];

	function prepared(sql: string): StatementSync {
		let statement = statements.get(sql);
		if (!statement) {
			// `$1` parameters become SQLite's numbered `?1`, so one SQL text serves both databases.
			statement = db.prepare(sql.replace(/\$(\d+)/g, '?$1'));
			statements.set(sql, statement);
		}
		return statement;
	}

	const runner: SqlRunner = {
		async query(sql, params = []) {
			return prepared(sql).all(...params.map(bindable)) as Row[];
		},
	};

	async function runItem(item: Pending): Promise<Outcome> {
		db.exec('SAVEPOINT item');
		try {
			const value = await item.work(runner);
			db.exec('RELEASE item');
			return { ok: true, value };
		} catch (error) {
			// After some errors (a full disk) SQLite has already ended the transaction itself.
			if (db.isTransaction) {
				db.exec('ROLLBACK TO item');
				db.exec('RELEASE item');
			}
			return { ok: false, error };
		}
	}

	async function flush() {
		const batch = pending.splice(0, maxBatch);
		const outcomes: Outcome[] = [];

		try {
			db.exec('BEGIN IMMEDIATE');
			for (const item of batch) {
				outcomes.push(await runItem(item));
				if (!db.isTransaction) throw (outcomes.at(-1) as { error: unknown }).error;
			}
			db.exec('COMMIT');
			batch.forEach((item, index) => {
				const outcome = outcomes[index]!;
				if (outcome.ok) item.resolve(outcome.value);
				else item.reject(outcome.error);
			});
		} catch (error) {
			if (db.isTransaction) db.exec('ROLLBACK');
			for (const item of batch) item.reject(error);
		}

		flushing = false;
		schedule();
	}

	function schedule() {
		if (flushing) return;
		if (pending.length === 0) {
			for (const done of drained.splice(0)) done();
			return;
		}
		flushing = true;
		// setImmediate lets the requests already read from the network join this batch.
		setImmediate(() => void flush());
	}

	function transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
			schedule();
		});
	}

	return {
		dialect: 'sqlite',
		query: (sql, params) => transaction((tx) => tx.query(sql, params)),
		transaction,
		async close() {
			if (flushing || pending.length > 0) await new Promise<void>((done) => drained.push(done));
			if (db.isOpen) db.close();
		},
	};
}
