/**
 * Opens the check-in store the configuration asks for: PostgreSQL when a database URL is
 * given, otherwise the SQLite file at `sqlitePath` (in a thread of its own when `sqliteWorker`
 * names the worker's file, as the production server does). Migrations run before the store is
 * handed out.
 */
import { join } from 'node:path';

import type { Logger } from '../../log.ts';
import { openPostgresDriver } from './postgres-driver.ts';
import { createSqlStore } from './sql-store.ts';
import { openSqliteDriver } from './sqlite-driver.ts';
import { openSqliteThread } from './sqlite-thread.ts';
import type { CheckinStore } from './store.ts';

export interface StoreOptions {
	/** A `postgres://` URL; when set, SQLite is not used. */
	databaseUrl?: string | undefined;
	/** The SQLite file (or `:memory:`). */
	sqlitePath: string;
	/** The SQLite worker's script (`sqlite-worker.ts` or its build); unset runs SQLite inline. */
	sqliteWorker?: URL | string | undefined;
	log: Logger;
}

/** Where the SQLite file is when CHECKIN_DB_PATH is not set: `data/` of the project. */
export function defaultSqlitePath(projectDir: string): string {
	return join(projectDir, 'data', 'checkins.sqlite');
}

/** The store, migrated and ready. */
export async function openCheckinStore(options: StoreOptions): Promise<CheckinStore> {
	const store = options.databaseUrl
		? createSqlStore(openPostgresDriver(options.databaseUrl, options.log))
		: options.sqliteWorker
			? openSqliteThread(options.sqlitePath, options.sqliteWorker)
			: createSqlStore(openSqliteDriver(options.sqlitePath));

	try {
		await store.migrate();
	} catch (error) {
		await store.close().catch(() => {});
		throw error;
	}
	return store;
}
