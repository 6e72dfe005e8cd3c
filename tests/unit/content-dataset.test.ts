/**
 * Every query of the site run over the dataset bundled in `content/`, with the facts the
 * dataset is built to hold (see `scripts/build-dataset.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import { storyCategories } from '../../src/content/models.ts';
import { OUTREACH_SITES_QUERY, STORIES_QUERY } from '../../src/content/queries.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import { machineDate } from '../../src/i18n/dates.ts';
import { captureLog } from '../fixtures/capture-log.ts';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const datasetFile = join(contentDir, 'data.ndjson');
const { log, warnings } = captureLog();
const source = createEmbeddedSource({ contentDir, log });
const content = createContentRepository(source, { log });

// The stories as written in the NDJSON, to check the queries against the raw file.
function rawDocuments(type: string): Array<Record<string, any>> {
	return allDocuments().filter((document) => document._type === type);
}

function allDocuments(): Array<Record<string, any>> {
	return readFileSync(datasetFile, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Record<string, any>);
}

// Every Chinese and every English text of a document, each run together.
function bilingualText(value: unknown, texts = { zh: '', en: '' }): { zh: string; en: string } {
	if (Array.isArray(value)) {
		for (const item of value) bilingualText(item, texts);
	} else if (value && typeof value === 'object') {
		const fields = value as Record<string, unknown>;
		if ('zh' in fields) {
			texts.zh += JSON.stringify(fields.zh);
			texts.en += JSON.stringify(fields.en ?? '');
		} else {
			for (const field of Object.values(fields)) bilingualText(field, texts);
		}
	}
	return texts;
}

function sortedBy<T>(items: T[], key: (item: T) => string | number): boolean {
	return items.every((item, index) => index === 0 || key(items[index - 1] as T) <= key(item));
}

describe('the bundled dataset', () => {
	test('exists (build it with `npm run content:dataset`)', () => {
		expect(existsSync(datasetFile)).toBe(true);
	});

	test('loads, and one query with references takes well under a second', async () => {
		const started = performance.now();
		const dataset = await source.load();
		const loaded = performance.now();
		await source.fetch(OUTREACH_SITES_QUERY);
		await source.fetch(STORIES_QUERY);
		const queried = performance.now();

		process.stdout.write(
			`content/: ${dataset.documents.length} documents loaded in ${Math.round(loaded - started)} ms; ` +
				`outreach sites and stories (with ->) queried in ${Math.round(queried - loaded)} ms\n`,
		);
		expect(dataset.problems).toEqual([]);
		expect(queried - loaded).toBeLessThan(1000);
	});

	test('says what the society does in the plan’s own words, in both languages', async () => {
		const { about } = await content.settings();

		expect(about?.zh).toContain(
			'在街巷、社区、学校，他们普及应急救护知识，守护生命；在需要帮助的每一个角落，他们扶贫济困，传递真情，它就是株洲市红十字会。',
		);
		expect(about?.en).toContain('This is the Zhuzhou Red Cross Society.');
	});

	test('has the plan’s eight targets with their values and units', async () => {
		const { targets } = await content.settings();

		// 发展目标, as the plan lists them; 1亿元 is 10000万元.
		expect(targets.map((target) => [target.label.zh, target.target, target.unit.zh])).toEqual([
			['筹资款物总额', 10000, '万元'],
			['应急救护持证数（累计）', 8, '万人次'],
			['普及应急救护培训（新增）', 30, '万人次'],
			['登记与注册红十字志愿者', 2, '万人'],
			['人体器官遗体捐献志愿登记人数', 1, '万人'],
			['造血干细胞捐献者资料库库容（约）', 8000, '人'],
			['红十字会团体会员', 420, '个'],
			['红十字会个人会员', 5, '万人'],
		]);
		for (const target of targets) expect(target.label.en && target.unit.en).toBeTruthy();
	});

	test('sets the plan’s five-year results beside the targets they compare with, each in its own unit', async () => {
		const { targets } = await content.settings();

		const compared = targets
			.filter((target) => target.baseline !== null)
			.map((target) => [
				target.label.zh,
				target.baseline,
				(target.baselineUnit ?? target.unit).zh,
				target.unit.zh,
			]);
		expect(compared).toEqual([
			['筹资款物总额', 10065.29, '万元', '万元'],
			['应急救护持证数（累计）', 1.15, '万人', '万人次'],
			['普及应急救护培训（新增）', 17.1, '万余人次', '万人次'],
		]);
	});

	test('has the plan’s five-year figures with their units', async () => {
		const { figures } = await content.settings();

		expect(figures.map((figure) => `${figure.value}${figure.unit.zh}`)).toEqual([
			'10065.29万元',
			'2968万元',
			'1500例/年',
			'250例',
			'177例',
			'117例',
			'750名',
			'91个',
			'1.15万人',
			'17.1万余人次',
			'818个',
			'6035人',
			'18万余小时',
			'7000名',
		]);
		for (const figure of figures) expect(figure.label.en && figure.unit.en).toBeTruthy();
	});

	test('has at least 11 plan milestones from 2021 to 2024, newest first', async () => {
		const stories = await content.stories();
		const milestones = stories.filter((story) => {
			const year = new Date(story.publishedAt).getUTCFullYear();
			return !story.sample && year >= 2021 && year <= 2024;
		});

		expect(milestones.length).toBeGreaterThanOrEqual(11);
		expect(sortedBy([...stories].reverse(), (story) => story.publishedAt)).toBe(true);
		expect(stories).toHaveLength(rawDocuments('story').length);
	});

	test('has the milestone of the first 5A scenic-area first-aid station', async () => {
		const story = await content.story(
			'shou-jia-5a-ji-jing-qu-hong-shi-zi-jiu-hu-zhan-zai-yan-di-ling',
		);

		expect(story?.title.zh).toContain('5A');
		expect(story?.sample).toBe(false);
		expect(story?.coverImage?.asset.url).toMatch(/^\/media\/images\/[0-9a-f]{40}-\d+x\d+\.\w+$/);
	});

	test('finds every story by its slug, with its body', async () => {
		for (const raw of rawDocuments('story')) {
			const story = await content.story(raw.slug.current);
			expect(story?._id).toBe(raw._id);
			expect(story?.body.zh.length).toBeGreaterThan(0);
		}
	});

	test('has a story in every category, so that no category link leads to an empty list', async () => {
		const counts = await Promise.all(
			storyCategories.map(async (category) => [
				category,
				(await content.stories({ category })).length,
			]),
		);

		expect(counts.filter(([, count]) => count === 0)).toEqual([]);
	});

	test('shows a year only where the story names that year, and a period where the plan names none', async () => {
		for (const story of rawDocuments('story')) {
			const year = machineDate(story.publishedAt, 'year');
			const text = JSON.stringify(story.body.zh);

			if (story.period) {
				expect(['过去五年', '未来五年'], story._id).toContain(story.period.zh);
				expect(story.period.en, story._id).toMatch(/^The (past|next) five years$/);
			} else {
				expect(story.datePrecision, story._id).toBe('year');
				expect(text, story._id).toContain(`${year}年`);
			}
		}
	});

	test('calls each institution by one English name wherever its Chinese name appears', () => {
		const institutions = rawDocuments('institution').filter(
			// The society's own name is shortened to "the Zhuzhou Red Cross" in running text.
			(institution) => institution._id !== 'institution-zhuzhou-red-cross',
		);
		const mismatches: string[] = [];

		for (const document of allDocuments()) {
			const { zh, en } = bilingualText(document);
			for (const { name } of institutions) {
				if (zh.includes(name.zh) && !en.toLowerCase().includes(name.en.toLowerCase())) {
					mismatches.push(`${document._id} names ${name.zh} but not “${name.en}”`);
				}
			}
		}

		expect(institutions.length).toBeGreaterThan(3);
		expect(mismatches).toEqual([]);
	});

	test('splits the stories into categories without losing one', async () => {
		const counts = await Promise.all(
			storyCategories.map(async (category) => (await content.stories({ category })).length),
		);
		expect(counts.reduce((sum, count) => sum + count, 0)).toBe((await content.stories()).length);
	});

	test('has at least 2 halls and 12 exhibits, each exhibit in a hall, in order', async () => {
		const halls = await content.halls();
		const exhibits = await content.exhibits();

		expect(halls.length).toBeGreaterThanOrEqual(2);
		expect(exhibits.length).toBeGreaterThanOrEqual(12);
		expect(sortedBy(halls, (hall) => hall.order)).toBe(true);
		for (const hall of halls) {
			expect(sortedBy(hall.exhibits, (exhibit) => exhibit.order)).toBe(true);
			for (const exhibit of hall.exhibits) expect(exhibit.hall?._id).toBe(hall._id);
		}
		expect(halls.flatMap((hall) => hall.exhibits)).toHaveLength(exhibits.length);
		expect(sortedBy(exhibits, (exhibit) => exhibit.year)).toBe(true);
		for (const exhibit of exhibits) {
			expect(exhibit.images.length).toBeGreaterThan(0);
			expect(await content.exhibit(exhibit.slug)).toEqual(exhibit);
		}
	});

	test('has the route with 8 stops, each found by its slug', async () => {
		const route = await content.route();

		expect(route?.stops).toHaveLength(8);
		for (const stop of route?.stops ?? []) {
			expect(await content.routeStop(stop.slug)).toEqual(stop);
		}
	});

	test('has 100 outreach sites sorted by district, then slug', async () => {
		const sites = await content.outreachSites();

		expect(sites).toHaveLength(100);
		expect(sortedBy(sites, (site) => `${site.district}\u0000${site.slug}`)).toBe(true);
		expect(new Set(sites.map((site) => site.slug)).size).toBe(100);
		const [first] = sites;
		expect(await content.outreachSite(first?.slug ?? '')).toEqual(first);
	});

	test('expands references to the institutions they name', async () => {
		const institutions = new Map((await content.institutions()).map((item) => [item._id, item]));
		const referring = [
			...(await content.outreachSites()),
			...((await content.route())?.stops ?? []),
			...(await content.exhibits()),
		].flatMap((document) => (document.institution ? [document.institution] : []));

		expect(institutions.size).toBeGreaterThan(0);
		expect(referring.length).toBeGreaterThan(0);
		for (const reference of referring) {
			expect(reference.name).toEqual(institutions.get(reference._id)?.name);
			expect(reference.slug).toBe(institutions.get(reference._id)?.slug);
		}
	});

	test('serves every image it names from the content folder', async () => {
		const dataset = await source.load();
		for (const asset of dataset.assets.values()) {
			const folder = asset.kind === 'image' ? 'images' : 'files';
			expect(existsSync(join(contentDir, folder, asset.name)), asset.name).toBe(true);
		}
	});

	test('passes every check without a single warning', async () => {
		await Promise.all([
			content.settings(),
			content.stories(),
			content.halls(),
			content.route(),
			content.outreachSites(),
			content.institutions(),
		]);
		for (const raw of rawDocuments('story')) await content.story(raw.slug.current);

		expect(warnings().map((line) => line.msg)).toEqual([]);
	});
});
