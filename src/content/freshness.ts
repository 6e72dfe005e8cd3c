/**
 * How the running site keeps its content fresh: a cache in front of the source (answers kept
 * for a time-to-live), a change reported by a Sanity webhook applied at once, and — for the
 * embedded dataset — the `content/` folder watched, so that an edited NDJSON file shows
 * without a restart. In front of Sanity, a snapshot of the published dataset answers what
 * the cache cannot while Sanity is unreachable, and both tell one report of its failures.
 */
import type { Logger } from '../log.ts';
import { SHARED_CACHE_SECONDS } from '../server/cache-control.ts';
import { createCachedSource, type CachedSource, type ContentChange } from './cache.ts';
import type { EmbeddedSource } from './embedded.ts';
import type { SanitySource } from './sanity.ts';
import { createPublishedSnapshot, type PublishedSnapshot } from './snapshot.ts';
import { createSourceFailureReport } from './source-failure-report.ts';
import type { ContentSource } from './source.ts';
import { watchContentFolder, type ContentWatch } from './watch.ts';

/**
 * The longest CONTENT_CACHE_SECONDS: a CDN may keep a page {@link SHARED_CACHE_SECONDS} more,
 * and a published change must reach visitors within a minute.
 */
export const MAX_CACHE_SECONDS = 60 - SHARED_CACHE_SECONDS;

/** The time-to-live when CONTENT_CACHE_SECONDS is not set. */
export const DEFAULT_CACHE_SECONDS = MAX_CACHE_SECONDS;

/** The cached source, and what to call when content changed. */
export interface FreshContent {
	source: CachedSource;
	/** The snapshot of the published dataset, in front of Sanity only. */
	snapshot: PublishedSnapshot | null;
	/** Applies a change (reloading an embedded dataset first); resolves to the answers dropped. */
	refresh(change?: ContentChange): Promise<number>;
	close(): void;
}

/**
 * CONTENT_CACHE_SECONDS as milliseconds: a whole number of seconds from 1 to
 * {@link MAX_CACHE_SECONDS}, or the default (with a warning naming the bad value).
 */
export function cacheTtlMs(value: string | undefined, log: Logger): number {
	if (value === undefined || value.trim() === '') return DEFAULT_CACHE_SECONDS * 1000;

	const seconds = Number(value);
	if (Number.isInteger(seconds) && seconds >= 1 && seconds <= MAX_CACHE_SECONDS) {
		return seconds * 1000;
	}

	log.warn(
		`CONTENT_CACHE_SECONDS is "${value}", not a whole number of seconds from 1 to ${MAX_CACHE_SECONDS} (a CDN may keep pages ${SHARED_CACHE_SECONDS} s more, and published changes must show within a minute); ${DEFAULT_CACHE_SECONDS} is used`,
	);
	return DEFAULT_CACHE_SECONDS * 1000;
}

export interface FreshContentOptions {
	ttlMs: number;
	log: Logger;
	/** Whether an embedded dataset's folder is watched (default: yes). */
	watch?: boolean;
	/** Where the snapshot of a Sanity dataset is saved; `null` keeps it in memory only. */
	snapshotFile?: string | null;
}

/**
 * Puts `source` behind a cache; an embedded source's folder is watched as well, and a
 * Sanity source gets a published snapshot, taken at once.
 */
export function createFreshContent(
	source: ContentSource | EmbeddedSource | SanitySource,
	options: FreshContentOptions,
): FreshContent {
	const { ttlMs, log } = options;
	const embedded = isEmbedded(source) ? source : null;
	// One outage fails the snapshot and the page queries alike: one report tells it once.
	const failures = createSourceFailureReport({ log, kind: source.kind });
	const snapshot = isSanity(source)
		? createPublishedSnapshot({
				source,
				origin: { projectId: source.projectId, dataset: source.dataset },
				log,
				maxAgeMs: ttlMs,
				file: options.snapshotFile,
				failures,
			})
		: null;
	const cached = createCachedSource(source, {
		ttlMs,
		log,
		fallback: snapshot ?? undefined,
		failures,
	});
	void snapshot?.start();

	async function refresh(change?: ContentChange): Promise<number> {
		// A reloaded dataset may differ anywhere, so everything is refreshed after it.
		if (embedded && (await embedded.reloadIfChanged())) return cached.invalidate();
		// Not awaited: the webhook's answer need not wait for the whole dataset.
		void snapshot?.retake();
		return cached.invalidate(change);
	}

	let watch: ContentWatch | null = null;
	if (embedded && options.watch !== false) {
		watch = watchContentFolder({
			contentDir: embedded.contentDir,
			check: () => embedded.reloadIfChanged(),
			onChange: () => {
				const dropped = cached.invalidate();
				log.info({ contentDir: embedded.contentDir, dropped }, 'the content folder changed');
			},
			log,
			pollMs: ttlMs,
		});
	}

	return { source: cached, snapshot, refresh, close: () => watch?.close() };
}

function isEmbedded(source: ContentSource): source is EmbeddedSource {
	return source.kind === 'embedded' && 'reloadIfChanged' in source;
}

function isSanity(source: ContentSource): source is SanitySource {
	return source.kind === 'sanity' && 'projectId' in source && 'dataset' in source;
}
