/**
 * The outbox of check-ins: each one is stored in the browser first, with its own idempotency
 * key, and sent when the page loads, when the network comes back and when the page becomes
 * visible again. An entry leaves the outbox only with a definitive answer from the server;
 * network failures, 5xx and rate limits leave it for the next attempt. Tabs take turns (a
 * Web Lock where the browser has one) and the server stores each key once anyway.
 */
import type { CheckinRequest, Passport } from '../../../src/checkin/api.ts';
import type { SendResult } from './checkin-client.ts';
import type { CheckinOutcome, QueuedCheckin, RouteStore, StoredVisitor } from './store.ts';
import { newId } from './visitor.ts';

/** The proof a check-in carries: a position, the poster's QR token or its short code. */
export type Proof =
	| { method: 'location'; position: { lat: number; lng: number; accuracy: number } }
	| { method: 'qr'; token: string }
	| { method: 'code'; code: string };

/** A new outbox entry for a check-in made now at `stop`. */
export function newCheckin(
	visitor: StoredVisitor,
	stop: string,
	proof: Proof,
	lang: 'zh' | 'en',
	now: Date = new Date(),
): QueuedCheckin {
	const idempotencyKey = newId();
	const request = {
		idempotencyKey,
		visitorId: visitor.id,
		stop,
		madeAt: now.toISOString(),
		lang,
		...(visitor.displayName ? { displayName: visitor.displayName } : {}),
		...proof,
	} as CheckinRequest;

	return { idempotencyKey, request, queuedAt: now.toISOString(), attempts: 0 };
}

/** What one pass over the outbox did. */
export interface FlushReport {
	/** Entries that got a definitive answer in this pass, in the order they were sent. */
	settled: CheckinOutcome[];
	/** The newest passport the server sent back, if any entry was accepted. */
	passport?: Passport;
	/** Why the pass stopped before the end of the outbox, if it did. */
	stoppedBy?: 'network' | 'server' | 'rate_limited';
	retryAfterSeconds?: number;
	/** Entries still waiting. */
	remaining: number;
}

export interface OutboxDeps {
	store: RouteStore;
	send: (request: CheckinRequest) => Promise<SendResult>;
	/** Runs `task` while no other tab sends the outbox; by default with no cross-tab lock. */
	exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
	now?: () => Date;
}

function outcomeOf(entry: QueuedCheckin, result: SendResult, settledAt: string): CheckinOutcome {
	const { stop, method } = entry.request;

	if (result.kind === 'accepted') {
		return {
			kind: result.response.outcome,
			idempotencyKey: entry.idempotencyKey,
			stop,
			method,
			at: result.response.checkin.at,
			settledAt,
		};
	}
	if (result.kind === 'refused') {
		const { status, code, message, details } = result;
		return {
			kind: 'refused',
			idempotencyKey: entry.idempotencyKey,
			stop,
			method,
			status,
			code,
			message,
			details,
			settledAt,
		};
	}
	throw new Error(`A check-in to retry has no outcome yet (${entry.idempotencyKey}).`);
}

async function sendAll({ store, send, now = () => new Date() }: OutboxDeps): Promise<FlushReport> {
	// Read inside the lock: another tab may have sent some of these while this one waited.
	const queue = await store.pending();
	const report: FlushReport = { settled: [], remaining: queue.length };

	for (const entry of queue) {
		const result = await send(entry.request);

		if (result.kind === 'retry') {
			await store.recordAttempt(entry.idempotencyKey);
			report.stoppedBy = result.reason;
			report.retryAfterSeconds = result.retryAfterSeconds;
			break;
		}

		const outcome = outcomeOf(entry, result, now().toISOString());
		await store.settle(outcome);
		if (result.kind === 'accepted') {
			report.passport = result.response.passport;
			await store.savePassport(result.response.passport);
		}
		report.settled.push(outcome);
		report.remaining -= 1;
	}
	return report;
}

/** Runs `task` under the origin-wide Web Lock for the outbox, where the browser has one. */
export function withOutboxLock<T>(task: () => Promise<T>): Promise<T> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (!locks?.request) return task();

	return locks.request('boai-route-outbox', { mode: 'exclusive' }, task) as Promise<T>;
}

let running: Promise<FlushReport> | undefined;
let following: Promise<FlushReport> | undefined;

/**
 * Sends the outbox, oldest first, stopping at the first entry that gets no definitive
 * answer (the network is likely gone; order matters for the certificate). Calls in one tab
 * run one after the other, and calls made while one is waiting share it.
 */
export function flushOutbox(deps: OutboxDeps): Promise<FlushReport> {
	const exclusive = deps.exclusive ?? ((task) => task());
	const pass = () => exclusive(() => sendAll(deps));

	if (!running) {
		running = pass().finally(() => (running = undefined));
		return running;
	}

	following ??= running
		.catch(() => undefined)
		.then(() => {
			following = undefined;
			return flushOutbox(deps);
		});
	return following;
}
