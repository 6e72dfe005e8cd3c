import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import type { ContentSource } from '../../src/content/source.ts';
import { captureLog } from '../fixtures/capture-log.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function repositoryOver(folder: string) {
	const capture = captureLog();
	const source = createEmbeddedSource({ contentDir: join(fixtures, folder), log: capture.log });
	return { content: createContentRepository(source, { log: capture.log }), ...capture };
}

describe('the repository over a good dataset', () => {
	const { content, warnings } = repositoryOver('content');

	test('lists published stories newest first, without drafts or versions', async () => {
		const stories = await content.stories();

		expect(stories.map((story) => story.slug)).toEqual([
			'2023-jiu-hu',
			'2022-zhi-yuan',
			'2021-xian-xue',
		]);
		expect(stories.map((story) => story.title.zh)).not.toContain('草稿');
	});

	test('filters stories by category and limits their number', async () => {
		expect((await content.stories({ category: 'donation' })).map((story) => story.slug)).toEqual([
			'2021-xian-xue',
		]);
		expect(await content.stories({ limit: 2 })).toHaveLength(2);
		expect(await content.stories({ category: 'relief' })).toEqual([]);
	});

	test('fills in the defaults: day precision, not sample', async () => {
		const [newest, , oldest] = await content.stories();

		expect(newest?.datePrecision).toBe('day');
		expect(newest?.sample).toBe(true);
		expect(oldest?.datePrecision).toBe('year');
		expect(oldest?.sample).toBe(false);
	});

	test('gives a story with its cover image, body images and related stories', async () => {
		const story = await content.story('2021-xian-xue');

		expect(story?.coverImage?.asset).toEqual({
			_id: 'image-7f608af1e378d1bdf3fac0508d126d38c24e4ca3-64x48-png',
			url: '/media/images/7f608af1e378d1bdf3fac0508d126d38c24e4ca3-64x48.png',
			width: 64,
			height: 48,
			extension: 'png',
		});
		expect(story?.coverImage?.alt).toEqual({ zh: '献血车', en: 'A blood bus' });
		expect(story?.body.zh.map((block) => block._type)).toEqual(['block', 'image', 'block']);
		expect(story?.body.zh[1]).toMatchObject({ asset: { width: 40, height: 40 } });
		expect(story?.body.en).toHaveLength(1);
		expect(story?.related.map((related) => related.slug)).toEqual(['2023-jiu-hu']);
	});

	test('keeps safe links in a body', async () => {
		const story = await content.story('2021-xian-xue');
		expect(JSON.stringify(story?.body.zh)).toContain('"href":"/map/"');
	});

	test('does not find a story by a draft-only or unknown slug', async () => {
		expect(await content.story('no-such-story')).toBeNull();
		expect(await content.story('2022-zhi-yuan-v')).toBeNull();
	});

	test('gives the halls in order, each with its exhibits in order', async () => {
		const halls = await content.halls();

		expect(halls.map((hall) => hall.slug)).toEqual(['qi-yuan', 'xin-shi-dai']);
		expect(halls[0]?.exhibits.map((exhibit) => exhibit.slug)).toEqual([
			'su-fei-li-nuo',
			'ri-nei-wa',
		]);
		expect(halls[0]?.ambientSound).toMatchObject({ extension: 'mp3', mimeType: 'audio/mpeg' });
		expect(halls[1]?.sample).toBe(true);
	});

	test('expands exhibit files and references', async () => {
		const exhibit = await content.exhibit('ri-nei-wa');

		expect(exhibit?.hall).toEqual({
			_id: 'hall-qi-yuan',
			title: { zh: '起源', en: 'Origins' },
			slug: 'qi-yuan',
		});
		expect(exhibit?.institution?.name.zh).toBe('株洲职业学院');
		expect(exhibit?.model?.url).toMatch(/^\/media\/files\/[0-9a-f]{40}\.glb$/);
		expect(exhibit?.narration?.url).toMatch(/\.mp3$/);
		expect(exhibit?.transcript?.zh).toBe('讲解稿');
	});

	test('lists exhibits along the timeline', async () => {
		expect((await content.exhibits()).map((exhibit) => exhibit.year)).toEqual([1862, 1864, 2015]);
	});

	test('gives the route with its stops in walking order', async () => {
		const route = await content.route();

		expect(route?.slug).toBe('hong-se-lu-xian');
		expect(route?.stops.map((stop) => stop.slug)).toEqual(['di-er', 'di-yi']);
		expect(route?.stops[1]).toMatchObject({
			location: { lat: 27.83, lng: 113.13 },
			openingHours: [{ days: ['mon', 'tue'], opens: '09:00', closes: '17:00' }],
			locationApproximate: true,
			institution: { name: { zh: '株洲市中心医院' } },
		});
		expect(route?.stops[0]?.openingHours).toEqual([]);
		expect(route?.stops[0]?.locationApproximate).toBe(false);
	});

	test('finds a route stop by slug', async () => {
		expect((await content.routeStop('di-yi'))?.title.zh).toBe('第一站');
		expect(await content.routeStop('nowhere')).toBeNull();
	});

	test('sorts outreach sites by district, then slug', async () => {
		const sites = await content.outreachSites();

		expect(sites.map((site) => `${site.district}/${site.slug}`)).toEqual([
			'hetang/a-he-tang-che-zhan',
			'hetang/he-tang-she-qu',
			'liling/li-ling-gong-yuan',
			'tianyuan/tian-yuan-xue-xiao',
		]);
		expect(sites[1]?.institution?.name.zh).toBe('株洲市中心医院');
		expect(sites[3]).toMatchObject({ sample: true, locationApproximate: true });
		expect(sites[3]?.photo?.asset.extension).toBe('webp');
		expect(sites[0]?.photo).toBeNull();
	});

	test('finds an outreach site by slug', async () => {
		expect((await content.outreachSite('li-ling-gong-yuan'))?.district).toBe('liling');
		expect(await content.outreachSite('x')).toBeNull();
	});

	test('lists institutions with their websites', async () => {
		const institutions = await content.institutions();

		expect(institutions.map((institution) => institution.slug)).toEqual([
			'shi-zhong-xin-yi-yuan',
			'zhi-ye-xue-yuan',
		]);
		expect(institutions[0]?.website).toBe('https://example.org/');
		expect(institutions[1]?.website).toBeNull();
	});

	test('gives the settings with the plan targets and figures', async () => {
		const settings = await content.settings();

		expect(settings.title).toEqual({ zh: '株洲市红十字会', en: 'Zhuzhou Red Cross' });
		expect(settings.targets.map((target) => target.target)).toEqual([50000, 2000]);
		expect(settings.targets[0]?.baselineLabel?.zh).toBe('五年累计');
		expect(settings.targets[1]?.baselineLabel).toBeNull();
		expect(settings.figures[0]?.value).toBe(12000);
	});

	test('says nothing about a dataset that has no problems', async () => {
		await Promise.all([content.halls(), content.route(), content.settings()]);
		expect(warnings()).toEqual([]);
	});
});

describe('the repository over a dataset with broken documents', () => {
	test('keeps the good documents and warns about each bad one exactly once', async () => {
		const { content, warnings } = repositoryOver('bad-content');

		// Read everything twice, as two page views would.
		for (let round = 0; round < 2; round++) {
			const stories = await content.stories();
			expect(stories.map((story) => story.slug)).toEqual([
				'english-number',
				'good',
				'unknown-block',
				'no-cover-asset',
				'evil-link',
			]);
			for (const story of stories) await content.story(story.slug);
			await content.outreachSites();
		}

		const byDocument = new Map<string, number>();
		for (const line of warnings()) {
			const key = line.documentId ?? `line ${String(line.line)}`;
			byDocument.set(key, (byDocument.get(key) ?? 0) + 1);
		}
		expect(Object.fromEntries(byDocument)).toEqual({
			'line 4': 1,
			'story-no-slug': 1,
			'story-unknown-block': 1,
			'story-no-cover-asset': 1,
			'story-evil-link': 1,
			'story-good': 1,
			'site-002': 1,
			'story-english-number': 1,
			'story-slug-twin': 1,
			'story-slash-slug': 1,
			'story-no-such-day': 1,
		});
	});

	test('explains each problem in plain words with the Studio field to fix', async () => {
		const { content, warnings } = repositoryOver('bad-content');
		for (const story of await content.stories()) await content.story(story.slug);
		await content.outreachSites();

		const message = (id: string) => warnings().find((line) => line.documentId === id)?.msg;
		expect(message('story-no-slug')).toBe(
			'story story-no-slug has no slug: fill in "网址标识 (slug)" in the Studio (left out of lists)',
		);
		expect(message('story-unknown-block')).toContain('"youtubeEmbed"');
		expect(message('story-no-cover-asset')).toContain('封面图 (coverImage)');
		expect(message('story-evil-link')).toContain('javascript:alert(1)');
		expect(message('story-good')).toContain('story-gone');
		expect(message('site-002')).toContain('institution-gone');
		expect(message('story-english-number')).toContain('English (en) text set to 42');
		expect(message('story-slug-twin')).toContain('already taken by story-good');
		expect(message('story-slash-slug')).toContain('"a/b" holds "/"');
		expect(message('story-no-such-day')).toContain('"2024-02-30T00:00:00Z" is not a day');
	});

	test('repairs what it can: no cover, no unknown block, no unsafe link, no dangling reference', async () => {
		const { content } = repositoryOver('bad-content');

		expect((await content.story('no-cover-asset'))?.coverImage).toBeNull();
		expect((await content.story('unknown-block'))?.body.zh.map((block) => block._type)).toEqual([
			'block',
			'block',
		]);

		const evil = await content.story('evil-link');
		expect(JSON.stringify(evil)).not.toContain('javascript');
		expect(evil?.body.zh[0]).toMatchObject({
			markDefs: [],
			children: [{ text: '点我', marks: [] }],
		});

		expect((await content.story('good'))?.related).toEqual([]);
		expect((await content.story('good'))?._id).toBe('story-good');
		expect((await content.story('english-number'))?.title).toEqual({ zh: '英文是数字', en: null });
		expect((await content.outreachSite('dangling'))?.institution).toBeNull();
	});

	test('a missing settings document gives a stand-in and one warning', async () => {
		const { content, warnings } = repositoryOver('bad-content');

		const settings = await content.settings();
		await content.settings();

		expect(settings.title.zh).toBe('株洲市红十字会');
		expect(settings.targets).toEqual([]);
		expect(warnings().filter((line) => line.documentId === 'siteSettings')).toHaveLength(1);
	});

	test('a missing route and unknown slugs give null', async () => {
		const { content } = repositoryOver('bad-content');

		expect(await content.route()).toBeNull();
		expect(await content.exhibit('x')).toBeNull();
		expect(await content.halls()).toEqual([]);
	});
});

describe('degrading single fields', () => {
	function repositoryReturning(result: unknown) {
		const capture = captureLog();
		const source: ContentSource = { kind: 'embedded', fetch: async <R>() => result as R };
		return { content: createContentRepository(source, { log: capture.log }), ...capture };
	}

	const site = {
		_id: 'site-009',
		name: { zh: '站点', en: '' },
		slug: 'zhan-dian',
		kind: 'park',
		district: 'lukou',
		address: { zh: '渌口区' },
		location: { lat: 27.7, lng: 113.1 },
		activities: [{ zh: '培训' }, { en: 'No Chinese' }],
		photo: {
			alt: { zh: '' },
			asset: { _id: 'image-x', url: '/m.png', width: 10, height: 5, extension: 'png' },
		},
		institution: null,
	};

	test('a missing English text stays missing for the page to fall back to Chinese', async () => {
		const { content } = repositoryReturning([site]);
		const [result] = await content.outreachSites();
		expect(result?.name).toEqual({ zh: '站点', en: '' });
	});

	test('an unusable list entry is left out and a missing alt text is told', async () => {
		const { content, warnings } = repositoryReturning([site]);
		const [result] = await content.outreachSites();

		expect(result?.activities).toEqual([{ zh: '培训' }]);
		expect(result?.photo?.alt).toEqual({ zh: '' });
		expect(warnings()).toHaveLength(1);
		expect(warnings()[0]?.problems).toEqual([
			expect.stringContaining('开展的服务 (activities)'),
			expect.stringContaining('替代文字 (alt)'),
		]);
	});

	test('a value outside its list is named with the allowed values', async () => {
		const { content, warnings } = repositoryReturning([{ ...site, district: 'beijing' }]);

		expect(await content.outreachSites()).toEqual([]);
		expect(warnings()[0]?.msg).toContain('所在区县 (district)');
		expect(warnings()[0]?.msg).toContain('"beijing"');
	});

	test('a single document the check rejects is treated as not found', async () => {
		const { content, warnings } = repositoryReturning({ ...site, kind: undefined });

		expect(await content.outreachSite('zhan-dian')).toBeNull();
		expect(warnings()[0]?.msg).toMatch(
			/^outreachSite site-009 has no kind: fill in "类型 \(kind\)" in the Studio; .*\(its page is not shown\)$/,
		);
	});

	test('narration without a transcript is not offered', async () => {
		const exhibit = {
			_id: 'exhibit-a',
			title: { zh: '展品' },
			slug: 'a',
			era: { zh: '1900年' },
			year: 1900,
			kind: 'document',
			images: [],
			narration: { _id: 'file-a', url: '/media/files/a.mp3', extension: 'mp3' },
			transcript: null,
			description: { zh: '介绍' },
			hall: { _ref: 'hall-a', _id: 'hall-a', title: { zh: '厅' }, slug: 'a' },
			order: 1,
		};
		const { content, warnings } = repositoryReturning(exhibit);

		const result = await content.exhibit('a');

		expect(result?.narration).toBeNull();
		expect(result?.images).toEqual([]);
		expect(warnings()[0]?.problems).toEqual([
			expect.stringContaining('图片 (images)'),
			expect.stringContaining('讲解文稿 (transcript)'),
		]);
	});

	test('a link hidden behind a tab or a capital letter is removed too', async () => {
		const block = (href: string) => ({
			_type: 'block',
			_key: href,
			markDefs: [{ _type: 'link', _key: 'l', href }],
			children: [{ _type: 'span', text: '链接', marks: ['l'] }],
		});
		const story = {
			_id: 'story-links',
			title: { zh: '链接' },
			slug: 'links',
			publishedAt: '2024-01-01',
			category: 'culture',
			coverImage: null,
			excerpt: { zh: '链接' },
			body: {
				zh: [
					block('java\tscript:alert(1)'),
					block('JavaScript:alert(1)'),
					block('https://example.org/'),
				],
			},
			related: [],
		};
		const { content, warnings } = repositoryReturning(story);

		const result = await content.story('links');

		expect(
			result?.body.zh.map((entry) => ('markDefs' in entry ? entry.markDefs?.length : -1)),
		).toEqual([0, 0, 1]);
		expect(warnings()).toHaveLength(1);
	});

	test('a story without a body is still shown, with an empty body and a warning', async () => {
		const { content, warnings } = repositoryReturning({
			_id: 'story-empty',
			title: { zh: '空' },
			slug: 'empty',
			publishedAt: '2024-01-01',
			category: 'culture',
			coverImage: null,
			excerpt: { zh: '摘要' },
			body: null,
			related: null,
		});

		const story = await content.story('empty');

		expect(story?.body).toEqual({ zh: [], en: null });
		expect(story?.related).toEqual([]);
		expect(warnings()[0]?.problems).toEqual([
			expect.stringContaining('has no coverImage'),
			expect.stringContaining('正文 (body)'),
		]);
	});

	test('an institution website that is not a web address is dropped', async () => {
		const { content, warnings } = repositoryReturning([
			{
				_id: 'institution-a',
				name: { zh: '机构' },
				slug: 'a',
				kind: 'other',
				website: 'javascript:alert(1)',
			},
		]);

		const [institution] = await content.institutions();

		expect(institution?.website).toBeNull();
		expect(warnings()[0]?.msg).toContain('网站 (website)');
	});
});
