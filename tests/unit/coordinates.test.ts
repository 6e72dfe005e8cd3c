import { describe, expect, it } from 'vitest';

import { formatCoordinates } from '../../src/i18n/coordinates.ts';

describe('formatCoordinates', () => {
	const zhuzhou = { lat: 27.8274, lng: 113.134 };

	it('names the hemispheres in Chinese', () => {
		expect(formatCoordinates(zhuzhou, 'zh')).toBe('北纬27.82740°，东经113.13400°');
	});

	it('names the hemispheres in English', () => {
		expect(formatCoordinates(zhuzhou, 'en')).toBe('27.82740° N, 113.13400° E');
	});

	it('writes southern and western points without a minus sign', () => {
		expect(formatCoordinates({ lat: -33.5, lng: -70.25 }, 'en')).toBe('33.50000° S, 70.25000° W');
	});
});
