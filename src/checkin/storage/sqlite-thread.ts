/**
 * The SQLite store run in a thread of its own (`sqlite-worker.ts`), for the production server:
 * the statements and the flush to disk at each COMMIT then never stop the thread that answers
 * requests. Each method posts a call and resolves with the worker's reply, which is sent only
 * after the transaction is committed, so a 2xx still means "on disk".
 *
 * If the worker stops (it should not), the calls waiting on it fail and the next call starts
 * a new one on the same file.
 */
import { Worker } from 'node:worker_threads';

import type { StoreCall, StoreReply, ThreadError, WorkerSettings } from './sqlite-worker.ts';
import type { CheckinStore } from './store.ts';

/** The worker's bundle in the build's server folder, beside `entry.mjs`. */
export const sqliteWorkerBundle = 'sqlite-worker.mjs';

interface Waiting {
	resolve: (value: unknown) => void;
	reject: (error: unknown) => void;
}

// Every method the worker answers; a method added to `CheckinStore` must be named here too.
const forwarded: Record<Exclude<StoreCall['method'], 'close'>, true> = {
	migrate: true,
	record: true,
	replay: true,
	visitor: true,
	setDisplayName: true,
	issueCertificate: true,
	certificate: true,
	stats: true,
	counts: true,
	pruneRequests: true,
	forgetVisitor: true,
	ping: true,
};

// The worker's error as an Error of this thread, its stack the worker's (where it happened).
function restored(error: ThreadError): Error {
	const copy = new Error(error.message);
	copy.name = error.name;
	if (error.stack) copy.stack = error.stack;
	if (error.code) Object.assign(copy, { code: error.code });
	return copy;
}

/**
 * A store over the SQLite file at `path`, worked by a thread running `workerFile` (the built
 * `sqlite-worker.mjs`, or `sqlite-worker.ts` where Node runs TypeScript).
 */
export function openSqliteThread(path: string, workerFile: URL | string): CheckinStore {
	const waiting = new Map<number, Waiting>();
	let outbox: StoreCall[] = [];
	let nextId = 1;
	let worker: Worker | null = null;
	let closed = false;

	function start(): Worker {
		const started = new Worker(workerFile, { workerData: { path } satisfies WorkerSettings });
		started.on('message', (replies: StoreReply[]) => {
			for (const reply of replies) {
				const call = waiting.get(reply.id);
				if (!call) continue;
				waiting.delete(reply.id);
				if (reply.ok) call.resolve(reply.value);
				else call.reject(restored(reply.error));
			}
			// The thread keeps the process alive only while it owes answers.
			if (waiting.size === 0) started.unref();
		});
		started.on('error', (error) => stopped(started, error));
		started.on('exit', (code) =>
			stopped(started, new Error(`the SQLite thread stopped (exit code ${code})`)),
		);
		return started;
	}

	function stopped(which: Worker, error: unknown) {
		if (worker !== which) return;
		worker = null;
		for (const call of waiting.values()) call.reject(error);
		waiting.clear();
	}

	// Calls made in one turn of the event loop go to the thread in one message.
	function post() {
		const calls = outbox;
		outbox = [];
		worker ??= start();
		worker.ref();
		worker.postMessage(calls);
	}

	function call(method: StoreCall['method'], args: unknown[]): Promise<unknown> {
		if (closed) return Promise.reject(new Error('the check-in store is closed'));

		const id = nextId++;
		return new Promise((resolve, reject) => {
			waiting.set(id, { resolve, reject });
			if (outbox.push({ id, method, args }) === 1) setImmediate(post);
		});
	}

	const store = Object.fromEntries(
		Object.keys(forwarded).map((method) => [
			method,
			(...args: unknown[]) => call(method as StoreCall['method'], args),
		]),
	) as unknown as Omit<CheckinStore, 'kind' | 'close'>;

	return {
		kind: 'sqlite',
		...store,
		async close() {
			if (closed) return;
			// The worker's store finishes the transactions it holds before it closes the file.
			await call('close', []).catch(() => {});
			closed = true;
			await worker?.terminate();
			worker = null;
		},
	};
}
