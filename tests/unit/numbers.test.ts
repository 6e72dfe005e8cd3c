import { describe, expect, it } from 'vitest';

import { formatNumber, formatQuantity } from '../../src/i18n/numbers.ts';

describe('number formatting', () => {
	it('writes the plan’s five-year fundraising total exactly as the plan does', () => {
		expect(formatQuantity(10065.29, '万元', 'zh')).toBe('10065.29万元');
	});

	it('groups thousands in English and puts a space before the unit', () => {
		expect(formatQuantity(10065.29, 'ten-thousand yuan', 'en')).toBe('10,065.29 ten-thousand yuan');
	});

	it('drops trailing zeros and rounds to two decimals', () => {
		expect(formatNumber(8, 'zh')).toBe('8');
		expect(formatNumber(1.155, 'en')).toBe('1.16');
	});

	it('writes a number without a unit as the number alone', () => {
		expect(formatQuantity(420, '', 'zh')).toBe('420');
	});
});
