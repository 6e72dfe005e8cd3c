import { describe, expect, test } from 'vitest';

import { fillTemplate, outcomeSentence } from '../../src/search/present.ts';
import { indexTerms, isHanTerm, queryTerms } from '../../src/search/tokenize.ts';

describe('search terms', () => {
	test('index a run of Chinese characters as its characters and overlapping pairs', () => {
		expect(indexTerms('献血站')).toEqual(['献', '血', '站', '献血', '血站']);
	});

	test('cut a Chinese query into pairs only, so that every pair must be found', () => {
		expect(queryTerms('造血干细胞')).toEqual(['造血', '血干', '干细', '细胞']);
		expect(queryTerms('献血')).toEqual(['献血']);
	});

	test('keep a single Chinese character as it is', () => {
		expect(queryTerms('血')).toEqual(['血']);
	});

	test('split other text into lower-case words, numbers included, apart from Chinese', () => {
		expect(queryTerms('First-Aid 2029年 AED')).toEqual(['年', 'first', 'aid', '2029', 'aed']);
		expect(indexTerms('Red Cross’s 5A景区')).toEqual(['景', '区', '景区', 'red', "cross's", '5a']);
	});

	test('find nothing to look for in punctuation and spaces', () => {
		expect(queryTerms(' ，。！—— ')).toEqual([]);
	});

	test('tell Chinese terms from words', () => {
		expect(isHanTerm('献血')).toBe(true);
		expect(isHanTerm('aid')).toBe(false);
		expect(isHanTerm('5a')).toBe(false);
	});
});

describe('what a search says', () => {
	const wording = {
		resultsOne: '1 result for “{query}”',
		resultsOther: '{count} results for “{query}”',
		none: 'Nothing was found for “{query}”.',
		empty: 'Type what you are looking for.',
	};

	test('fills the page’s templates with the count and the query', () => {
		expect(outcomeSentence(wording, 'aid', 3)).toBe('3 results for “aid”');
		expect(outcomeSentence(wording, 'aid', 1)).toBe('1 result for “aid”');
		expect(outcomeSentence(wording, 'zzz', 0)).toBe('Nothing was found for “zzz”.');
		expect(outcomeSentence(wording, '  ', 0)).toBe('Type what you are looking for.');
	});

	test('leaves a blank it has no value for as it is', () => {
		expect(fillTemplate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
	});
});
