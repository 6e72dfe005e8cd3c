/**
 * The site search's index (MiniSearch), built by the server from the published content and
 * sent to the browser as JSON, where the same settings load it and answer queries with no
 * server involved. Every term of a query must match; Chinese terms match exactly, words of
 * other languages also by prefix and with a typo or two. Results come in a fixed order of
 * kinds, real content before sample entries (see `searchIndex`).
 */
import MiniSearch, { type Options, type SearchResult as MiniSearchResult } from 'minisearch';

import type { SearchDocument, SearchKind } from './documents.ts';
import { indexTerms, isHanTerm, queryTerms } from './tokenize.ts';

/** What a result shows; `score` orders the results. */
export interface SearchHit {
	id: string;
	kind: SearchKind;
	url: string;
	title: string;
	summary: string;
	date: string;
	sample: boolean;
	score: number;
}

const storedFields = ['kind', 'url', 'title', 'summary', 'date', 'sample'] as const;

/**
 * The order kinds are listed in. A story tells what happened and is what most searches are
 * for, yet a long story body scores lower than a short exhibit text that names the word
 * once; and the many sample outreach sites would otherwise bury the few real pages.
 */
export const resultOrder: readonly SearchKind[] = ['story', 'exhibit', 'stop', 'site'];

/** The index settings; the browser must load the JSON with exactly these. */
export const indexOptions: Options<SearchDocument> = {
	fields: ['titleText', 'summaryText', 'bodyText'],
	storeFields: [...storedFields],
	tokenize: indexTerms,
	// Terms arrive already split and lower-cased by `indexTerms`.
	processTerm: (term) => term,
	searchOptions: {
		tokenize: queryTerms,
		processTerm: (term) => term,
		combineWith: 'AND',
		boost: { titleText: 4, summaryText: 2 },
		prefix: (term) => !isHanTerm(term) && term.length >= 2,
		fuzzy: (term) => (!isHanTerm(term) && term.length >= 5 ? 0.2 : false),
	},
};

/** A new index over `documents`. */
export function buildSearchIndex(documents: SearchDocument[]): MiniSearch<SearchDocument> {
	const index = new MiniSearch<SearchDocument>(indexOptions);
	index.addAll(documents);
	return index;
}

/** The index loaded from the JSON `buildSearchIndex(…).toJSON()` was serialised to. */
export function loadSearchIndex(json: string): MiniSearch<SearchDocument> {
	return MiniSearch.loadJSON<SearchDocument>(json, indexOptions);
}

/**
 * The documents matching `query` (a few hundred at most: the whole site): real content before
 * sample entries, then by kind in `resultOrder`, then best match first.
 */
export function searchIndex(index: MiniSearch<SearchDocument>, query: string): SearchHit[] {
	if (queryTerms(query).length === 0) return [];

	return index
		.search(query)
		.map((result) => toHit(result))
		.sort(compareHits);
}

function compareHits(a: SearchHit, b: SearchHit): number {
	return (
		Number(a.sample) - Number(b.sample) ||
		resultOrder.indexOf(a.kind) - resultOrder.indexOf(b.kind) ||
		b.score - a.score
	);
}

function toHit(result: MiniSearchResult): SearchHit {
	return {
		id: String(result.id),
		kind: result.kind as SearchKind,
		url: String(result.url),
		title: String(result.title),
		summary: String(result.summary),
		date: String(result.date ?? ''),
		sample: Boolean(result.sample),
		score: result.score,
	};
}
