import { describe, expect, test, vi } from 'vitest';

import {
	createCachedSource,
	idsIn,
	typesOf,
	type ContentFallback,
} from '../../src/content/cache.ts';
import type { ContentSource, QueryParams } from '../../src/content/source.ts';
import { isContentUnavailable } from '../../src/content/unavailable.ts';
import { logger } from '../../src/log.ts';

const STORIES = `*[_type == "story"] | order(publishedAt desc){_id, title}`;
const SETTINGS = `*[_type == "siteSettings"][0]{_id, title}`;

/** A source whose answers the test sets, counting what it was asked. */
function fakeSource() {
	const answers = new Map<string, unknown>();
	let failure: Error | null = null;
	const calls: string[] = [];

	const source: ContentSource = {
		kind: 'sanity',
		async fetch<Result>(query: string, params: QueryParams = {}) {
			calls.push(query);
			if (failure) throw failure;
			return structuredClone(answers.get(query + JSON.stringify(params))) as Result;
		},
	};

	return {
		source,
		calls,
		answer: (query: string, value: unknown, params: QueryParams = {}) =>
			answers.set(query + JSON.stringify(params), value),
		fail: (error: Error | null) => (failure = error),
	};
}

function quietLog() {
	const log = logger.child({ module: 'test' });
	const warn = vi.spyOn(log, 'warn').mockImplementation(() => undefined);
	const info = vi.spyOn(log, 'info').mockImplementation(() => undefined);
	return { log, warn, info };
}

describe('the content cache', () => {
	test('answers a repeated query from the cache until its time-to-live is over', async () => {
		let clock = 1_000;
		const fake = fakeSource();
		fake.answer(STORIES, [{ _id: 'story-a', title: 'A' }]);
		const cache = createCachedSource(fake.source, {
			log: quietLog().log,
			ttlMs: 30_000,
			now: () => clock,
		});

		await cache.fetch(STORIES);
		fake.answer(STORIES, [{ _id: 'story-a', title: 'A2' }]);
		clock += 29_000;
		expect(await cache.fetch(STORIES)).toEqual([{ _id: 'story-a', title: 'A' }]);

		clock += 2_000;
		expect(await cache.fetch(STORIES)).toEqual([{ _id: 'story-a', title: 'A2' }]);
		expect(fake.calls).toHaveLength(2);
	});

	test('a change to a story drops the story list but not the settings', async () => {
		const fake = fakeSource();
		fake.answer(STORIES, [{ _id: 'story-a', title: 'A' }]);
		fake.answer(SETTINGS, { _id: 'siteSettings', title: 'S' });
		const cache = createCachedSource(fake.source, { log: quietLog().log, ttlMs: 60_000 });
		await cache.fetch(STORIES);
		await cache.fetch(SETTINGS);

		fake.answer(STORIES, [{ _id: 'story-a', title: 'A2' }]);
		const dropped = cache.invalidate({ ids: ['story-a'], types: ['story'] });

		expect(dropped).toBe(1);
		expect(await cache.fetch(STORIES)).toEqual([{ _id: 'story-a', title: 'A2' }]);
		expect(cache.size()).toEqual({ entries: 2, fresh: 2 });
		expect(fake.calls.filter((query) => query === SETTINGS)).toHaveLength(1);
	});

	test('a change to a document shown inside another answer drops that answer', async () => {
		const fake = fakeSource();
		const exhibit = `*[_type == "exhibit"][0]{_id, institution{_ref, ...@->{name}}}`;
		fake.answer(exhibit, { _id: 'exhibit-a', institution: { _ref: 'institution-b', name: 'B' } });
		const cache = createCachedSource(fake.source, { log: quietLog().log, ttlMs: 60_000 });
		await cache.fetch(exhibit);

		expect(cache.invalidate({ ids: ['drafts.institution-b'], types: ['institution'] })).toBe(1);
		expect(cache.invalidate({ ids: ['route-x'], types: ['route'] })).toBe(0);
	});

	test('a change without ids or types drops everything', async () => {
		const fake = fakeSource();
		fake.answer(STORIES, []);
		fake.answer(SETTINGS, null);
		const cache = createCachedSource(fake.source, { log: quietLog().log, ttlMs: 60_000 });
		await cache.fetch(STORIES);
		await cache.fetch(SETTINGS);

		expect(cache.invalidate()).toBe(2);
		expect(cache.size().fresh).toBe(0);
	});

	test('while the source fails, the last good answer is served and the failure logged once a minute', async () => {
		let clock = 0;
		const fake = fakeSource();
		fake.answer(STORIES, [{ _id: 'story-a', title: 'A' }]);
		const { log, warn, info } = quietLog();
		const cache = createCachedSource(fake.source, {
			log,
			ttlMs: 10_000,
			retryAfterMs: 1_000,
			now: () => clock,
		});
		await cache.fetch(STORIES);

		fake.fail(new Error('connect ECONNREFUSED 127.0.0.1:9'));
		for (let second = 0; second < 50; second += 2) {
			clock = 11_000 + second * 1_000;
			expect(await cache.fetch(STORIES)).toEqual([{ _id: 'story-a', title: 'A' }]);
		}
		expect(warn).toHaveBeenCalledTimes(1);
		expect(warn.mock.calls[0]?.[1]).toContain(
			'the sanity content source failed for page queries (connect ECONNREFUSED 127.0.0.1:9), failing since 1970-01-01T00:00:11.000Z; visitors see the last good content of pages already shown',
		);

		clock = 11_000 + 61_000;
		await cache.fetch(STORIES);
		expect(warn).toHaveBeenCalledTimes(2);
		expect(warn.mock.calls[1]?.[0]).toMatchObject({
			failuresNotLogged: 24,
			failingSince: '1970-01-01T00:00:11.000Z',
		});

		fake.fail(null);
		clock += 2_000;
		await cache.fetch(STORIES);
		expect(info).toHaveBeenCalledTimes(1);
		expect(info.mock.calls[0]?.[1]).toContain(
			'the sanity content source answers again, after 26 failed requests since 1970-01-01T00:00:11.000Z',
		);
	});

	test('an invalidated answer is still the last good one when the source then fails', async () => {
		const fake = fakeSource();
		fake.answer(STORIES, [{ _id: 'story-a', title: 'A' }]);
		const cache = createCachedSource(fake.source, { log: quietLog().log, ttlMs: 60_000 });
		await cache.fetch(STORIES);

		fake.fail(new Error('unreachable'));
		cache.invalidate();

		expect(await cache.fetch(STORIES)).toEqual([{ _id: 'story-a', title: 'A' }]);
	});

	test('a query that never had an answer fails with the source', async () => {
		const fake = fakeSource();
		fake.fail(new Error('unreachable'));
		const cache = createCachedSource(fake.source, { log: quietLog().log, ttlMs: 60_000 });

		await expect(cache.fetch(STORIES)).rejects.toThrow('unreachable');
	});

	test('a slow refresh serves the last good answer and lands in the cache when it arrives', async () => {
		let release: (value: unknown) => void = () => undefined;
		let calls = 0;
		const source: ContentSource = {
			kind: 'sanity',
			fetch: <Result>() => {
				calls += 1;
				if (calls === 1) return Promise.resolve(['old'] as Result);
				return new Promise<Result>((resolve) => (release = resolve as (value: unknown) => void));
			},
		};
		const cache = createCachedSource(source, {
			log: quietLog().log,
			ttlMs: 60_000,
			refreshWaitMs: 20,
		});
		await cache.fetch(STORIES);
		cache.invalidate();

		expect(await cache.fetch(STORIES)).toEqual(['old']);
		release(['new']);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(await cache.fetch(STORIES)).toEqual(['new']);
		expect(calls).toBe(2);
	});

	test('concurrent requests for one query ask the source once', async () => {
		const fake = fakeSource();
		fake.answer(STORIES, []);
		const cache = createCachedSource(fake.source, { log: quietLog().log, ttlMs: 60_000 });

		await Promise.all([cache.fetch(STORIES), cache.fetch(STORIES), cache.fetch(STORIES)]);

		expect(fake.calls).toHaveLength(1);
	});
});

/** A fallback holding `answers` by query, or nothing; it counts what it was asked. */
function fakeFallback(answers: Record<string, unknown> | null) {
	const asked: string[] = [];
	let answered = 0;
	const fallback: ContentFallback = {
		async answer(query) {
			asked.push(query);
			return answers ? { value: structuredClone(answers[query]) } : null;
		},
		takenAt: () => (answers ? 0 : null),
		sourceAnswered: () => (answered += 1),
	};
	return { fallback, asked, answered: () => answered };
}

describe('the content cache with a fallback', () => {
	test('a query that never had an answer is answered from the fallback while the source fails', async () => {
		let clock = 0;
		const fake = fakeSource();
		fake.fail(new Error('connect ECONNREFUSED 127.0.0.1:9'));
		const kept = fakeFallback({ [STORIES]: [{ _id: 'story-a', title: 'A' }] });
		const cache = createCachedSource(fake.source, {
			log: quietLog().log,
			ttlMs: 10_000,
			retryAfterMs: 5_000,
			fallback: kept.fallback,
			now: () => clock,
		});

		expect(await cache.fetch(STORIES)).toEqual([{ _id: 'story-a', title: 'A' }]);
		// Kept as the query's last good answer: the failing source is not asked again at once.
		clock = 1_000;
		expect(await cache.fetch(STORIES)).toEqual([{ _id: 'story-a', title: 'A' }]);
		expect(fake.calls).toHaveLength(1);
		expect(kept.asked).toEqual([STORIES]);

		// Still marked outdated: once the source answers, its answer replaces the fallback's.
		fake.fail(null);
		fake.answer(STORIES, [{ _id: 'story-a', title: 'A2' }]);
		clock = 6_000;
		expect(await cache.fetch(STORIES)).toEqual([{ _id: 'story-a', title: 'A2' }]);
		expect(kept.answered()).toBe(1);
	});

	test('a slow source is not waited for: the fallback answers, and the source’s answer lands later', async () => {
		let release: (value: unknown) => void = () => undefined;
		const source: ContentSource = {
			kind: 'sanity',
			fetch: <Result>() =>
				new Promise<Result>((resolve) => (release = resolve as (value: unknown) => void)),
		};
		const kept = fakeFallback({ [STORIES]: ['kept'] });
		const cache = createCachedSource(source, {
			log: quietLog().log,
			ttlMs: 60_000,
			refreshWaitMs: 20,
			fallback: kept.fallback,
		});

		expect(await cache.fetch(STORIES)).toEqual(['kept']);
		release(['live']);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(await cache.fetch(STORIES)).toEqual(['live']);
	});

	test('a fallback holding nothing yet makes the query unavailable (503), naming the cause', async () => {
		const fake = fakeSource();
		fake.fail(new Error('connect ECONNREFUSED 127.0.0.1:9'));
		const { log, warn } = quietLog();
		const cache = createCachedSource(fake.source, {
			log,
			ttlMs: 60_000,
			fallback: fakeFallback(null).fallback,
		});

		const failure = await cache.fetch(STORIES).catch((caught: unknown) => caught);

		expect(isContentUnavailable(failure)).toBe(true);
		expect((failure as Error).message).toContain('ECONNREFUSED');
		expect(warn.mock.calls[0]?.[1]).toContain('no snapshot of the published content is kept yet');
	});

	test('without a fallback, the source’s own error is what fails the query', async () => {
		const fake = fakeSource();
		fake.fail(new Error('The content folder has no .ndjson file'));
		const cache = createCachedSource(fake.source, { log: quietLog().log, ttlMs: 60_000 });

		const failure = await cache.fetch(STORIES).catch((caught: unknown) => caught);

		expect(isContentUnavailable(failure)).toBe(false);
		expect((failure as Error).message).toBe('The content folder has no .ndjson file');
	});
});

describe('what a cached answer depends on', () => {
	test('the types a query filters on are read from its text', () => {
		expect(typesOf(`*[_type == "hall"]{"exhibits": *[_type == "exhibit"]}`)).toEqual(
			new Set(['hall', 'exhibit']),
		);
		expect(typesOf(`*[_id == $id][0]`)).toBeNull();
	});

	test('the documents an answer shows are its ids and references', () => {
		expect(idsIn([{ _id: 'a', x: { _ref: 'b', y: [{ _id: 'c' }] } }, null, 'd'])).toEqual(
			new Set(['a', 'b', 'c']),
		);
	});
});
