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
import { captureLog } from '../fixtures/capture-log.ts';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const datasetFile = join(contentDir, 'data.ndjson');
const { log, warnings } = captureLog();
const source = createEmbeddedSource({ contentDir, log });
const content = createContentRepository(source, { log });

// The stories as written in the NDJSON, to check the queries against the raw file.
function rawDocuments(type: string): Array<Record<string, any>> {
	return readFileSync(datasetFile, 'utf8')
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Record<string, any>)
		.filter((document) => document._type === type);
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

	test('has the settings with the plan targets and figures', async () => {
		const settings = await content.settings();

		expect(settings._id).toBe('siteSettings');
		expect(settings.targets.length).toBeGreaterThan(0);
		expect(settings.figures.length).toBeGreaterThan(0);
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
