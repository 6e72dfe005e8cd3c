import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';

import { createCachedSource } from '../../src/content/cache.ts';
import { createDatasetQuery, queryableDataset } from '../../src/content/dataset-query.ts';
import { createEmbeddedSource } from '../../src/content/embedded.ts';
import type { ContentDocument } from '../../src/content/export-layout.ts';
import { createFreshContent } from '../../src/content/freshness.ts';
import {
	OUTREACH_SITES_QUERY,
	STORIES_BY_CATEGORY_QUERY,
	STORY_QUERY,
} from '../../src/content/queries.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import type { SanitySource } from '../../src/content/sanity.ts';
import { contentDocumentTypes, createPublishedSnapshot } from '../../src/content/snapshot.ts';
import type { QueryParams } from '../../src/content/source.ts';
import { isContentUnavailable, RETRY_AFTER_SECONDS } from '../../src/content/unavailable.ts';
import { documentTypes } from '../../studio/schema-types/index.ts';
import { captureLog } from '../fixtures/capture-log.ts';

const origin = { projectId: 'p1', dataset: 'production' };
const query = createDatasetQuery();
let published: ContentDocument[] = [];

const cleanUp: Array<() => Promise<void>> = [];
afterEach(async () => {
	for (const step of cleanUp.splice(0)) await step();
});

beforeAll(async () => {
	const { log } = captureLog();
	const fixture = await createEmbeddedSource({
		contentDir: join(import.meta.dirname, '..', 'fixtures', 'content'),
		log,
	}).load();
	// As the Lake holds them: asset documents with palette and EXIF, an image nothing uses.
	published = [
		...fixture.documents.map((document) =>
			document._type === 'sanity.imageAsset'
				? { ...document, metadata: { ...(document.metadata as object), palette: { big: 'x' } } }
				: document,
		),
		{ _id: 'image-unused-1x1-png', _type: 'sanity.imageAsset', url: 'https://cdn/unused.png' },
	];
});

/** A stand-in for Sanity's API over `documents`: it can be cut off, and says what it was asked. */
function fakeSanity(documents: ContentDocument[], from = origin) {
	let dataset = queryableDataset(structuredClone(documents));
	let reachable = true;
	const asked: string[] = [];

	const source: SanitySource = {
		kind: 'sanity',
		...from,
		async fetch<Result>(text: string, params: QueryParams = {}) {
			asked.push(text);
			if (!reachable) throw new Error('connect ECONNREFUSED 127.0.0.1:9');
			return structuredClone(await query<Result>(dataset, text, params));
		},
	};

	return {
		source,
		asked,
		/** How many times the whole dataset was fetched. */
		fullFetches: () => asked.filter((text) => text === '*[_type in $types]').length,
		cutOff: () => (reachable = false),
		reconnect: () => (reachable = true),
		publish(id: string, change: (document: ContentDocument) => ContentDocument) {
			const next = dataset.documents.map((document) =>
				document._id === id
					? { ...change(document), _updatedAt: new Date().toISOString() }
					: document,
			);
			dataset = queryableDataset(next);
		},
	};
}

async function snapshotFolder(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'boai-snapshot-'));
	cleanUp.push(() => rm(dir, { recursive: true, force: true }));
	return dir;
}

function expected(text: string, params: QueryParams = {}) {
	return query(queryableDataset(published), text, params);
}

describe('the published snapshot of a Sanity dataset', () => {
	test('covers every document type of the Studio’s content model', () => {
		expect([...contentDocumentTypes].sort()).toEqual(documentTypes.map((type) => type.name).sort());
	});

	test('answers queries nobody asked before Sanity became unreachable, as Sanity did', async () => {
		const sanity = fakeSanity(published);
		const { log } = captureLog();
		const snapshot = createPublishedSnapshot({
			source: sanity.source,
			origin,
			log,
			maxAgeMs: 30_000,
		});
		const cache = createCachedSource(sanity.source, { log, ttlMs: 30_000, fallback: snapshot });
		await snapshot.start();

		sanity.cutOff();
		const story = await cache.fetch(STORY_QUERY, { slug: '2023-jiu-hu' });
		const firstAid = await cache.fetch(STORIES_BY_CATEGORY_QUERY, { category: 'first-aid' });
		const sites = await cache.fetch(OUTREACH_SITES_QUERY);

		expect(story).toEqual(await expected(STORY_QUERY, { slug: '2023-jiu-hu' }));
		expect(story).toMatchObject({ title: { zh: '2023年应急救护' } });
		expect(firstAid).toEqual(await expected(STORIES_BY_CATEGORY_QUERY, { category: 'first-aid' }));
		expect(firstAid).toMatchObject([{ _id: 'story-2023-jiu-hu' }]);
		expect(sites).toEqual(await expected(OUTREACH_SITES_QUERY));
	});

	test('keeps the assets the documents show, without their palette, and no other asset', async () => {
		const sanity = fakeSanity(published);
		const { log } = captureLog();
		const dir = await snapshotFolder();
		const file = join(dir, 'snapshot.json');
		const snapshot = createPublishedSnapshot({
			source: sanity.source,
			origin,
			log,
			maxAgeMs: 30_000,
			file,
		});

		await snapshot.start();

		const saved = JSON.parse(await readFile(file, 'utf8')) as { documents: ContentDocument[] };
		const assets = saved.documents.filter((document) => document._type.startsWith('sanity.'));
		const usedAssets = published.filter(
			(document) => document._type.startsWith('sanity.') && document._id !== 'image-unused-1x1-png',
		);
		expect(assets.map((asset) => asset._id).sort()).toEqual(
			usedAssets.map((asset) => asset._id).sort(),
		);
		expect(JSON.stringify(assets)).not.toContain('palette');
		expect(saved.documents.some((document) => document._id.startsWith('drafts.'))).toBe(false);
	});

	test('a server restarted while Sanity is unreachable pages from the saved snapshot', async () => {
		const dir = await snapshotFolder();
		const file = join(dir, 'snapshot.json');
		const before = fakeSanity(published);
		await createPublishedSnapshot({
			source: before.source,
			origin,
			log: captureLog().log,
			maxAgeMs: 30_000,
			file,
		}).start();

		const after = fakeSanity(published);
		after.cutOff();
		const { log, warnings } = captureLog();
		const fresh = createFreshContent(after.source, { ttlMs: 30_000, log, snapshotFile: file });
		await fresh.snapshot?.start();
		const content = createContentRepository(fresh.source, { log });

		const story = await content.story('2021-xian-xue');
		const volunteers = await content.stories({ category: 'volunteers' });

		expect(story?.title.en).toBe('Blood donation 2021');
		expect(story?.coverImage?.asset.url).toMatch(/^\/media\/images\//);
		expect(volunteers.map((entry) => entry.slug)).toEqual(
			(
				(await expected(STORIES_BY_CATEGORY_QUERY, { category: 'volunteers' })) as Array<{
					slug: string;
				}>
			).map((entry) => entry.slug),
		);
		expect(volunteers.length).toBeGreaterThan(0);
		const failures = warnings().filter((line) => line.msg.includes('content source failed'));
		expect(failures).toHaveLength(1);
		expect(failures[0]?.msg).toContain(
			'the sanity content source failed for the snapshot of the published content (connect ECONNREFUSED',
		);
		expect(failures[0]?.msg).toContain(
			'visitors see the last good content: each page as the source last gave it, else the snapshot of the published content taken at',
		);
	});

	test('a saved snapshot of another dataset is not served', async () => {
		const dir = await snapshotFolder();
		const file = join(dir, 'snapshot.json');
		const stagingOrigin = { projectId: 'p1', dataset: 'staging' };
		const staging = fakeSanity(published, stagingOrigin);
		await createPublishedSnapshot({
			source: staging.source,
			origin: stagingOrigin,
			log: captureLog().log,
			maxAgeMs: 30_000,
			file,
		}).start();

		const sanity = fakeSanity(published);
		sanity.cutOff();
		const { log, warnings } = captureLog();
		const snapshot = createPublishedSnapshot({
			source: sanity.source,
			origin,
			log,
			maxAgeMs: 30_000,
			file,
		});
		await snapshot.start();

		expect(snapshot.takenAt()).toBeNull();
		expect(await snapshot.answer(STORY_QUERY, { slug: '2021-xian-xue' })).toBeNull();
		expect(warnings()[0]?.msg).toContain('holds the dataset "staging" of the project p1');
	});

	test('a file that is not a snapshot is reported and replaced by the next one taken', async () => {
		const dir = await snapshotFolder();
		const file = join(dir, 'snapshot.json');
		await writeFile(file, '{"documents": "half-writ');
		const sanity = fakeSanity(published);
		const { log, warnings } = captureLog();

		await createPublishedSnapshot({
			source: sanity.source,
			origin,
			log,
			maxAgeMs: 30_000,
			file,
		}).start();

		expect(warnings()[0]?.msg).toContain('is not a content snapshot');
		expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
			format: 'boai-content-snapshot/1',
		});
	});

	test('is fetched again after a webhook, or when Sanity says something was published', async () => {
		let clock = 0;
		const sanity = fakeSanity(published);
		sanity.publish('story-2021-xian-xue', (document) => document);
		const { log } = captureLog();
		const snapshot = createPublishedSnapshot({
			source: sanity.source,
			origin,
			log,
			maxAgeMs: 30_000,
			now: () => clock,
		});
		await snapshot.start();
		expect(sanity.fullFetches()).toBe(1);

		// Sanity answered pages within the time-to-live, then after it with nothing published.
		clock = 10_000;
		snapshot.sourceAnswered?.();
		const asked = sanity.asked.length;
		clock = 31_000;
		snapshot.sourceAnswered?.();
		await settle();
		// One small question, whether anything changed, and not the whole dataset.
		expect(sanity.asked.slice(asked)).toHaveLength(1);
		expect(sanity.fullFetches()).toBe(1);

		sanity.publish('story-2023-jiu-hu', (document) => ({
			...document,
			title: { zh: '改过的标题' },
		}));
		clock = 62_000;
		snapshot.sourceAnswered?.();
		await settle();
		expect(sanity.fullFetches()).toBe(2);

		expect(await snapshot.retake()).toBe(true);
		expect(sanity.fullFetches()).toBe(3);

		sanity.cutOff();
		expect(await snapshot.answer(STORY_QUERY, { slug: '2023-jiu-hu' })).toMatchObject({
			value: { title: { zh: '改过的标题' } },
		});
	});

	test('an outage failing both the snapshot and the page queries logs one warning a minute, not two', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		cleanUp.push(async () => void vi.useRealTimers());
		const start = Date.parse('2024-05-01T08:00:00Z');
		vi.setSystemTime(start);
		const sanity = fakeSanity(published);
		const { log, lines } = captureLog();
		const fresh = createFreshContent(sanity.source, { ttlMs: 30_000, log, snapshotFile: null });
		await fresh.snapshot?.start();
		await fresh.source.fetch(STORY_QUERY, { slug: '2023-jiu-hu' });

		// Three minutes of outage: a page asked for every 3 s, a webhook every 15 s.
		sanity.cutOff();
		for (let second = 0; second < 180; second += 3) {
			vi.setSystemTime(start + 60_000 + second * 1_000);
			if (second % 15 === 0) await fresh.refresh({ types: ['story'] });
			await fresh.source.fetch(STORY_QUERY, { slug: '2023-jiu-hu' });
			await fresh.source.fetch(STORY_QUERY, { slug: '2021-xian-xue' });
			await settle();
		}

		// Warnings and errors alike: one line a minute for the outage, whatever failed.
		const told = lines.filter((line) => line.level >= 40);
		expect(told.map((line) => line.msg)).toHaveLength(3);
		expect(told[0]?.msg).toContain('failing since 2024-05-01T08:01:00.000Z');
		expect([...(told[1]?.failing as string[])].sort()).toEqual([
			'page queries',
			'the snapshot of the published content',
		]);
		expect(told[1]?.msg).toContain(
			'visitors see the last good content: each page as the source last gave it, else the snapshot of the published content taken at 2024-05-01T08:00:00.000Z',
		);

		sanity.reconnect();
		vi.setSystemTime(start + 300_000);
		await fresh.source.fetch(STORY_QUERY, { slug: '2023-jiu-hu' });
		await settle();
		const recovered = lines.filter((line) => line.msg.includes('answers again'));
		expect(recovered).toHaveLength(1);
		expect(recovered[0]?.msg).toContain('since 2024-05-01T08:01:00.000Z');
	});

	test('without any snapshot, a query that never had an answer is unavailable, to be retried', async () => {
		const sanity = fakeSanity(published);
		sanity.cutOff();
		const { log } = captureLog();
		const fresh = createFreshContent(sanity.source, { ttlMs: 30_000, log, snapshotFile: null });
		await fresh.snapshot?.start();

		const failure = await fresh.source
			.fetch(STORY_QUERY, { slug: '2021-xian-xue' })
			.catch((error: unknown) => error);

		expect(isContentUnavailable(failure)).toBe(true);
		expect((failure as Error).message).toContain('ECONNREFUSED');
		expect(RETRY_AFTER_SECONDS).toBeGreaterThan(0);
	});
});

/** Lets background checks started by `sourceAnswered` finish. */
async function settle(): Promise<void> {
	for (let turn = 0; turn < 20; turn += 1) await new Promise((resolve) => setImmediate(resolve));
}
