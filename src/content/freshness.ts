/**
 * How the running site keeps its content fresh: a cache in front of the source (answers kept
 * for a time-to-live), a change reported by a Sanity webhook applied at once, and — for the
 * embedded dataset — the `content/` folder watched, so that an edited NDJSON file shows
 * without a restart.
 */
import type { Logger } from '../log.ts';
import { SHARED_CACHE_SECONDS } from '../server/cache-control.ts';
import { createCachedSource, type CachedSource, type ContentChange } from './cache.ts';
import type { EmbeddedSource } from './embedded.ts';
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

/** Puts `source` behind a cache; an embedded source's folder is watched as well. */
export function createFreshContent(
	source: ContentSource | EmbeddedSource,
	options: { ttlMs: number; log: Logger; watch?: boolean },
): FreshContent {
	const { ttlMs, log } = options;
	const cached = createCachedSource(source, { ttlMs, log });
	const embedded = isEmbedded(source) ? source : null;

	async function refresh(change?: ContentChange): Promise<number> {
		// A reloaded dataset may differ anywhere, so everything is refreshed after it.
		if (embedded && (await embedded.reloadIfChanged())) return cached.invalidate();
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

	return { source: cached, refresh, close: () => watch?.close() };
}

function isEmbedded(source: ContentSource | EmbeddedSource): source is EmbeddedSource {
	return source.kind === 'embedded' && 'reloadIfChanged' in source;
}
