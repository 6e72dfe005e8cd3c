/**
 * A caching `ContentSource` in front of another: each query's answer is kept for a short
 * time-to-live, dropped at once when a change concerns it (a Sanity webhook, a changed
 * `content/` folder), and kept as the last good answer while the source fails. A query that
 * never had an answer is answered from a fallback, the snapshot of the published dataset
 * (`snapshot.ts`). Pages never go blank because Sanity is down: they show the last content
 * there was, and the failure is told to a `SourceFailureReport`. Only with nothing at all
 * to show does a query fail: with a `ContentUnavailableError` (503) when a fallback was set
 * up but holds nothing yet, with the source's own error otherwise.
 */
import type { Logger } from '../log.ts';
import { createSourceFailureReport, type SourceFailureReport } from './source-failure-report.ts';
import type { ContentSource, QueryParams } from './source.ts';
import { ContentUnavailableError } from './unavailable.ts';

/** What changed; without ids or types, everything may have. */
export interface ContentChange {
	/** Document ids (drafts and release versions stand for their published document). */
	ids?: string[];
	/** Document types, e.g. `story`. */
	types?: string[];
}

/** Content kept apart from the cached answers, which answers when the source cannot. */
export interface ContentFallback {
	/** The answer to `query` from the kept content, or `null` when none is kept. */
	answer(query: string, params: QueryParams): Promise<{ value: unknown } | null>;
	/** When the kept content was taken from the source, or `null` when none is kept. */
	takenAt(): number | null;
	/** Told after each good answer from the source: a moment to bring the kept content up to date. */
	sourceAnswered?(): void;
}

export interface CachedSourceOptions {
	log: Logger;
	/** What answers a query the source fails on and the cache has no answer for. */
	fallback?: ContentFallback | undefined;
	/** How long an answer is served without asking the source again. */
	ttlMs: number;
	/**
	 * How long a request waits for a refresh when an older answer is at hand; past that the
	 * older answer is served and the refresh completes in the background.
	 */
	refreshWaitMs?: number;
	/** Where the source's failures are told; by default a report of its own. */
	failures?: SourceFailureReport | undefined;
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
export function createCachedSource(
	source: ContentSource,
	options: CachedSourceOptions,
): CachedSource {
	const { log, ttlMs, fallback } = options;
	const now = options.now ?? Date.now;
	const refreshWaitMs = options.refreshWaitMs ?? 2_000;
	const retryAfterMs = options.retryAfterMs ?? 5_000;
	const failures = options.failures ?? createSourceFailureReport({ log, kind: source.kind, now });
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
				failures.answered();
				fallback?.sourceAnswered?.();
				return value;
			},
			(error: unknown) => {
				entry.failedAt = now();
				failures.failed({
					what: 'page queries',
					error,
					...(fallback ? { snapshotTakenAt: fallback.takenAt() } : {}),
				});
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
		// Without a fallback (the embedded dataset), a source that fails is a fault to show as one.
		if (!entry.hasValue && !fallback) return (await refreshing) as Result;

		// The last content there was stands in when the source fails or is slow.
		const outcome = await Promise.race([
			refreshing.then(
				(value) => ({ value }),
				() => null,
			),
			delay(refreshWaitMs).then(() => null),
		]);
		if (outcome) return outcome.value as Result;
		return (await standIn(entry, query, params, refreshing)) as Result;
	}

	// The last good answer, else the fallback's; with neither, the source's own outcome.
	async function standIn(
		entry: Entry,
		query: string,
		params: QueryParams,
		refreshing: Promise<unknown>,
	): Promise<unknown> {
		if (entry.hasValue) return entry.value;

		const kept = await answerFromFallback(query, params);
		// Kept as the entry's last good answer (not a fresh one), unless the source answered meanwhile.
		if (kept && !entry.hasValue) {
			entry.value = kept.value;
			entry.hasValue = true;
			entry.ids = idsIn(kept.value);
		}
		if (entry.hasValue) return entry.value;

		try {
			return await refreshing;
		} catch (error) {
			throw new ContentUnavailableError(source.kind, error);
		}
	}

	async function answerFromFallback(query: string, params: QueryParams) {
		try {
			return (await fallback?.answer(query, params)) ?? null;
		} catch (error) {
			log.warn(
				{ err: error, query },
				`the content kept for when ${source.kind} fails could not answer a query (${(error as Error).message})`,
			);
			return null;
		}
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

function delay(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms).unref?.());
}
