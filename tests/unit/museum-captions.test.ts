import { describe, expect, it } from 'vitest';

import { captionLines, captionStarts, lineAt, readingMs } from '../../src/museum/captions.ts';

describe('caption lines', () => {
	it('cuts Chinese text at the end of each sentence, keeping closing quotes', () => {
		expect(captionLines('南丁格尔提着灯巡视病房。士兵称她“提灯女士”。后来……', 'zh-CN')).toEqual([
			'南丁格尔提着灯巡视病房。',
			'士兵称她“提灯女士”。',
			'后来……',
		]);
	});

	it('cuts English text at sentence ends, not inside numbers', () => {
		expect(captionLines('It held 1.5 litres. Nurses used it! Then what?', 'en')).toEqual([
			'It held 1.5 litres.',
			'Nurses used it!',
			'Then what?',
		]);
	});

	it('splits a long sentence at commas, and never makes a line longer than fits', () => {
		const long =
			'一九三八年，白求恩率领医疗队来到晋察冀边区，在前线附近搭起流动手术室，连续工作数十个小时，救治了大批伤员，还编写教材培训当地的卫生人员。';
		const lines = captionLines(long, 'zh-CN');

		expect(lines.length).toBeGreaterThan(1);
		expect(lines.join('')).toBe(long);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
	});

	it('cuts hard a clause without any punctuation', () => {
		const lines = captionLines('字'.repeat(100), 'zh-CN');

		expect(lines.map((line) => line.length)).toEqual([40, 40, 20]);
	});

	it('ignores blank text', () => {
		expect(captionLines('  \n ', 'en')).toEqual([]);
	});
});

describe('caption timing', () => {
	it('gives a line the time it takes to read aloud, shorter at a higher speed', () => {
		expect(readingMs('十个汉字十个汉字十个', 'zh-CN')).toBe(2200);
		expect(readingMs('十个汉字十个汉字十个', 'zh-CN', 10)).toBe(220);
		expect(readingMs('Hi.', 'en')).toBe(1200);
	});

	it('spreads lines over a recording in proportion to their length', () => {
		const starts = captionStarts(['aa', 'aaaa', 'aa'], 8000);

		expect(starts).toEqual([0, 2000, 6000]);
		expect(lineAt(starts, 0)).toBe(0);
		expect(lineAt(starts, 5999)).toBe(1);
		expect(lineAt(starts, 7000)).toBe(2);
	});
});
