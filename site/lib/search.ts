/**
 * The site search's index for each language, built from the published content and kept for
 * a minute, so that what staff publish is findable within a minute and the content source is
 * read once a minute at most, however many visitors search.
 */
import { createHash } from 'node:crypto';
import type MiniSearch from 'minisearch';

import type { Locale } from '../../src/i18n/locale.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import { searchDocuments, type SearchDocument } from '../../src/search/documents.ts';
import { logger } from '../../src/log.ts';
import { buildSearchIndex, searchIndex, type SearchHit } from '../../src/search/search-index.ts';
import { loadSearchSources } from '../../src/search/sources.ts';
import { content } from './content.ts';

const log = logger.child({ module: 'search' });

/** A built index, its JSON for browsers and that JSON's ETag. */
export interface BuiltSearchIndex {
	index: MiniSearch<SearchDocument>;
	json: string;
	etag: string;
}

const lifetimeMs = 60_000;
// A longer query is cut: nobody types more, and it bounds the work one request can ask for.
const longestQuery = 200;
const labels = { zh: messages('zh'), en: messages('en') };

const built = new Map<Locale, { at: number; value: Promise<BuiltSearchIndex> }>();

/** The index of the search page in `locale`, at most a minute old. */
export function searchIndexFor(locale: Locale): Promise<BuiltSearchIndex> {
	const kept = built.get(locale);
	if (kept && Date.now() - kept.at < lifetimeMs) return kept.value;

	const value = build(locale);
	built.set(locale, { at: Date.now(), value });
	// A failed build is not kept: the next request tries again.
	value.catch(() => built.delete(locale));
	return value;
}

async function build(locale: Locale): Promise<BuiltSearchIndex> {
	const sources = await loadSearchSources(content);
	const index = buildSearchIndex(searchDocuments(sources, locale, labels));
	const json = JSON.stringify(index);
	const etag = `"${createHash('sha1').update(json).digest('base64url')}"`;
	return { index, json, etag };
}

/**
 * The search page's query (`?q=`) and the server's results for it, for visitors without
 * JavaScript; `hits` is `null` when the index could not be built (the page says so).
 */
export async function loadSearch(
	locale: Locale,
	url: URL,
): Promise<{ query: string; hits: SearchHit[] | null }> {
	const query = [...(url.searchParams.get('q') ?? '').trim()].slice(0, longestQuery).join('');
	if (query === '') return { query, hits: [] };

	try {
		return { query, hits: searchIndex((await searchIndexFor(locale)).index, query) };
	} catch (error) {
		log.error({ err: error }, `the search index could not be built: ${(error as Error).message}`);
		return { query, hits: null };
	}
}
