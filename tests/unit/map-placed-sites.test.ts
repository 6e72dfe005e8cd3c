import { describe, expect, test } from 'vitest';

import type { OutreachSite } from '../../src/content/models.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import type { ContentSource } from '../../src/content/source.ts';
import { createSitePlacer, inListOrder, placeSites } from '../../src/map/placed-sites.ts';
import { captureLog } from '../fixtures/capture-log.ts';

function site(id: string, fields: Partial<OutreachSite> = {}): OutreachSite {
	return {
		_id: id,
		name: { zh: `阵地${id}` },
		slug: id,
		kind: 'community',
		district: 'tianyuan',
		address: { zh: '天元区' },
		location: { lat: 27.83, lng: 113.1 },
		activities: [],
		photo: null,
		institution: null,
		locationApproximate: false,
		sample: false,
		...fields,
	};
}

describe('placing outreach sites on the map', () => {
	test('keeps every site, drawing only those with a usable location', () => {
		const placed = placeSites([
			site('site-001'),
			site('site-002', { location: null }),
			site('site-003', { location: { lat: 113.1, lng: 27.83 } }),
		]);

		expect(placed.map((entry) => [entry.site._id, entry.problem])).toEqual([
			['site-001', null],
			['site-002', 'missing'],
			['site-003', 'swapped'],
		]);
		expect(placed[0]?.location).toEqual({ lat: 27.83, lng: 113.1 });
		expect(placed[1]?.location).toBeNull();
	});

	test('warns once per bad site, by id and Chinese name, however often the page is read', () => {
		const { log, warnings } = captureLog();
		const place = createSitePlacer(log);
		const sites = [
			site('site-001'),
			site('site-050', {
				name: { zh: '荷塘区月塘街道人道传播阵地', en: 'Yuetang outreach site' },
				location: { lat: 0, lng: 0 },
			}),
			site('site-051', { location: { lat: 113.1, lng: 27.83 } }),
		];

		place(sites);
		place(sites);
		place(sites);

		expect(warnings()).toHaveLength(2);
		expect(warnings()[0]).toMatchObject({
			documentId: 'site-050',
			documentType: 'outreachSite',
			documentName: '荷塘区月塘街道人道传播阵地',
		});
		expect(warnings()[0]?.msg).toMatch(
			/site-050 “荷塘区月塘街道人道传播阵地” .*outside Zhuzhou.*location pending/,
		);
		expect(warnings()[1]).toMatchObject({ documentId: 'site-051', documentName: '阵地site-051' });
		expect(warnings()[1]?.msg).toMatch(/site-051 “阵地site-051” .*swapped/);
	});

	test('lists the urban districts first, real sites before samples', () => {
		const ordered = inListOrder(
			placeSites([
				site('c', { district: 'yanling' }),
				site('b', { district: 'hetang', sample: true }),
				site('a', { district: 'hetang' }),
				site('d', { district: 'tianyuan' }),
			]),
		);

		expect(ordered.map((entry) => entry.site._id)).toEqual(['d', 'a', 'b', 'c']);
	});
});

describe('the repository with a bad location', () => {
	const raw = (location: unknown) => ({ ...site('site-077'), location });

	async function sitesFrom(documents: unknown[]) {
		const { log, warnings } = captureLog();
		const source: ContentSource = { kind: 'embedded', fetch: async <R>() => documents as R };
		return { sites: await createContentRepository(source, { log }).outreachSites(), warnings };
	}

	test('keeps a site whose location is missing, out of range or not numbers', async () => {
		const { sites, warnings } = await sitesFrom([
			raw(undefined),
			raw({ lat: 213.1, lng: 27.8 }),
			raw({ lat: 'north', lng: 113 }),
		]);

		expect(sites.map((entry) => entry.location)).toEqual([null, { lat: 213.1, lng: 27.8 }, null]);
		expect(warnings()).toEqual([]);
	});
});
