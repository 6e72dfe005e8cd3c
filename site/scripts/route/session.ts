/**
 * One page's session on the check-in route: the store, the visitor, and the outbox sent at
 * the moments the route relies on instead of Background Sync — when the page loads, when
 * the network comes back and when the page becomes visible again. Pages subscribe to
 * changes (also those made in other tabs) and to the reports of each send.
 */
import type { Passport } from '../../../src/checkin/api.ts';
import { fetchPassport, sendCheckin, sendDisplayName, type NameResult } from './checkin-client.ts';
import { flushOutbox, newCheckin, withOutboxLock, type FlushReport, type Proof } from './outbox.ts';
import {
	openRouteStore,
	type CheckinOutcome,
	type QueuedCheckin,
	type RouteStore,
	type StoredVisitor,
} from './store.ts';
import { loadVisitor, saveDisplayName } from './visitor.ts';

/** What the pages draw from. */
export interface Snapshot {
	visitor: StoredVisitor;
	passport: Passport | undefined;
	outcomes: CheckinOutcome[];
	pending: QueuedCheckin[];
}

export interface RouteSession {
	visitor(): StoredVisitor;
	snapshot(): Promise<Snapshot>;
	/** Stores a check-in in the outbox, then tries to send it. */
	checkIn(stop: string, proof: Proof): Promise<QueuedCheckin>;
	/** Sends the outbox now (when the browser thinks it is online). */
	sync(): Promise<FlushReport | undefined>;
	setDisplayName(name: string | null): Promise<NameResult>;
	/** Calls `listener` whenever the stored state changed, here or in another tab. */
	onChange(listener: () => void): void;
	/** Calls `listener` with the report of each send made by this page. */
	onReport(listener: (report: FlushReport) => void): void;
}

const channelName = 'boai-route';

// How long an open page waits before sending waiting check-ins again after a failure: 15 s,
// doubling up to 5 minutes.
const firstRetryDelayMs = 15_000;
const maxRetryDelayMs = 5 * 60_000;

function isOnline(): boolean {
	return navigator.onLine !== false;
}

/** Opens the session; rejects only when the browser can store nothing at all. */
export async function openSession(lang: 'zh' | 'en'): Promise<RouteSession> {
	const store: RouteStore = await openRouteStore();
	let visitor = await loadVisitor(store);
	const changeListeners = new Set<() => void>();
	const reportListeners = new Set<(report: FlushReport) => void>();
	const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : null;

	function changed(tellOtherTabs = true) {
		for (const listener of changeListeners) listener();
		if (tellOtherTabs) channel?.postMessage('changed');
	}

	async function savePassport(passport: Passport) {
		if (passport.visitorId !== visitor.id) return;
		await store.savePassport(passport);
		changed();
	}

	async function refreshPassport() {
		const passport = await fetchPassport(visitor.id, lang);
		if (passport) await savePassport(passport);
	}

	// A name changed offline is sent again at each sync until the server has it.
	async function sendName(): Promise<NameResult> {
		const result = await sendDisplayName(visitor.id, visitor.displayName, lang);
		if (result.kind === 'offline') return result;

		visitor = await saveDisplayName(store, visitor, visitor.displayName, true);
		if (result.kind === 'saved') await savePassport(result.passport);
		return result;
	}

	// A phone can have a signal but no data for a while, and then no `online` event comes: while
	// check-ins wait, an open page tries again, less and less often, and as the server asks.
	let retryTimer: ReturnType<typeof setTimeout> | undefined;
	let failedPasses = 0;

	function scheduleRetry(report: FlushReport) {
		clearTimeout(retryTimer);
		if (!report.stoppedBy) {
			failedPasses = 0;
			return;
		}

		failedPasses += 1;
		const backoff = Math.min(maxRetryDelayMs, firstRetryDelayMs * 2 ** (failedPasses - 1));
		const delay = report.retryAfterSeconds ? report.retryAfterSeconds * 1000 : backoff;
		retryTimer = setTimeout(() => {
			if (document.visibilityState === 'visible') void sync();
		}, delay);
	}

	async function sync(): Promise<FlushReport | undefined> {
		if (!isOnline()) return undefined;

		const report = await flushOutbox({ store, send: sendCheckin, exclusive: withOutboxLock });
		scheduleRetry(report);
		if (report.settled.length > 0) changed();
		for (const listener of reportListeners) listener(report);
		if (report.stoppedBy) return report;

		if (!visitor.nameSent) await sendName();
		else await refreshPassport();
		return report;
	}

	channel?.addEventListener('message', () => changed(false));
	window.addEventListener('online', () => void sync());
	window.addEventListener('pageshow', (event) => {
		if (event.persisted) void sync();
	});
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'visible') void sync();
	});

	return {
		visitor: () => visitor,
		async snapshot() {
			const [passport, outcomes, pending] = await Promise.all([
				store.passport(),
				store.outcomes(),
				store.pending(),
			]);
			const own = passport?.visitorId === visitor.id ? passport : undefined;
			return { visitor, passport: own, outcomes, pending };
		},
		async checkIn(stop, proof) {
			const entry = newCheckin(visitor, stop, proof, lang);
			await store.queue(entry);
			changed();
			void sync();
			return entry;
		},
		sync,
		async setDisplayName(name) {
			visitor = await saveDisplayName(store, visitor, name, false);
			return sendName();
		},
		onChange: (listener) => void changeListeners.add(listener),
		onReport: (listener) => void reportListeners.add(listener),
	};
}
