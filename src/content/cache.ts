/**
 * A caching `ContentSource` in front of another: each query's answer is kept for a short
 * time-to-live, dropped at once when a change concerns it (a Sanity webhook, a changed
 * `content/` folder), and kept as the last good answer while the source fails. Pages never
 * go blank because Sanity is down: they show what they showed last, and the failure is
 * logged at most once a minute.
 */
import type { Logger } from '../log.ts';
import type { ContentSource, QueryParams } from './source.ts';

/** What changed; without ids or types, everything may have. */
export interface ContentChange {
	/** Document ids (drafts and release versions stand for their published document). */
	ids?: string[];
	/** Document types, e.g. `story`. */
	types?: string[];
}

export interface CachedSourceOptions {
	log: Logger;
	/** How long an answer is served without asking the source again. */
	ttlMs: number;
	/**
	 * How long a request waits for a refresh when an older answer is at hand; past that the
	 * older answer is served and the refresh completes in the background.
	 */
	refreshWaitMs?: number;
	/** How often at most a failing source is logged. */
	failureLogIntervalMs?: number;
	/** How long after a failure the last good answer is served without asking again. */
	retryAfterMs?: number;
	/** The clock, in milliseconds (tests pass their own). */
	now?: () => number;
}

/** A source whose answers are cached, with the means to drop them. */
export interface CachedSource extends ContentSource {
	/** Marks the answers `change` concerns as outdated; resolves to how many it marked. */
	invalidate(change?: ContentChange): number;
	/** How many answers are kept, and how many of them are still fresh. */
	size(): { entries: number; fresh: number };
}

interface Entry {
	/** The document types the query filters on; `null` when it names none (any may matter). */
	types: Set<string> | null;
	/** The document ids and references in the last answer. */
	ids: Set<string>;
	hasValue: boolean;
	value: unknown;
	storedAt: number;
	failedAt: number;
	/** Raised by every invalidation; an answer asked for before it is not fresh. */
	version: number;
	freshVersion: number;
	pending: { version: number; promise: Promise<unknown> } | null;
}

const typeFilter = /_type\s*==\s*"([^"]+)"/g;

/** A cache over `source` with the given time-to-live. */
export function createCachedSource(source: ContentSource, options: CachedSourceOptions): CachedSource {
	const { log, ttlMs } = options;
	const now = options.now ?? Date.now;
	const refreshWaitMs = options.refreshWaitMs ?? 2_000;
	const retryAfterMs = options.retryAfterMs ?? 5_000;
	const reportFailure = createFailureReport(log, options.failureLogIntervalMs ?? 60_000, now);
	const entries = new Map<string, Entry>();

	function entryFor(query: string, params: QueryParams): Entry {
		const key = `${query}\u0000${JSON.stringify(params)}`;
		let entry = entries.get(key);
		if (!entry) {
			entry = {
				types: typesOf(query),
				ids: new Set(),
				hasValue: false,
				value: undefined,
				storedAt: 0,
				failedAt: Number.NEGATIVE_INFINITY,
				version: 0,
				freshVersion: -1,
				pending: null,
			};
			entries.set(key, entry);
		}
		return entry;
	}

	function isFresh(entry: Entry): boolean {
		return entry.hasValue && entry.freshVersion === entry.version && now() - entry.storedAt < ttlMs;
	}

	function refresh(entry: Entry, query: string, params: QueryParams): Promise<unknown> {
		// A refresh asked for before the latest invalidation may answer from before the change.
		if (entry.pending && entry.pending.version === entry.version) return entry.pending.promise;

		const version = entry.version;
		const promise = source.fetch(query, params).then(
			(value) => {
				entry.value = value;
				entry.hasValue = true;
				entry.ids = idsIn(value);
				entry.storedAt = now();
				entry.freshVersion = version;
				reportFailure.recovered(source.kind);
				return value;
			},
			(error: unknown) => {
				entry.failedAt = now();
				reportFailure.failed(source.kind, error, entry.hasValue);
				throw error;
			},
		);
		const pending = { version, promise };
		entry.pending = pending;
		void promise.then(
			() => clearPending(entry, pending),
			() => clearPending(entry, pending),
		);
		return promise;
	}

	async function fetch<Result>(query: string, params: QueryParams = {}): Promise<Result> {
		const entry = entryFor(query, params);
		if (isFresh(entry)) return entry.value as Result;
		// A failing source is not asked again on every request.
		if (entry.hasValue && now() - entry.failedAt < retryAfterMs) return entry.value as Result;

		const refreshing = refresh(entry, query, params);
		if (!entry.hasValue) return (await refreshing) as Result;

		// The last good answer stands in when the source fails or is slow.
		const lastGood = entry.value;
		const outcome = await Promise.race([
			refreshing.then(
				(value) => ({ value }),
				() => ({ value: lastGood }),
			),
			delay(refreshWaitMs).then(() => ({ value: lastGood })),
		]);
		return outcome.value as Result;
	}

	function invalidate(change?: ContentChange): number {
		let marked = 0;
		for (const entry of entries.values()) {
			if (!concerns(entry, change)) continue;

			entry.version += 1;
			marked += 1;
		}
		return marked;
	}

	function size() {
		const all = [...entries.values()].filter((entry) => entry.hasValue);
		return { entries: all.length, fresh: all.filter(isFresh).length };
	}

	return { kind: source.kind, fetch, invalidate, size };
}

function clearPending(entry: Entry, pending: Entry['pending']): void {
	if (entry.pending === pending) entry.pending = null;
}

/** Whether `change` may alter the answer of `entry`. */
function concerns(entry: Entry, change: ContentChange | undefined): boolean {
	const ids = change?.ids ?? [];
	const types = change?.types ?? [];
	if (ids.length === 0 && types.length === 0) return true;
	if (entry.types === null) return true;

	if (types.some((type) => entry.types?.has(type))) return true;
	return ids.some((id) => entry.ids.has(publishedId(id)));
}

/** The published id a draft (`drafts.x`) or release version (`versions.r.x`) stands for. */
export function publishedId(id: string): string {
	return id.replace(/^drafts\./, '').replace(/^versions\.[^.]+\./, '');
}

/** The document types a GROQ query filters on with `_type == "…"`, or `null` if none. */
export function typesOf(query: string): Set<string> | null {
	const types = new Set([...query.matchAll(typeFilter)].map((match) => match[1] ?? ''));
	types.delete('');
	return types.size > 0 ? types : null;
}

/** Every `_id` and `_ref` in a query answer: the documents it shows. */
export function idsIn(value: unknown, ids = new Set<string>()): Set<string> {
	if (Array.isArray(value)) {
		for (const item of value) idsIn(item, ids);
		return ids;
	}
	if (value === null || typeof value !== 'object') return ids;

	for (const [key, field] of Object.entries(value)) {
		if ((key === '_id' || key === '_ref') && typeof field === 'string') ids.add(field);
		else if (typeof field === 'object') idsIn(field, ids);
	}
	return ids;
}

// Logs the first failure, then at most one line per interval with how many were not logged,
// and one line when the source answers again.
function createFailureReport(log: Logger, intervalMs: number, now: () => number) {
	let loggedAt = Number.NEGATIVE_INFINITY;
	let unlogged = 0;
	let failing = false;

	return {
		failed(kind: string, error: unknown, servedLastGood: boolean) {
			failing = true;
			if (now() - loggedAt < intervalMs) {
				unlogged += 1;
				return;
			}

			const message = error instanceof Error ? error.message : String(error);
			log.error(
				{ err: error, source: kind, failuresNotLogged: unlogged },
				`the ${kind} content source failed (${message}); ${servedLastGood ? 'pages show the last content it gave' : 'a page had no earlier content to show'}. Check that the source is reachable; this is logged at most once a minute`,
			);
			loggedAt = now();
			unlogged = 0;
		},
		recovered(kind: string) {
			if (!failing) return;

			failing = false;
			log.info({ source: kind }, `the ${kind} content source answers again`);
		},
	};
}

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
