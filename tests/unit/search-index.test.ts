import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import { logger } from '../../src/log.ts';
import { searchDocuments, type SearchDocument } from '../../src/search/documents.ts';
import {
	buildSearchIndex,
	loadSearchIndex,
	resultOrder,
	searchIndex,
	type SearchHit,
} from '../../src/search/search-index.ts';
import { loadSearchSources } from '../../src/search/sources.ts';

const log = logger.child({ module: 'test' });
const labels = { zh: messages('zh'), en: messages('en') };

let zhDocuments: SearchDocument[];
let search: (query: string) => SearchHit[];

beforeAll(async () => {
	const source = createEmbeddedSource({
		contentDir: join(import.meta.dirname, '..', '..', 'content'),
		log,
	});
	const sources = await loadSearchSources(createContentRepository(source, { log }));
	zhDocuments = searchDocuments(sources, 'zh', labels);
	// Through JSON, as the browser gets it.
	const index = loadSearchIndex(JSON.stringify(buildSearchIndex(zhDocuments)));
	search = (query) => searchIndex(index, query);
});

const titles = (hits: SearchHit[]) => hits.map((hit) => hit.title);
const ids = (items: { id: string }[]) => items.map((item) => item.id);
const textOf = (document: SearchDocument) =>
	[document.titleText, document.summaryText, document.bodyText].join('\n');

/** The stories whose text holds `word`, in no particular order. */
function storiesContaining(word: string): SearchDocument[] {
	return zhDocuments.filter(
		(document) => document.kind === 'story' && textOf(document).includes(word),
	);
}

describe('the search over the bundled dataset', () => {
	test('covers every kind of content', () => {
		const kinds = new Set(zhDocuments.map((document) => document.kind));
		expect([...kinds].sort()).toEqual(['exhibit', 'site', 'stop', 'story']);
	});

	test('a search for 造血干细胞 lists the stem-cell story first', () => {
		const stemCell = storiesContaining('造血干细胞');
		expect(stemCell.length).toBeGreaterThan(0);

		const hits = search('造血干细胞');
		expect(ids(hits.slice(0, stemCell.length)).sort()).toEqual(ids(stemCell).sort());
	});

	test('a search for 急救 lists every first-aid story, before anything else', () => {
		const firstAid = storiesContaining('急救');
		const hits = search('急救');

		// Training bases, stations and classes: not only the stories naming 急救 in their title.
		expect(firstAid.length).toBeGreaterThan(2);
		expect(ids(hits.slice(0, firstAid.length)).sort()).toEqual(ids(firstAid).sort());
		expect(hits.length).toBeGreaterThan(firstAid.length);
		expect(hits.slice(firstAid.length).every((hit) => hit.kind !== 'story')).toBe(true);
	});

	test('a search for 献血 lists the stories that mention it at the top', () => {
		const blood = storiesContaining('献血');
		const hits = search('献血');

		expect(blood.length).toBeGreaterThan(0);
		expect(ids(hits.slice(0, blood.length)).sort()).toEqual(ids(blood).sort());
	});

	test('a two-character word such as 献血 finds the texts that contain it, and only those', () => {
		const hits = search('献血');
		const containing = zhDocuments.filter((document) => textOf(document).includes('献血'));

		expect(hits.length).toBeGreaterThan(0);
		expect(ids(hits).sort()).toEqual(ids(containing).sort());
	});

	test('lists real content before sample entries, and kinds in a fixed order', () => {
		for (const query of ['献血', '急救', '人道传播阵地', '株洲']) {
			const hits = search(query);
			const firstSample = hits.findIndex((hit) => hit.sample);

			expect(firstSample, query).toBeGreaterThan(0);
			expect(hits.slice(firstSample).every((hit) => hit.sample)).toBe(true);
			const kinds = hits.slice(0, firstSample).map((hit) => resultOrder.indexOf(hit.kind));
			expect(kinds, query).toEqual([...kinds].sort((a, b) => a - b));
		}
	});

	test('orders the hits of one kind best match first', () => {
		const stories = search('急救').filter((hit) => hit.kind === 'story');
		const scores = stories.map((hit) => hit.score);

		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	test('every character of a Chinese query must appear, not just some of them', () => {
		for (const hit of search('红十字博物馆')) {
			const document = zhDocuments.find((candidate) => candidate.id === hit.id);
			const text = document ? textOf(document) : '';
			for (const pair of ['红十', '十字', '博物', '物馆']) expect(text).toContain(pair);
		}
	});

	test('an English word finds Chinese pages by their English text, with a typo forgiven', () => {
		expect(search('first aid').length).toBeGreaterThan(0);
		const exact = search('donation');
		expect(exact.length).toBeGreaterThan(0);
		expect(titles(search('donaton'))).toContain(exact[0]?.title);
	});

	test('a query with nothing to look for finds nothing rather than everything', () => {
		expect(search('')).toEqual([]);
		expect(search('  ，。！ ')).toEqual([]);
	});
});
