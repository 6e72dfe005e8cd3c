/**
 * What the check-in route keeps in the visitor's browser: the outbox of check-ins not yet
 * answered by the server, the answers already received, the visitor and the last passport.
 * IndexedDB when the browser has it; otherwise localStorage, so that a check-in made in a
 * browser without IndexedDB is still never lost between pages.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

import type { CheckinErrorCode, CheckinRequest, Passport } from '../../../src/checkin/api.ts';

/** A check-in waiting in the outbox for a definitive answer from the server. */
export interface QueuedCheckin {
	idempotencyKey: string;
	request: CheckinRequest;
	/** When it entered the outbox (ISO). */
	queuedAt: string;
	/** How many times sending it failed without an answer (network, 5xx, rate limit). */
	attempts: number;
}

/** The server's definitive answer to a check-in, kept to show the visitor what happened. */
export type CheckinOutcome =
	| {
			kind: 'stamped' | 'already_stamped';
			idempotencyKey: string;
			stop: string;
			method: CheckinRequest['method'];
			/** When the stamp was made (the server's `checkin.at`). */
			at: string;
			settledAt: string;
	  }
	| {
			kind: 'refused';
			idempotencyKey: string;
			stop: string;
			method: CheckinRequest['method'];
			status: number;
			code: CheckinErrorCode | 'unknown';
			message: string;
			details: Record<string, unknown>;
			settledAt: string;
	  };

/** The visitor as this browser knows them: a random id and the optional certificate name. */
export interface StoredVisitor {
	id: string;
	displayName: string | null;
	/** Whether the server has the current `displayName` (it is sent again until it has). */
	nameSent: boolean;
}

/** The browser's store for the route; every method resolves once the data is written. */
export interface RouteStore {
	/** Puts a check-in into the outbox. */
	queue(entry: QueuedCheckin): Promise<void>;
	/** The outbox, oldest first. */
	pending(): Promise<QueuedCheckin[]>;
	/** Notes a failed attempt that got no definitive answer; the entry stays queued. */
	recordAttempt(idempotencyKey: string): Promise<void>;
	/** Removes an entry from the outbox and keeps its outcome, in one step. */
	settle(outcome: CheckinOutcome): Promise<void>;
	/** The kept outcomes, newest first. */
	outcomes(): Promise<CheckinOutcome[]>;
	visitor(): Promise<StoredVisitor | undefined>;
	saveVisitor(visitor: StoredVisitor): Promise<void>;
	passport(): Promise<Passport | undefined>;
	savePassport(passport: Passport): Promise<void>;
}

// Old outcomes only matter for a while; the passport holds the stamps themselves.
const keptOutcomes = 50;

const databaseName = 'boai-route';

interface RouteSchema extends DBSchema {
	outbox: { key: string; value: QueuedCheckin };
	outcomes: { key: string; value: CheckinOutcome };
	meta: { key: string; value: StoredVisitor | Passport };
}

function byQueuedAt(a: QueuedCheckin, b: QueuedCheckin): number {
	return a.queuedAt.localeCompare(b.queuedAt);
}

function newestFirst(outcomes: CheckinOutcome[]): CheckinOutcome[] {
	return [...outcomes].sort((a, b) => b.settledAt.localeCompare(a.settledAt));
}

function indexedDbStore(db: IDBPDatabase<RouteSchema>): RouteStore {
	return {
		async queue(entry) {
			await db.put('outbox', entry, entry.idempotencyKey);
		},
		async pending() {
			return (await db.getAll('outbox')).sort(byQueuedAt);
		},
		async recordAttempt(idempotencyKey) {
			const tx = db.transaction('outbox', 'readwrite');
			const entry = await tx.store.get(idempotencyKey);
			if (entry) await tx.store.put({ ...entry, attempts: entry.attempts + 1 }, idempotencyKey);
			await tx.done;
		},
		async settle(outcome) {
			const tx = db.transaction(['outbox', 'outcomes'], 'readwrite');
			await tx.objectStore('outbox').delete(outcome.idempotencyKey);
			const outcomes = tx.objectStore('outcomes');
			await outcomes.put(outcome, outcome.idempotencyKey);
			const stale = newestFirst(await outcomes.getAll()).slice(keptOutcomes);
			for (const old of stale) await outcomes.delete(old.idempotencyKey);
			await tx.done;
		},
		async outcomes() {
			return newestFirst(await db.getAll('outcomes'));
		},
		async visitor() {
			return (await db.get('meta', 'visitor')) as StoredVisitor | undefined;
		},
		async saveVisitor(visitor) {
			await db.put('meta', visitor, 'visitor');
		},
		async passport() {
			return (await db.get('meta', 'passport')) as Passport | undefined;
		},
		async savePassport(passport) {
			await db.put('meta', passport, 'passport');
		},
	};
}

/** A store in one localStorage entry: for browsers that refuse IndexedDB (some private modes). */
export function localStorageStore(storage: Storage, key: string): RouteStore {
	interface Saved {
		outbox: QueuedCheckin[];
		outcomes: CheckinOutcome[];
		visitor?: StoredVisitor;
		passport?: Passport;
	}

	function read(): Saved {
		try {
			const saved = JSON.parse(storage.getItem(key) ?? 'null') as Saved | null;
			return saved ?? { outbox: [], outcomes: [] };
		} catch {
			return { outbox: [], outcomes: [] };
		}
	}

	function write(change: (saved: Saved) => void): Promise<void> {
		const saved = read();
		change(saved);
		storage.setItem(key, JSON.stringify(saved));
		return Promise.resolve();
	}

	return {
		queue: (entry) =>
			write((saved) => {
				saved.outbox = [
					...saved.outbox.filter((old) => old.idempotencyKey !== entry.idempotencyKey),
					entry,
				];
			}),
		pending: async () => read().outbox.sort(byQueuedAt),
		recordAttempt: (idempotencyKey) =>
			write((saved) => {
				for (const entry of saved.outbox) {
					if (entry.idempotencyKey === idempotencyKey) entry.attempts += 1;
				}
			}),
		settle: (outcome) =>
			write((saved) => {
				saved.outbox = saved.outbox.filter(
					(entry) => entry.idempotencyKey !== outcome.idempotencyKey,
				);
				const others = saved.outcomes.filter(
					(old) => old.idempotencyKey !== outcome.idempotencyKey,
				);
				saved.outcomes = newestFirst([outcome, ...others]).slice(0, keptOutcomes);
			}),
		outcomes: async () => newestFirst(read().outcomes),
		visitor: async () => read().visitor,
		saveVisitor: (visitor) => write((saved) => void (saved.visitor = visitor)),
		passport: async () => read().passport,
		savePassport: (passport) => write((saved) => void (saved.passport = passport)),
	};
}

// Some WebViews leave `indexedDB.open` pending for ever; past this the page uses localStorage.
const openTimeoutMs = 4_000;

// Check-ins kept in localStorage while IndexedDB failed are moved into it once it works
// again, so that none stays behind where the outbox no longer looks.
async function adoptFallback(store: RouteStore, fallback: RouteStore, storage: Storage) {
	const [queued, outcomes] = await Promise.all([fallback.pending(), fallback.outcomes()]);
	if (queued.length === 0 && outcomes.length === 0) return;

	for (const entry of queued) await store.queue(entry);
	for (const outcome of outcomes.reverse()) await store.settle(outcome);
	storage.removeItem(fallbackKey);
}

const fallbackKey = 'boai.route.store';

let opened: Promise<RouteStore> | undefined;

async function open(): Promise<RouteStore> {
	const storage = window.localStorage;
	const fallback = localStorageStore(storage, fallbackKey);
	const timeout = new Promise<never>((_, reject) =>
		setTimeout(() => reject(new Error('IndexedDB did not open in time')), openTimeoutMs),
	);

	try {
		const db = await Promise.race([
			openDB<RouteSchema>(databaseName, 1, {
				upgrade(db) {
					db.createObjectStore('outbox');
					db.createObjectStore('outcomes');
					db.createObjectStore('meta');
				},
			}),
			timeout,
		]);
		const store = indexedDbStore(db);
		await adoptFallback(store, fallback, storage);
		return store;
	} catch {
		return fallback;
	}
}

/** The route's store in this browser, opened once per page. */
export function openRouteStore(): Promise<RouteStore> {
	opened ??= open();
	return opened;
}
