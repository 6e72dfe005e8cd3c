import { describe, expect, test } from 'vitest';

import { checkLocation, explainLocationProblem } from '../../src/geo/validity.ts';

describe('checking a stored location', () => {
	test('accepts a point inside Zhuzhou as WGS-84', () => {
		expect(checkLocation({ lat: 27.83, lng: 113.13 })).toEqual({
			ok: true,
			location: { lat: 27.83, lng: 113.13 },
		});
	});

	test('finds a missing point or one without numbers', () => {
		for (const raw of [
			null,
			undefined,
			{},
			{ lat: 27.8 },
			{ lat: '27.8', lng: '113.1' },
			{ lat: NaN, lng: 113 },
		]) {
			expect(checkLocation(raw)).toEqual({ ok: false, problem: 'missing' });
		}
	});

	test('finds latitude and longitude swapped', () => {
		expect(checkLocation({ lat: 113.13, lng: 27.83 })).toEqual({ ok: false, problem: 'swapped' });
	});

	test('finds a point off the globe', () => {
		expect(checkLocation({ lat: 127.8, lng: 13.1 })).toEqual({
			ok: false,
			problem: 'out-of-range',
		});
		expect(checkLocation({ lat: 27.8, lng: 213.1 })).toEqual({
			ok: false,
			problem: 'out-of-range',
		});
	});

	test('finds a point outside Zhuzhou, such as 0, 0 or Beijing', () => {
		expect(checkLocation({ lat: 0, lng: 0 })).toEqual({ ok: false, problem: 'outside-area' });
		expect(checkLocation({ lat: 39.9, lng: 116.4 })).toEqual({
			ok: false,
			problem: 'outside-area',
		});
	});

	test('tells the editor which field to fix and with what', () => {
		expect(explainLocationProblem('missing', null)).toContain('地图位置 (location)');
		expect(explainLocationProblem('swapped', { lat: 113.1, lng: 27.8 })).toMatch(
			/lat 113\.1, lng 27\.8.*swap them/,
		);
		expect(explainLocationProblem('outside-area', { lat: 39.9, lng: 116.4 })).toContain('WGS-84');
	});
});
