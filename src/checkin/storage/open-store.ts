/**
 * Opens the check-in store the configuration asks for: PostgreSQL when a database URL is
 * given, otherwise the SQLite file at `sqlitePath`. Migrations run before the store is
 * handed out.
 */
import type { Logger } from '../../log.ts';
import { openPostgresDriver } from './postgres-driver.ts';
import { createSqlStore } from './sql-store.ts';
import { openSqliteDriver } from './sqlite-driver.ts';
import type { CheckinStore } from './store.ts';

export interface StoreOptions {
	/** A `postgres://` URL; when set, SQLite is not used. */
	databaseUrl?: string | undefined;
	/** The SQLite file (or `:memory:`). */
	sqlitePath: string;
	log: Logger;
}

/** The store, migrated and ready. */
export async function openCheckinStore(options: StoreOptions): Promise<CheckinStore> {
	const driver = options.databaseUrl
		? openPostgresDriver(options.databaseUrl, options.log)
		: openSqliteDriver(options.sqlitePath);
	const store = createSqlStore(driver);

	try {
		await store.migrate();
	} catch (error) {
		await store.close().catch(() => {});
		throw error;
	}
	return store;
}
