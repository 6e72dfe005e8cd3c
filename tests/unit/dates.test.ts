import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { formatDate, machineDate } from '../../src/i18n/dates.ts';

// 2022-12-31T17:30:00Z is already New Year's Day, 01:30, in Zhuzhou.
const newYearInZhuzhou = '2022-12-31T17:30:00Z';

describe('formatDate', () => {
	let savedTimeZone: string | undefined;

	beforeEach(() => {
		savedTimeZone = process.env.TZ;
		process.env.TZ = 'America/Los_Angeles';
	});

	afterEach(() => {
		if (savedTimeZone === undefined) delete process.env.TZ;
		else process.env.TZ = savedTimeZone;
	});

	it('writes a Chinese date with year, month and day', () => {
		expect(formatDate('2024-05-08T02:00:00Z', 'zh')).toBe('2024年5月8日');
	});

	it('writes an English date day first', () => {
		expect(formatDate('2024-05-08T02:00:00Z', 'en')).toBe('8 May 2024');
	});

	it('uses the date in Zhuzhou, not the server’s time zone', () => {
		expect(new Date(newYearInZhuzhou).getDate()).toBe(31);
		expect(formatDate(newYearInZhuzhou, 'zh')).toBe('2023年1月1日');
		expect(formatDate(newYearInZhuzhou, 'en')).toBe('1 January 2023');
	});

	it('shows only the year for a story known by its year', () => {
		expect(formatDate('2022-06-30T16:00:00Z', 'zh', 'year')).toBe('2022年');
		expect(formatDate('2022-06-30T16:00:00Z', 'en', 'year')).toBe('2022');
	});

	it('shows the year and month for a story known by its month', () => {
		expect(formatDate('2023-03-01T00:00:00Z', 'zh', 'month')).toBe('2023年3月');
		expect(formatDate('2023-03-01T00:00:00Z', 'en', 'month')).toBe('March 2023');
	});

	it('accepts Date objects', () => {
		expect(formatDate(new Date(Date.UTC(2021, 8, 1, 4)), 'zh')).toBe('2021年9月1日');
	});

	it('refuses a value that is not a date, naming it', () => {
		expect(() => formatDate('not a date', 'zh')).toThrow(/"not a date" is not a date/);
	});
});

describe('machineDate', () => {
	it('gives the Zhuzhou date in ISO form', () => {
		expect(machineDate(newYearInZhuzhou)).toBe('2023-01-01');
	});

	it('cuts the value to the known precision', () => {
		expect(machineDate('2024-05-08T02:00:00Z', 'month')).toBe('2024-05');
		expect(machineDate('2024-05-08T02:00:00Z', 'year')).toBe('2024');
	});
});
