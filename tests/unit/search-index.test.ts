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

describe('the search over the bundled dataset', () => {
	test('covers every kind of content', () => {
		const kinds = new Set(zhDocuments.map((document) => document.kind));
		expect([...kinds].sort()).toEqual(['exhibit', 'site', 'stop', 'story']);
	});

	test('a search for 造血干细胞 lists the stem-cell story', () => {
		const stemCell = zhDocuments.filter(
			(document) => document.kind === 'story' && document.titleText.includes('造血干细胞'),
		);
		expect(stemCell.length).toBeGreaterThan(0);

		const hits = search('造血干细胞');
		for (const story of stemCell) expect(titles(hits)).toContain(story.title);
		expect(hits[0]?.kind).toBe('story');
	});

	test('a search for 急救 lists the first-aid stories first among the stories', () => {
		const firstAid = zhDocuments.filter(
			(document) => document.kind === 'story' && document.bodyText.includes('应急救护'),
		);
		const hits = search('急救').filter((hit) => hit.kind === 'story');

		expect(firstAid.length).toBeGreaterThan(0);
		expect(hits.length).toBeGreaterThan(0);
		for (const hit of hits) {
			const document = zhDocuments.find((candidate) => candidate.id === hit.id);
			expect(`${document?.titleText}\n${document?.summaryText}\n${document?.bodyText}`).toContain(
				'急救',
			);
		}
	});

	test('a two-character word such as 献血 finds the stories that contain it, and only those', () => {
		const hits = search('献血');
		const containing = zhDocuments.filter((document) =>
			[document.titleText, document.summaryText, document.bodyText].join('\n').includes('献血'),
		);

		expect(hits.length).toBeGreaterThan(0);
		expect(hits.map((hit) => hit.id).sort()).toEqual(containing.map((d) => d.id).sort());
	});

	test('every character of a Chinese query must appear, not just some of them', () => {
		for (const hit of search('红十字博物馆')) {
			const document = zhDocuments.find((candidate) => candidate.id === hit.id);
			const text = [document?.titleText, document?.summaryText, document?.bodyText].join('\n');
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
