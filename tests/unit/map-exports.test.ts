import { describe, expect, test } from 'vitest';

import type { OutreachSite } from '../../src/content/models.ts';
import { sitesToCsv, sitesToGeoJson, utf8Bom } from '../../src/map/exports.ts';
import { placeSites } from '../../src/map/placed-sites.ts';

const origin = 'https://boai.example';

function site(id: string, fields: Partial<OutreachSite> = {}): OutreachSite {
	return {
		_id: id,
		name: { zh: '荷塘区红十字服务站', en: 'Hetang Red Cross station' },
		slug: `slug-${id}`,
		kind: 'station',
		district: 'hetang',
		address: { zh: '荷塘区新华路' },
		location: { lat: 27.86, lng: 113.17 },
		activities: [{ zh: '急救培训', en: 'First-aid training' }, { zh: '献血宣传' }],
		photo: null,
		institution: null,
		locationApproximate: true,
		sample: true,
		...fields,
	};
}

const placed = placeSites([
	site('site-001'),
	site('site-002', { location: null, name: { zh: '名称, 带 "引号"' } }),
	site('site-003', { name: { zh: '=HYPERLINK("http://x")' }, locationApproximate: false }),
]);

describe('the GeoJSON export', () => {
	const collection = sitesToGeoJson(placed, 'zh', origin);

	test('has a Point feature per located site, as [lng, lat]', () => {
		expect(collection.type).toBe('FeatureCollection');
		expect(collection.features.map((feature) => feature.id)).toEqual([
			'slug-site-001',
			'slug-site-003',
		]);
		expect(collection.features[0]?.geometry).toEqual({
			type: 'Point',
			coordinates: [113.17, 27.86],
		});
		expect(collection.bbox).toEqual([113.17, 27.86, 113.17, 27.86]);
	});

	test('describes each site in the export language, with its page address', () => {
		expect(collection.features[0]?.properties).toEqual({
			slug: 'slug-site-001',
			name: '荷塘区红十字服务站',
			kind: 'station',
			kindLabel: '交通站点',
			district: 'hetang',
			districtLabel: '荷塘区',
			address: '荷塘区新华路',
			activities: ['急救培训', '献血宣传'],
			url: 'https://boai.example/map/slug-site-001/',
			locationApproximate: true,
			sample: true,
		});

		const english = sitesToGeoJson(placed, 'en', origin).features[0]?.properties;
		expect(english).toMatchObject({
			name: 'Hetang Red Cross station',
			districtLabel: 'Hetang District',
			address: '荷塘区新华路',
			url: 'https://boai.example/en/map/slug-site-001/',
		});
	});
});

describe('the CSV export', () => {
	const csv = sitesToCsv(placed, 'zh', origin);
	const lines = csv.slice(utf8Bom.length).split('\r\n');

	test('starts with a byte-order mark and ends every line with CRLF, as Excel needs', () => {
		expect(csv.startsWith('\uFEFF编号,名称,')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		expect(lines).toHaveLength(5);
	});

	test('writes one row per site, a site without location as pending', () => {
		expect(lines[1]).toBe(
			'site-001,荷塘区红十字服务站,交通站点,荷塘区,荷塘区新华路,27.860000,113.170000,近似，待核实,急救培训；献血宣传,是,https://boai.example/map/slug-site-001/',
		);
		expect(lines[2]).toContain(',,,位置待定,');
	});

	test('quotes commas and quotes, and keeps formulas from running', () => {
		expect(lines[2]).toContain('"名称, 带 ""引号"""');
		expect(lines[3]).toContain(`"'=HYPERLINK(""http://x"")"`);
		expect(lines[3]).toContain(',已核实,');
	});

	test('speaks English in the English export', () => {
		const english = sitesToCsv(placed, 'en', origin);
		expect(english).toContain('ID,Name,Kind,District,Address,Latitude (WGS-84)');
		expect(english).toContain('First-aid training; 献血宣传');
		expect(english).toContain('Location pending');
	});
});
