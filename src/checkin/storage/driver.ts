/**
 * The little a store needs from a database: queries with `$1`-style parameters, and
 * transactions that hold the write lock and are committed durably when they resolve.
 */

/** A row as the database returns it. */
export type Row = Record<string, unknown>;

export interface SqlRunner {
	query(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface SqlDriver extends SqlRunner {
	readonly dialect: 'sqlite' | 'postgres';
	/** Runs `work` in one transaction; rolls back if it throws. */
	transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}
