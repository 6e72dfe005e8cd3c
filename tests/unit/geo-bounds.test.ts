import { describe, expect, test } from 'vitest';

import { boundsOf, centreOf, contains, toCornerPairs } from '../../src/geo/bounds.ts';
import { zhuzhouBounds, zhuzhouCentre } from '../../src/geo/zhuzhou.ts';

describe('bounds', () => {
	test('of no points are null', () => {
		expect(boundsOf([])).toBeNull();
	});

	test('of one point are that point', () => {
		expect(boundsOf([{ lat: 27.8, lng: 113.1 }])).toEqual({
			south: 27.8,
			west: 113.1,
			north: 27.8,
			east: 113.1,
		});
	});

	test('hold every point, and their centre lies between them', () => {
		const points = [
			{ lat: 27.9, lng: 113.2 },
			{ lat: 26.5, lng: 113.8 },
			{ lat: 27.6, lng: 113.0 },
		];
		const bounds = boundsOf(points);

		expect(bounds).toEqual({ south: 26.5, west: 113.0, north: 27.9, east: 113.8 });
		expect(points.every((point) => bounds && contains(bounds, point))).toBe(true);
		expect(bounds && centreOf(bounds)).toEqual({ lat: 27.2, lng: 113.4 });
		expect(bounds && toCornerPairs(bounds)).toEqual([
			[26.5, 113.0],
			[27.9, 113.8],
		]);
	});

	test('include their edges and nothing beyond', () => {
		expect(contains(zhuzhouBounds, { lat: 26.0, lng: 112.8 })).toBe(true);
		expect(contains(zhuzhouBounds, { lat: 25.99, lng: 113 })).toBe(false);
		expect(contains(zhuzhouBounds, { lat: 27, lng: 114.11 })).toBe(false);
	});

	test('of Zhuzhou hold the city centre', () => {
		expect(contains(zhuzhouBounds, zhuzhouCentre)).toBe(true);
	});
});
