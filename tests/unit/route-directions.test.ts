import { describe, expect, test } from 'vitest';

import type { RouteStop } from '../../src/content/models.ts';
import {
	bearingInDegrees,
	legFromPrevious,
	offlinePages,
	pageStops,
} from '../../site/components/route/route-data.ts';

function stop(slug: string, lat: number, lng: number, sample = false): RouteStop {
	return {
		_id: `stop-${slug}`,
		title: { zh: `站${slug}`, en: `Stop ${slug}` },
		slug,
		location: { lat, lng },
		radius: 100,
		openingHours: [],
		hoursNote: null,
		address: { zh: '地址' },
		district: 'tianyuan',
		description: { zh: '说明' },
		directions: { zh: '步行' },
		image: null,
		institution: null,
		locationApproximate: false,
		sample,
	} as unknown as RouteStop;
}

describe('directions between stops', () => {
	test('bearings run clockwise from north', () => {
		const here = { lat: 27.8, lng: 113.1 };

		expect(bearingInDegrees(here, { lat: 27.9, lng: 113.1 })).toBeCloseTo(0, 5);
		expect(bearingInDegrees(here, { lat: 27.8, lng: 113.2 })).toBeCloseTo(90, 0);
		expect(bearingInDegrees(here, { lat: 27.7, lng: 113.1 })).toBeCloseTo(180, 5);
		expect(bearingInDegrees(here, { lat: 27.8, lng: 113.0 })).toBeCloseTo(270, 0);
	});

	test('say how far and which way the next stop is, in each language', () => {
		const from = stop('a', 27.8, 113.1);
		const to = stop('b', 27.81, 113.11);

		expect(legFromPrevious(from, to, 'zh')).toBe('从上一站往东北约1.5公里。');
		expect(legFromPrevious(from, to, 'en')).toBe('About 1.5 km north-east of the previous stop.');
		expect(legFromPrevious(undefined, to, 'zh')).toBeNull();
	});

	test('give short legs in metres', () => {
		expect(legFromPrevious(stop('a', 27.8, 113.1), stop('b', 27.8, 113.103), 'zh')).toBe(
			'从上一站往东约295米。',
		);
	});
});

describe('what the route pages hand their scripts', () => {
	const route = {
		_id: 'route-x',
		title: { zh: '路线' },
		slug: 'x',
		description: { zh: '说明' },
		stops: [stop('a', 27.8, 113.1), stop('b', 27.81, 113.11, true)],
	};

	test('the stops, with sample stops marked as not needed for the certificate', () => {
		expect(pageStops(route, 'en')).toEqual([
			{ slug: 'a', title: 'Stop a', required: true },
			{ slug: 'b', title: 'Stop b', required: false },
		]);
	});

	test('the pages to keep offline, in the page’s language', () => {
		expect(offlinePages(route, 'en')).toEqual([
			'/en/route/',
			'/en/route/a/',
			'/en/route/b/',
			'/en/route/privacy/',
		]);
	});
});
