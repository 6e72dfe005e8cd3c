import { evaluate, parse } from 'groq-js';
import { describe, expect, test } from 'vitest';

import { normalizeExport, type ContentDocument } from '../../src/content/export-layout.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import type { ContentSource } from '../../src/content/source.ts';
import { captureLog } from '../fixtures/capture-log.ts';

// A repository over documents in Sanity's export layout, queried in memory with groq-js as
// the embedded source queries its folder.
function repositoryOver(exported: ContentDocument[]) {
	const capture = captureLog();
	const { documents } = normalizeExport(exported);
	const byId = new Map(documents.map((document) => [document._id, document]));
	const source: ContentSource = {
		kind: 'embedded',
		async fetch<Result>(query: string, params = {}) {
			const value = await evaluate(parse(query), {
				dataset: documents,
				params,
				dereference: ({ _ref }) => byId.get(_ref),
			});
			return (await value.get()) as Result;
		},
	};
	return { content: createContentRepository(source, { log: capture.log }), ...capture };
}

const image = {
	_type: 'image',
	_sanityAsset: `image@file://./images/${'a'.repeat(40)}-64x48.png`,
	alt: { zh: '插图' },
};

const paragraph = (text: unknown, extra: Record<string, unknown> = {}) => ({
	_type: 'block',
	_key: `k${String(text).slice(0, 8)}`,
	style: 'normal',
	markDefs: [],
	children: [{ _type: 'span', text, marks: [] }],
	...extra,
});

const ref = (id: string, key = id) => ({ _type: 'reference', _ref: id, _key: key });

function story(slug: string, fields: Record<string, unknown> = {}): ContentDocument {
	return {
		_id: `story-${slug}`,
		_type: 'story',
		title: { zh: `故事${slug}` },
		slug: { current: slug },
		publishedAt: '2024-05-01T00:00:00Z',
		category: 'relief',
		coverImage: image,
		excerpt: { zh: '摘要' },
		body: { zh: [paragraph('正文')] },
		...fields,
	};
}

function hall(slug: string, fields: Record<string, unknown> = {}): ContentDocument {
	return {
		_id: `hall-${slug}`,
		_type: 'hall',
		title: { zh: `展厅${slug}` },
		slug: { current: slug },
		theme: { zh: '主题' },
		eraStart: 1860,
		eraEnd: 1950,
		order: 1,
		...fields,
	};
}

function exhibit(slug: string, fields: Record<string, unknown> = {}): ContentDocument {
	return {
		_id: `exhibit-${slug}`,
		_type: 'exhibit',
		title: { zh: `展品${slug}` },
		slug: { current: slug },
		era: { zh: '1864年' },
		year: 1864,
		kind: 'document',
		images: [image],
		description: { zh: '介绍' },
		hall: ref('hall-a'),
		order: 1,
		...fields,
	};
}

function stop(slug: string, fields: Record<string, unknown> = {}): ContentDocument {
	return {
		_id: `stop-${slug}`,
		_type: 'routeStop',
		title: { zh: `站点${slug}` },
		slug: { current: slug },
		location: { _type: 'geopoint', lat: 27.83, lng: 113.13 },
		radius: 100,
		address: { zh: '地址' },
		district: 'hetang',
		description: { zh: '介绍' },
		directions: { zh: '怎么去' },
		image,
		...fields,
	};
}

function route(stops: unknown): ContentDocument {
	return {
		_id: 'route-a',
		_type: 'route',
		title: { zh: '路线' },
		slug: { current: 'lu-xian' },
		description: { zh: '介绍' },
		stops,
	};
}

function site(slug: string, fields: Record<string, unknown> = {}): ContentDocument {
	return {
		_id: `site-${slug}`,
		_type: 'outreachSite',
		name: { zh: `站点${slug}` },
		slug: { current: slug },
		kind: 'community',
		district: 'hetang',
		address: { zh: '荷塘区' },
		location: { lat: 27.86, lng: 113.17 },
		activities: [{ zh: '急救' }],
		...fields,
	};
}

function settings(targets: unknown): ContentDocument {
	return {
		_id: 'siteSettings',
		_type: 'siteSettings',
		title: { zh: '株洲市红十字会' },
		tagline: { zh: '人道' },
		mission: { zh: '使命' },
		planTitle: { zh: '规划' },
		targets,
		figures: [],
	};
}

const target = (fields: Record<string, unknown>) => ({
	_key: `t${JSON.stringify(fields).length}`,
	label: { zh: '指标' },
	unit: { zh: '万人' },
	target: 30,
	...fields,
});

// The warnings as `documentId: message`, for documents named in `ids`.
function messagesOf(warnings: () => Array<{ documentId?: string; msg: string }>) {
	return (id: string) =>
		warnings()
			.filter((line) => line.documentId === id)
			.map((line) => line.msg);
}

describe('fields of the wrong kind that still leave a meaningful document', () => {
	test('an English text that is not text is left out, and the page shows the Chinese', async () => {
		const { content, warnings } = repositoryOver([
			story('a', { title: { zh: '标题', en: 42 }, excerpt: { zh: '摘要', en: { text: 'x' } } }),
		]);

		const found = await content.story('a');

		expect(found?.title).toEqual({ zh: '标题', en: null });
		expect(found?.excerpt).toEqual({ zh: '摘要', en: null });
		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]?.msg).toContain('English (en) text set to 42, which is not text');
	});

	test('a yes/no field that is neither yes nor no counts as yes, so nothing passes for fact', async () => {
		const { content, warnings } = repositoryOver([
			site('a', { sample: 'no', locationApproximate: 0 }),
		]);

		const [found] = await content.outreachSites();

		expect(found).toMatchObject({ sample: true, locationApproximate: true });
		expect(warnings()[0]?.problems).toEqual([
			expect.stringContaining('位置待核实 (locationApproximate) set to 0'),
			expect.stringContaining('示例数据 (sample) set to "no"'),
		]);
	});

	test('an unknown date precision shows only the year', async () => {
		const { content, warnings } = repositoryOver([story('a', { datePrecision: 'week' })]);

		expect((await content.story('a'))?.datePrecision).toBe('year');
		expect(warnings()[0]?.msg).toContain('日期精度 (datePrecision) set to "week"');
	});

	test('a radius outside 20–500 m is brought to the nearest bound', async () => {
		const { content, warnings } = repositoryOver([
			stop('near', { radius: -5 }),
			stop('far', { radius: 100000 }),
		]);

		expect((await content.routeStop('near'))?.radius).toBe(20);
		expect((await content.routeStop('far'))?.radius).toBe(500);
		expect(messagesOf(warnings)('stop-near')[0]).toContain('set to -5, outside 20–500 m, so 20 m');
	});

	test('a list field that is not a list is told about instead of silently emptied', async () => {
		const { content, warnings } = repositoryOver([site('a', { activities: { zh: '急救' } })]);

		expect((await content.outreachSite('a'))?.activities).toEqual([]);
		expect(warnings()[0]?.msg).toContain(
			'开展的服务 (activities) set to {"zh":"急救"}, which is not a list',
		);
	});

	test('an exhibit without its hall is told about, and keeps its own page', async () => {
		const { content, warnings } = repositoryOver([hall('a'), exhibit('lost', { hall: 7 })]);

		expect((await content.exhibit('lost'))?.hall).toBeNull();
		expect(warnings()[0]?.msg).toContain('has no hall: choose "所在展厅 (hall)"');
	});
});

describe('fields that leave a document unusable', () => {
	test.each([
		'2024-02-30',
		'2024-13-45',
		'yesterday',
		'1',
		'March 7',
		'0000-01-01',
		'2024-06-01T10:00:00',
	])('the date %j is refused with its value in the warning', async (publishedAt) => {
		const { content, warnings } = repositoryOver([story('a', { publishedAt })]);

		expect(await content.story('a')).toBeNull();
		expect(warnings()[0]?.msg).toContain(
			`${JSON.stringify(publishedAt)} is not a day of the calendar`,
		);
	});

	test('dates as Sanity writes them are read', async () => {
		const { content, warnings } = repositoryOver([
			story('a', { publishedAt: '2024-02-29' }),
			story('b', { publishedAt: '2024-05-08T02:00:00.000Z' }),
			story('c', { publishedAt: '2024-05-09T10:00:00+08:00' }),
		]);

		expect((await content.stories()).map((found) => found.slug)).toEqual(['c', 'b', 'a']);
		expect(warnings()).toEqual([]);
	});

	test.each(['a/b', '..', '.', ' padded', 'x?y', 'x#y', 'a%2Fb', 'a\\b', 'x\u0000y'])(
		'the slug %j, which a browser would not bring back unchanged, is refused',
		async (slug) => {
			const { content, warnings } = repositoryOver([story('a', { slug: { current: slug } })]);

			expect(await content.stories()).toEqual([]);
			expect(warnings()[0]?.msg).toMatch(/网址标识 \(slug\).*click "Generate"/);
		},
	);

	test('slugs in Chinese, with inner spaces or capitals still make an address', async () => {
		const slugs = ['中文标题', 'a b', 'UPPER'];
		const { content, warnings } = repositoryOver(
			slugs.map((slug, index) => story(`s${index}`, { slug: { current: slug } })),
		);

		expect((await content.stories()).map((found) => found.slug).sort()).toEqual([...slugs].sort());
		expect(warnings()).toEqual([]);
	});

	test('a megabyte pasted into a field is quoted in the log in a few dozen characters', async () => {
		const { content, warnings } = repositoryOver([
			story('a', { category: 'x'.repeat(1024 * 1024) }),
		]);

		await content.stories();

		expect(warnings()[0]?.msg).toContain('(1048578 characters)');
		expect(warnings()[0]?.msg.length).toBeLessThan(500);
	});
});

describe('plan targets the chart cannot draw', () => {
	test('a goal of zero or less is left out, a negative past figure is dropped, a missing key costs nothing', async () => {
		const { content, warnings } = repositoryOver([
			settings([
				target({ _key: 'zero', target: 0 }),
				target({ _key: 'less', target: -100 }),
				target({ _key: 'owed', baseline: -5 }),
				target({ _key: undefined, target: 8, baseline: 1.15 }),
				null,
			]),
		]);

		const { targets } = await content.settings();

		expect(targets.map(({ _key, target, baseline }) => [_key, target, baseline])).toEqual([
			['owed', 30, null],
			['', 8, 1.15],
		]);
		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]?.problems).toEqual([
			expect.stringContaining('2029 年目标值 (target)'),
			expect.stringContaining('过去五年的数值 (baseline) set to -5'),
			expect.stringContaining('set to null, which is not an entry the site can read'),
		]);
	});
});

describe('Portable Text that is damaged in part', () => {
	test('a span without text is left out and the rest of its paragraph stays', async () => {
		const block = paragraph('留下');
		block.children.push({ _type: 'span', text: null as unknown as string, marks: [] });
		const { content, warnings } = repositoryOver([story('a', { body: { zh: [block] } })]);

		const [first] = (await content.story('a'))?.body.zh ?? [];

		expect(first).toMatchObject({ children: [{ text: '留下' }] });
		expect(warnings()[0]?.msg).toContain('has a piece of text in 正文 (body) set to');
	});

	test('marks that are null count as none', async () => {
		const block = paragraph('文字');
		block.children[0]!.marks = null as unknown as never[];
		const { content, warnings } = repositoryOver([story('a', { body: { zh: [block] } })]);

		expect((await content.story('a'))?.body.zh[0]).toMatchObject({
			children: [{ text: '文字', marks: [] }],
		});
		expect(warnings()).toEqual([]);
	});

	test('each unusable entry is named for what it is', async () => {
		const { content, warnings } = repositoryOver([
			story('a', {
				body: {
					zh: [
						null,
						42,
						{ _type: 'image', _key: 'i', alt: { zh: '图' } },
						{ _type: 'block', _key: 'b', style: 'normal' },
						paragraph('好的'),
					],
				},
			}),
		]);

		const found = await content.story('a');

		// The query's projection has already turned the 42 into null: one problem, told once.
		expect(found?.body.zh).toHaveLength(1);
		expect(warnings()[0]?.problems).toEqual([
			expect.stringContaining('an entry in 正文 (body) set to null, which is not a block'),
			expect.stringContaining('an image in 正文 (body) without an uploaded file'),
			expect.stringContaining(
				'a paragraph in 正文 (body) that was left out because it has no children',
			),
		]);
	});
});

describe('two documents with one slug', () => {
	test('the smaller _id owns the address, and the other is left out of every list with one warning', async () => {
		const { content, warnings } = repositoryOver([
			story('b', { slug: { current: 'dup' }, category: 'donation', publishedAt: '2030-01-01' }),
			story('a', { slug: { current: 'dup' }, category: 'relief' }),
			story('c', { related: [ref('story-b'), ref('story-a')] }),
		]);

		for (let round = 0; round < 2; round++) {
			expect((await content.story('dup'))?._id).toBe('story-a');
			expect((await content.stories()).map((found) => found._id)).toEqual(['story-c', 'story-a']);
			expect(await content.stories({ category: 'donation' })).toEqual([]);
			expect((await content.story('c'))?.related.map((found) => found._id)).toEqual(['story-a']);
		}

		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]).toMatchObject({ documentId: 'story-b' });
		expect(warnings()[0]?.msg).toBe(
			'story story-b has the slug "dup", already taken by story-a, whose page the address shows: give this one its own slug in the Studio (left out of lists)',
		);
	});

	test('exhibits, halls, stops and outreach sites are sorted out the same way', async () => {
		const { content, warnings } = repositoryOver([
			hall('a'),
			hall('b', { slug: { current: 'a' } }),
			exhibit('x'),
			exhibit('y', { slug: { current: 'x' } }),
			stop('one'),
			stop('two', { slug: { current: 'one' } }),
			route([ref('stop-one'), ref('stop-two')]),
			site('p'),
			site('q', { slug: { current: 'p' } }),
		]);

		const halls = await content.halls();
		expect(halls.map((found) => found._id)).toEqual(['hall-a']);
		expect(halls[0]?.exhibits.map((found) => found._id)).toEqual(['exhibit-x']);
		expect((await content.route())?.stops.map((found) => found._id)).toEqual(['stop-one']);
		expect((await content.outreachSites()).map((found) => found._id)).toEqual(['site-p']);
		expect(
			warnings()
				.map((line) => line.documentId)
				.sort(),
		).toEqual(['exhibit-y', 'hall-b', 'site-q', 'stop-two']);
	});
});

describe('references that point at the wrong thing', () => {
	test('a reference to a document of another type is the referring document’s problem', async () => {
		const { content, warnings } = repositoryOver([
			hall('a'),
			story('s', { related: [ref('exhibit-e')] }),
			exhibit('e', { hall: ref('story-s'), institution: ref('hall-a') }),
			site('p', { institution: ref('story-s') }),
			stop('one'),
			route([ref('site-p'), ref('stop-one')]),
		]);

		expect((await content.story('s'))?.related).toEqual([]);
		expect(await content.exhibit('e')).toMatchObject({ hall: null, institution: null });
		expect((await content.outreachSite('p'))?.institution).toBeNull();
		expect((await content.route())?.stops.map((found) => found._id)).toEqual(['stop-one']);

		const said = messagesOf(warnings);
		expect(said('story-s')).toEqual([
			expect.stringContaining(
				'has related pointing at exhibit-e, whose type is exhibit, not story',
			),
		]);
		expect(said('exhibit-e')[0]).toContain('pointing at story-s, whose type is story, not hall');
		expect(said('exhibit-e')[0]).toContain(
			'pointing at hall-a, whose type is hall, not institution',
		);
		expect(said('site-p')[0]).toContain(
			'pointing at story-s, whose type is story, not institution',
		);
		expect(said('route-a')[0]).toContain(
			'pointing at site-p, whose type is outreachSite, not routeStop',
		);
		expect(warnings()).toHaveLength(4);
	});

	test('a story that lists itself, or one story twice, shows each other story once', async () => {
		const { content, warnings } = repositoryOver([
			story('a', { related: [ref('story-a'), ref('story-b', 'k1'), ref('story-b', 'k2')] }),
			story('b', { related: [ref('story-a')] }),
		]);

		expect((await content.story('a'))?.related.map((found) => found._id)).toEqual(['story-b']);
		expect((await content.story('b'))?.related.map((found) => found._id)).toEqual(['story-a']);
		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]?.problems).toEqual([
			'lists itself in related: remove it in the Studio',
			'lists story-b twice in related: remove the second one in the Studio',
		]);
	});

	test('a route without a stop to show is told about, once, with the stops it lacks', async () => {
		const { content, warnings } = repositoryOver([route([ref('stop-gone'), 42])]);

		for (let round = 0; round < 2; round++) expect((await content.route())?.stops).toEqual([]);

		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]?.problems).toEqual([
			expect.stringContaining('pointing at stop-gone, which does not exist'),
			expect.stringContaining('points at nothing'),
			'has no stops that can be shown: choose them in the Studio',
		]);
	});

	test('all that is wrong with one story makes one warning', async () => {
		const { content, warnings } = repositoryOver([
			story('a', { sample: 'maybe', related: [ref('story-gone')] }),
		]);

		await content.story('a');
		await content.story('a');

		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]?.problems).toEqual([
			expect.stringContaining('示例数据 (sample)'),
			expect.stringContaining('story-gone'),
		]);
	});
});
