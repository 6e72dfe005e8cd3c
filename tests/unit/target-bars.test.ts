import { describe, expect, it } from 'vitest';

import { targetBars } from '../../src/chart/target-bars.ts';

describe('target bars', () => {
	it('draws the goal full length when it exceeds the past result', () => {
		const [row] = targetBars([{ key: 'training', target: 30, baseline: 17.1 }]);
		expect(row).toMatchObject({ scale: 30, targetFraction: 1, baseline: 17.1 });
		expect(row?.baselineFraction).toBeCloseTo(0.57);
	});

	it('scales the row to the past result when that is larger than the goal', () => {
		const [row] = targetBars([{ key: 'funds', target: 10000, baseline: 10065.29 }]);
		expect(row?.scale).toBe(10065.29);
		expect(row?.baselineFraction).toBe(1);
		expect(row?.targetFraction).toBeCloseTo(0.9935, 4);
	});

	it('leaves out a missing or meaningless baseline', () => {
		const rows = targetBars([
			{ key: 'a', target: 20000 },
			{ key: 'b', target: 420, baseline: null },
			{ key: 'c', target: 8000, baseline: Number.NaN },
			{ key: 'd', target: 8000, baseline: -1 },
		]);
		expect(rows.map((row) => row.baselineFraction)).toEqual([null, null, null, null]);
		expect(rows.map((row) => row.targetFraction)).toEqual([1, 1, 1, 1]);
	});

	it('draws nothing for a goal of zero instead of dividing by zero', () => {
		const [row] = targetBars([{ key: 'zero', target: 0 }]);
		expect(row).toMatchObject({ scale: 0, targetFraction: 0, baselineFraction: null });
	});

	it('gives bar lengths between 0 and 1 for the largest and smallest numbers JSON can hold', () => {
		const rows = targetBars([
			{ key: 'huge', target: 1.7e308, baseline: 1.7e308 },
			{ key: 'huge-past', target: 8, baseline: 1e300 },
			{ key: 'tiny', target: 5e-324, baseline: 0 },
			{ key: 'negative', target: -100, baseline: -5 },
		]);

		const fractions = rows.flatMap((row) => [row.targetFraction, row.baselineFraction ?? 0]);
		for (const value of fractions) {
			expect(Number.isFinite(value) && value >= 0 && value <= 1).toBe(true);
		}
	});

	it('keeps the goals in the order given', () => {
		const keys = targetBars([
			{ key: 'x', target: 1 },
			{ key: 'y', target: 2 },
		]).map((row) => row.key);
		expect(keys).toEqual(['x', 'y']);
	});
});
