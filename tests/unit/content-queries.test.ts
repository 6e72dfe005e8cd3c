import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, parse } from 'groq-js';
import { describe, expect, test } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import * as queries from '../../src/content/queries.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import type { StoryCategory } from '../../src/content/models.ts';
import { captureLog } from '../fixtures/capture-log.ts';

const entries = Object.entries(queries);
const sourceText = readFileSync(
	join(import.meta.dirname, '..', '..', 'src', 'content', 'queries.ts'),
	'utf8',
);

// Each `*[…]` of a query with the text that follows its closing bracket.
function documentSets(query: string): string[] {
	const followers: string[] = [];
	for (let start = query.indexOf('*['); start !== -1; start = query.indexOf('*[', start + 2)) {
		let depth = 0;
		for (let index = start + 1; index < query.length; index++) {
			if (query[index] === '[') depth++;
			if (query[index] === ']') depth--;
			if (depth === 0) {
				followers.push(query.slice(index + 1));
				break;
			}
		}
	}
	return followers;
}

describe('the queries', () => {
	test('there are queries, and each is declared with defineQuery', () => {
		expect(entries.length).toBeGreaterThanOrEqual(12);
		for (const [name] of entries) {
			expect(sourceText).toMatch(new RegExp(`export const ${name} = defineQuery\\(`));
		}
	});

	test.each(entries)('%s parses as GROQ', (_name, query) => {
		expect(() => parse(query)).not.toThrow();
	});

	test.each(entries)('%s orders every document set explicitly', (_name, query) => {
		const sets = documentSets(query);
		expect(sets.length).toBeGreaterThan(0);
		for (const rest of sets) expect(rest).toMatch(/^\s*\|\s*order\(/);
	});

	test.each(entries)(
		'%s avoids what the embedded engine lacks or the Lake sorts by itself',
		(_name, query) => {
			expect(query).not.toMatch(/geo::|text::|documents::|user::|\bmatch\b|score\(/);
			expect(query).not.toMatch(/_createdAt|_updatedAt/);
		},
	);

	test('values enter only as parameters', () => {
		expect(sourceText).not.toMatch(
			/defineQuery\(\s*`[^`]*\$\{(?!\w+Fields\}|imageFields\}|fileFields\}|bodyFields\})/,
		);
		expect(queries.STORY_QUERY).toContain('slug.current == $slug');
		expect(queries.STORIES_BY_CATEGORY_QUERY).toContain('category == $category');
	});
});

describe('the generated query types', () => {
	const generated = readFileSync(
		join(import.meta.dirname, '..', '..', 'src', 'content', 'sanity.types.ts'),
		'utf8',
	);

	test.each(entries)('cover %s as it is now (else run `npm run typegen`)', (name, query) => {
		expect(generated).toContain(`// Variable: ${name}\n// Query: ${query}\n`);
	});
});

describe('a parameter that holds GROQ syntax', () => {
	const { log } = captureLog();
	const source = createEmbeddedSource({
		contentDir: join(import.meta.dirname, '..', 'fixtures', 'content'),
		log,
	});
	const content = createContentRepository(source, { log });

	test('matches nothing when given as a slug', async () => {
		expect(await content.story('"x" || true')).toBeNull();
		expect(await content.story('2021-xian-xue" || true || "')).toBeNull();
		expect(await content.exhibit('*')).toBeNull();
		expect(await source.fetch(queries.OUTREACH_SITE_QUERY, { slug: ') || true || (' })).toBeNull();
	});

	test('matches nothing when given as a category', async () => {
		const category = '" || true || "' as StoryCategory;
		expect(await content.stories({ category })).toEqual([]);
	});

	test('the real slug still matches, so the tests above could fail', async () => {
		expect((await content.story('2021-xian-xue'))?.slug).toBe('2021-xian-xue');
	});
});

describe('the queries of the health check and the site importer', () => {
	async function run(query: string, dataset: object[]) {
		return (await evaluate(parse(query), { dataset })).get();
	}

	const sites = [
		{ _id: 'site-b', _type: 'outreachSite', name: { zh: '乙' } },
		{ _id: 'drafts.site-a', _type: 'outreachSite', name: { zh: '草稿' } },
		{ _id: 'versions.r1.site-b', _type: 'outreachSite', name: { zh: '版本' } },
		{
			_id: 'site-a',
			_type: 'outreachSite',
			name: { zh: '甲' },
			location: { lat: 27.8, lng: 113.1 },
		},
		{ _id: 'story-a', _type: 'story' },
	];

	test('HEALTH_QUERY names the settings document, or gives null without one', async () => {
		const settings = { _id: 'siteSettings', _type: 'siteSettings' };

		expect(await run(queries.HEALTH_QUERY, [...sites, settings])).toBe('siteSettings');
		expect(await run(queries.HEALTH_QUERY, sites)).toBeNull();
	});

	test('OUTREACH_SITES_FOR_IMPORT_QUERY gives the published sites whole, by _id', async () => {
		const found = (await run(queries.OUTREACH_SITES_FOR_IMPORT_QUERY, sites)) as object[];

		expect(found).toEqual([sites[3], sites[0]]);
	});
});
