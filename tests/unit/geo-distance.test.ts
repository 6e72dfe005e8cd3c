import { describe, expect, test } from 'vitest';

import { distanceInMetres, isWithin } from '../../src/geo/distance.ts';

const zhuzhou = { lat: 27.8274, lng: 113.134 };
const changsha = { lat: 28.2282, lng: 112.9388 };

describe('distance on the ground', () => {
	test('is zero from a point to itself', () => {
		expect(distanceInMetres(zhuzhou, zhuzhou)).toBe(0);
	});

	test('is one degree of latitude, about 111.2 km, along a meridian', () => {
		expect(distanceInMetres({ lat: 27, lng: 113 }, { lat: 28, lng: 113 })).toBeCloseTo(111_195, -1);
	});

	test('shrinks a degree of longitude with the cosine of the latitude', () => {
		const atEquator = distanceInMetres({ lat: 0, lng: 113 }, { lat: 0, lng: 114 });
		const atZhuzhou = distanceInMetres({ lat: 27.8, lng: 113 }, { lat: 27.8, lng: 114 });

		expect(atZhuzhou / atEquator).toBeCloseTo(Math.cos((27.8 * Math.PI) / 180), 3);
	});

	test('gives about 48 km from Zhuzhou to Changsha, the same both ways', () => {
		const there = distanceInMetres(zhuzhou, changsha);

		expect(there).toBeGreaterThan(47_000);
		expect(there).toBeLessThan(50_000);
		expect(distanceInMetres(changsha, zhuzhou)).toBeCloseTo(there, 6);
	});

	test('stays finite for points on opposite sides of the Earth', () => {
		const half = distanceInMetres({ lat: 0, lng: 0 }, { lat: 0, lng: 180 });
		expect(half).toBeCloseTo(Math.PI * 6_371_008.8, 0);
	});

	test('counts a point exactly on the radius as within it', () => {
		const north = { lat: zhuzhou.lat + 0.001, lng: zhuzhou.lng };
		const metres = distanceInMetres(zhuzhou, north);

		expect(isWithin(north, zhuzhou, metres)).toBe(true);
		expect(isWithin(north, zhuzhou, metres - 0.01)).toBe(false);
	});
});
