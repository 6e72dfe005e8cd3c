import { describe, expect, test } from 'vitest';

import { gcj02ToWgs84, wgs84ToGcj02 } from '../../src/geo/datum.ts';
import { distanceInMetres } from '../../src/geo/distance.ts';

const cityCentre = { lat: 27.827, lng: 113.134 };
const yanling = { lat: 26.49, lng: 113.77 };

// The degrees a point is drawn at on GCJ-02 tiles, read as if they were WGS-84: how far off a
// point stored unconverted would be.
function misread(point: { lat: number; lng: number }) {
	const { lat, lng } = wgs84ToGcj02(point);
	return { lat, lng };
}

describe('WGS-84 and GCJ-02', () => {
	test('are several hundred metres apart in Zhuzhou', () => {
		for (const point of [cityCentre, yanling]) {
			const shift = distanceInMetres(point, misread(point));
			expect(shift).toBeGreaterThan(600);
			expect(shift).toBeLessThan(750);
		}
	});

	test('shift a Zhuzhou point east and south', () => {
		const shown = wgs84ToGcj02(cityCentre);

		expect(shown.lng).toBeGreaterThan(cityCentre.lng);
		expect(shown.lat).toBeLessThan(cityCentre.lat);
	});

	test('convert back to within a metre', () => {
		for (const point of [cityCentre, yanling]) {
			const back = gcj02ToWgs84(wgs84ToGcj02(point));
			expect(distanceInMetres(point, back)).toBeLessThan(1);
		}
	});

	test('are the same outside China, where GCJ-02 has no offset', () => {
		const london = { lat: 51.5, lng: -0.12 };
		expect(distanceInMetres(london, misread(london))).toBeLessThan(0.001);
	});
});
