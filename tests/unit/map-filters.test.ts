import { describe, expect, test } from 'vitest';

import { districts, outreachSiteKinds } from '../../src/content/models.ts';
import {
	filterToSearch,
	isFiltering,
	noFilter,
	normalizeSearchText,
	parseFilter,
	siteMatcher,
} from '../../src/map/filters.ts';
import { searchTextOf } from '../../src/map/search-text.ts';

const vocabulary = { kinds: outreachSiteKinds, districts };

const school = {
	kind: 'school',
	district: 'hetang',
	search: searchTextOf({
		name: { zh: '株洲师范高等专科学校红十字特色高校', en: 'Zhuzhou Normal College' },
		address: { zh: '株洲市荷塘区文化路', en: 'Wenhua Road, Hetang District' },
	}),
};
const park = {
	kind: 'park',
	district: 'lusong',
	search: searchTextOf({
		name: { zh: '礼赞生命——红十字生命文化公园' },
		address: { zh: '株洲市芦淞区南山公园内' },
	}),
};

const parse = (query: string) => parseFilter(new URLSearchParams(query), vocabulary);
const matching = (query: string) =>
	[school, park].filter(siteMatcher(parse(query))).map((site) => site.kind);

describe('the map filter in the URL', () => {
	test('reads kind, district and search text', () => {
		expect(parse('kind=school&district=hetang&q=%E5%AD%A6%E6%A0%A1')).toEqual({
			kind: 'school',
			district: 'hetang',
			query: '学校',
		});
	});

	test('ignores kinds and districts it does not know, and empty values', () => {
		expect(parse('kind=castle&district=&q=')).toEqual(noFilter);
		expect(isFiltering(parse('kind=castle'))).toBe(false);
	});

	test('cuts an overlong search', () => {
		expect(parse(`q=${'红'.repeat(500)}`).query).toHaveLength(100);
	});

	test('writes only the parts that are set, and reads back what it wrote', () => {
		const filter = { kind: 'park', district: null, query: '南山 公园' };

		expect(filterToSearch(noFilter)).toBe('');
		expect(parse(filterToSearch(filter))).toEqual(filter);
	});
});

describe('matching sites', () => {
	test('by kind and by district', () => {
		expect(matching('kind=school')).toEqual(['school']);
		expect(matching('district=lusong')).toEqual(['park']);
		expect(matching('kind=school&district=lusong')).toEqual([]);
	});

	test('by Chinese text in the name or the address', () => {
		expect(matching('q=红十字')).toEqual(['school', 'park']);
		expect(matching('q=南山')).toEqual(['park']);
		expect(matching('q=荷塘区')).toEqual(['school']);
	});

	test('by every word of a search with spaces, and across spaces typed inside a word', () => {
		expect(matching('q=芦淞 公园')).toEqual(['park']);
		expect(matching('q=芦淞 学校')).toEqual([]);
		expect(matching('q=荷塘 区')).toEqual(['school']);
	});

	test('by English, in any case, and by full-width letters', () => {
		expect(matching('q=normal college')).toEqual(['school']);
		expect(matching('q=HETANG')).toEqual(['school']);
		expect(matching('q=ＮＯＲＭＡＬ')).toEqual(['school']);
	});

	test('by pinyin and pinyin initials of the Chinese name', () => {
		expect(matching('q=shengmingwenhua')).toEqual(['park']);
		expect(matching('q=lzsm')).toEqual(['park']);
	});

	test('not across the boundary of name and address', () => {
		// The park's name ends in 公园 and its address begins with 株洲.
		expect(matching('q=公园株洲')).toEqual([]);
	});

	test('everything when nothing is asked', () => {
		expect(matching('')).toEqual(['school', 'park']);
	});
});

describe('normalizing search text', () => {
	test('removes spaces, lowers case and folds full-width forms', () => {
		expect(normalizeSearchText(' Ｈe  Tang\u3000区 ')).toBe('hetang区');
	});
});
