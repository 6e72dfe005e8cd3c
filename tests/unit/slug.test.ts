import { describe, expect, test } from 'vitest';

import { slugify, uniqueSlug } from '../../src/slug.ts';

describe('slugify', () => {
	test('turns a Chinese title into toneless pinyin joined by hyphens', () => {
		expect(slugify('南山公园红十字生命文化公园')).toBe(
			'nan-shan-gong-yuan-hong-shi-zi-sheng-ming-wen-hua-gong-yuan',
		);
	});

	test('keeps latin letters and digits and drops punctuation', () => {
		expect(slugify('首家“5A”级景区红十字救护站')).toBe(
			'shou-jia-5a-ji-jing-qu-hong-shi-zi-jiu-hu-zhan',
		);
		expect(slugify('Red Cross 博爱 2024!')).toBe('red-cross-bo-ai-2024');
	});

	test('gives the same slug for the same title every time', () => {
		const title = '市中心医院成为非亲缘性造血干细胞采集和移植定点医院';
		expect(slugify(title)).toBe(slugify(title));
	});

	test('never gives an empty slug', () => {
		expect(slugify('！？。')).toBe('item');
		expect(slugify('   ', 'story')).toBe('story');
	});

	test('shortens a long title at a syllable boundary', () => {
		const slug = slugify('株洲师范高等专科学校揭牌首家红十字特色高校并开展携手人道志愿服务活动');
		expect(slug.length).toBeLessThanOrEqual(64);
		expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(
			slugify('株洲师范高等专科学校揭牌首家红十字特色高校并开展携手人道志愿服务活动'),
		).toContain('zhu-zhou-shi-fan');
	});
});

describe('uniqueSlug', () => {
	test('adds a number when the slug is taken and records what it gave', () => {
		const taken = new Set<string>();
		expect(uniqueSlug('hong-shi-zi', taken)).toBe('hong-shi-zi');
		expect(uniqueSlug('hong-shi-zi', taken)).toBe('hong-shi-zi-2');
		expect(uniqueSlug('hong-shi-zi', taken)).toBe('hong-shi-zi-3');
		expect(taken.size).toBe(3);
	});
});
