import { describe, expect, it } from 'vitest';

import {
	nearestStopIndex,
	stopIndexOf,
	timelineSpan,
	timelineStops,
	yearFraction,
} from '../../src/museum/timeline.ts';

const halls = [
	{
		eraStart: 1854,
		eraEnd: 1864,
		exhibits: [
			{ slug: 'lamp', year: 1854 },
			{ slug: 'geneva', year: 1864 },
		],
	},
	{
		eraStart: 1901,
		eraEnd: 2024,
		exhibits: [
			{ slug: 'abo', year: 1901 },
			{ slug: 'kit', year: 2024 },
		],
	},
	{
		eraStart: 1904,
		eraEnd: 2022,
		exhibits: [
			{ slug: 'ship', year: 1904 },
			{ slug: 'law', year: 1993 },
		],
	},
];

describe('the timeline', () => {
	it('orders every exhibit of every hall by year, remembering where it stands', () => {
		const stops = timelineStops(halls);

		expect(stops.map((stop) => stop.slug)).toEqual(['lamp', 'geneva', 'abo', 'ship', 'law', 'kit']);
		expect(stops[3]).toEqual({ year: 1904, slug: 'ship', hallIndex: 2, exhibitIndex: 0 });
	});

	it('keeps the halls’ order for exhibits of the same year', () => {
		const stops = timelineStops([
			{ eraStart: 1, eraEnd: 2, exhibits: [{ slug: 'b', year: 1938 }] },
			{ eraStart: 1, eraEnd: 2, exhibits: [{ slug: 'a', year: 1938 }] },
		]);

		expect(stops.map((stop) => stop.slug)).toEqual(['b', 'a']);
	});

	it('spans the eras and years of every hall', () => {
		expect(timelineSpan(halls)).toEqual({ start: 1854, end: 2024 });
		expect(timelineSpan([])).toBeNull();
	});

	it('places a year on the span', () => {
		const span = { start: 1900, end: 2000 };

		expect(yearFraction(span, 1950)).toBeCloseTo(0.5);
		expect(yearFraction(span, 1800)).toBe(0);
		expect(yearFraction({ start: 1900, end: 1900 }, 1900)).toBe(0);
	});

	it('finds an exhibit and the exhibit nearest a year', () => {
		const stops = timelineStops(halls);

		expect(stopIndexOf(stops, 'law')).toBe(4);
		expect(stopIndexOf(stops, 'missing')).toBe(-1);
		expect(stops[nearestStopIndex(stops, 1990)]!.slug).toBe('law');
		expect(nearestStopIndex([], 1990)).toBe(-1);
	});
});
