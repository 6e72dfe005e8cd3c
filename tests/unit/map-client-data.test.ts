import { describe, expect, test } from 'vitest';

import type { OutreachSite } from '../../src/content/models.ts';
import { mapClientData, serializeClientData } from '../../src/map/client-data.ts';
import { formatDistance } from '../../src/map/distance-label.ts';
import { placeSites } from '../../src/map/placed-sites.ts';
import { fillTemplate } from '../../src/map/template.ts';
import { resolveTileSettings } from '../../src/map/tile-providers.ts';

const base: OutreachSite = {
	_id: 'site-001',
	name: { zh: '</script><script>alert(1)</script>' },
	slug: 'a',
	kind: 'park',
	district: 'lusong',
	address: { zh: '芦淞区' },
	location: { lat: 27.8, lng: 113.15 },
	activities: [],
	photo: null,
	institution: null,
	locationApproximate: false,
	sample: false,
};

describe('the map page data', () => {
	const tiles = resolveTileSettings({}, 'zh').settings;
	const data = mapClientData(
		placeSites([base, { ...base, _id: 'site-002', slug: 'b', location: { lat: 0, lng: 0 } }]),
		'zh',
		tiles,
	);

	test('gives located sites their WGS-84 point and pending ones none', () => {
		expect(data.sites.map((site) => [site.slug, site.lat, site.lng])).toEqual([
			['a', 27.8, 113.15],
			['b', null, null],
		]);
		expect(data.bounds).toEqual({ south: 27.8, west: 113.15, north: 27.8, east: 113.15 });
		expect(data.sites[0]?.url).toBe('/map/a/');
	});

	test('cannot close its script block, whatever a name holds', () => {
		const text = serializeClientData(data);

		expect(text).not.toContain('</script>');
		expect(JSON.parse(text).sites[0].name).toBe(base.name.zh);
	});
});

describe('texts the map script fills in', () => {
	test('fill their slots and leave unknown ones', () => {
		expect(fillTemplate('显示 {shown} / {total} 个', { shown: 3, total: 100 })).toBe(
			'显示 3 / 100 个',
		);
		expect(fillTemplate('{a}{b}', { a: 1 })).toBe('1{b}');
	});

	test('give distances in metres, then kilometres', () => {
		expect(formatDistance(4, 'zh')).toBe('10米');
		expect(formatDistance(846, 'en')).toBe('850 m');
		expect(formatDistance(1234, 'zh')).toBe('1.2公里');
		expect(formatDistance(23_456, 'en')).toBe('23 km');
	});
});
