/**
 * The SQLite store's own thread (started by `sqlite-thread.ts`). `node:sqlite` is synchronous:
 * every statement, and above all the flush to disk at each COMMIT, stops the thread that runs
 * it. Here that thread is this one, so the server's own thread goes on reading requests and
 * the next batch of check-ins gathers while the previous one is written.
 *
 * Messages in: arrays of calls `{ id, method, args }`. Messages out: arrays of replies
 * `{ id, ok, value | error }`, sent once the call's transaction is committed. Calls and replies
 * are batched per turn of the event loop: one message carries many check-ins.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { createSqlStore } from './sql-store.ts';
import { openSqliteDriver } from './sqlite-driver.ts';
import type { CheckinStore } from './store.ts';

/** A call of a store method, as the server's thread sends it. */
export interface StoreCall {
	id: number;
	method: Exclude<keyof CheckinStore, 'kind'>;
	args: unknown[];
}

/** An error as it crosses to the other thread: what it said, and the database's code. */
export interface ThreadError {
	name: string;
	message: string;
	stack?: string | undefined;
	code?: string | undefined;
}

/** The answer to one call. */
export type StoreReply =
	{ id: number; ok: true; value: unknown } | { id: number; ok: false; error: ThreadError };

// Only plain fields cross: an error carrying anything that cannot be copied between threads
// would otherwise make the whole batch of replies fail to send.
function portable(error: unknown): ThreadError {
	if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
	const code = (error as { code?: unknown }).code;
	return {
		name: error.name,
		message: error.message,
		stack: error.stack,
		code: typeof code === 'string' ? code : undefined,
	};
}

/** What the worker is started with. */
export interface WorkerSettings {
	path: string;
}

function serve(port: NonNullable<typeof parentPort>, settings: WorkerSettings) {
	// A file that cannot be opened fails every call with the reason, rather than the thread.
	let store: CheckinStore | null = null;
	let openError: unknown = null;
	try {
		store = createSqlStore(openSqliteDriver(settings.path));
	} catch (error) {
		openError = error;
	}

	async function run(method: StoreCall['method'], args: unknown[]): Promise<unknown> {
		if (!store) throw openError;
		const work = store[method] as ((...values: unknown[]) => Promise<unknown>) | undefined;
		if (typeof work !== 'function') throw new Error(`the check-in store has no method ${method}`);
		return work(...args);
	}

	const replies: StoreReply[] = [];
	const send = (reply: StoreReply) => {
		if (replies.push(reply) === 1) setImmediate(() => port.postMessage(replies.splice(0)));
	};

	port.on('message', (calls: StoreCall[]) => {
		for (const { id, method, args } of calls) {
			run(method, args).then(
				(value) => send({ id, ok: true, value }),
				(error: unknown) => send({ id, ok: false, error: portable(error) }),
			);
		}
	});
}

if (parentPort) serve(parentPort, workerData as WorkerSettings);
