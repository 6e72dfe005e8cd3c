import { describe, expect, it } from 'vitest';

import { formatDays, formatOpeningHours } from '../../src/i18n/hours.ts';

describe('opening hours', () => {
	it('joins a working week into one range', () => {
		expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'], 'zh')).toBe('周一至周五');
		expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'], 'en')).toBe('Mon–Fri');
	});

	it('lists two days, or days apart, one by one', () => {
		expect(formatDays(['sat', 'sun'], 'zh')).toBe('周六、周日');
		expect(formatDays(['mon', 'wed', 'fri'], 'en')).toBe('Mon, Wed, Fri');
	});

	it('puts days in week order and ignores repeats', () => {
		expect(formatDays(['sun', 'mon', 'sat', 'mon', 'tue'], 'zh')).toBe('周一、周二、周六、周日');
		expect(formatDays(['fri', 'wed', 'thu', 'tue'], 'en')).toBe('Tue–Fri');
	});

	it('writes each line with its times', () => {
		expect(
			formatOpeningHours(
				[
					{ days: ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'], opens: '09:00', closes: '17:00' },
					{ days: ['mon'], opens: '14:00', closes: '17:00' },
				],
				'zh',
			),
		).toEqual(['周二至周日 09:00–17:00', '周一 14:00–17:00']);
	});

	it('says in words that a place without hours is always open', () => {
		expect(formatOpeningHours([], 'zh')).toEqual(['全天开放']);
		expect(formatOpeningHours([], 'en')).toEqual(['Open at all times']);
	});
});
