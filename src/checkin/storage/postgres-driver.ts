/**
 * PostgreSQL through `pg`, so that several server instances share the check-ins. Commits are
 * durable when they return (the server's default `synchronous_commit = on`). Transactions run
 * at READ COMMITTED: the store's unique keys and row locks make concurrent requests wait for
 * each other, and a deadlock or serialization failure is retried.
 */
import pg from 'pg';

import type { Logger } from '../../log.ts';
import type { SqlDriver } from './driver.ts';

const retryableCodes = new Set(['40001', '40P01']);
const maxAttempts = 3;

// Runs `attempt` again after a deadlock or serialization failure, which roll the whole
// transaction back: running it again from the start is safe.
async function retried<T>(attempt: () => Promise<T>): Promise<T> {
	for (let count = 1; ; count++) {
		try {
			return await attempt();
		} catch (error) {
			const code = (error as { code?: string }).code;
			if (count < maxAttempts && code && retryableCodes.has(code)) continue;
			throw error;
		}
	}
}

/** A pool of connections to `connectionString`. */
export function openPostgresDriver(connectionString: string, log: Logger): SqlDriver {
	const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 10_000 });
	// An idle connection that drops (a restarted server) must not take the process down.
	pool.on('error', (error) => log.warn({ err: error }, 'an idle PostgreSQL connection failed'));
	// The store relies on READ COMMITTED: each statement sees what concurrent transactions have
	// committed, which is how the second of two last stamps sees the first and issues the
	// certificate. Set on every connection, whatever the server's default is; queued before the
	// connection's first query.
	pool.on('connect', (client) => {
		client
			.query('SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED')
			.catch((error: unknown) =>
				log.warn({ err: error }, 'could not set READ COMMITTED on a PostgreSQL connection'),
			);
	});

	// The store's statements are few and run again and again: named, each connection parses
	// and plans them once instead of on every check-in.
	const names = new Map<string, string>();
	const statement = (sql: string, params: readonly unknown[]) => {
		let name = names.get(sql);
		if (!name) {
			name = `boai_${names.size + 1}`;
			names.set(sql, name);
		}
		return { name, text: sql, values: [...params] };
	};

	async function transaction<T>(work: Parameters<SqlDriver['transaction']>[0]): Promise<T> {
		return retried(async () => {
			const client = await pool.connect();
			try {
				await client.query('BEGIN');
				const result = await work({
					query: async (sql, params = []) => (await client.query(statement(sql, params))).rows,
				});
				await client.query('COMMIT');
				return result as T;
			} catch (error) {
				await client.query('ROLLBACK').catch(() => {});
				throw error;
			} finally {
				client.release();
			}
		});
	}

	// A statement on its own is a transaction of its own, retried as one.
	const query = (sql: string, params: readonly unknown[] = []) =>
		retried(async () => (await pool.query(statement(sql, params))).rows);

	return {
		dialect: 'postgres',
		query,
		transaction,
		close: () => pool.end(),
	};
}
