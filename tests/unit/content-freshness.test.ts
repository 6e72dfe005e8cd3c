import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import {
	cacheTtlMs,
	createFreshContent,
	MAX_CACHE_SECONDS,
	type FreshContent,
} from '../../src/content/freshness.ts';
import { logger } from '../../src/log.ts';
import { SHARED_CACHE_SECONDS, sharedPage } from '../../src/server/cache-control.ts';

const TITLES = `*[_type == "story"] | order(_id asc).title`;

const cleanUp: Array<() => Promise<void> | void> = [];
afterEach(async () => {
	for (const step of cleanUp.splice(0)) await step();
});

function quietLog() {
	const log = logger.child({ module: 'test' });
	vi.spyOn(log, 'warn').mockImplementation(() => undefined);
	vi.spyOn(log, 'info').mockImplementation(() => undefined);
	return log;
}

function ndjson(...titles: string[]): string {
	return titles
		.map((title, index) => JSON.stringify({ _id: `story-${index}`, _type: 'story', title }))
		.join('\n');
}

async function contentFolder(text: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'boai-fresh-'));
	await writeFile(join(dir, 'data.ndjson'), text);
	cleanUp.push(() => rm(dir, { recursive: true, force: true }));
	return dir;
}

function fresh(contentDir: string, ttlMs = 60_000, watch = true): FreshContent {
	const log = quietLog();
	const content = createFreshContent(createEmbeddedSource({ contentDir, log }), {
		ttlMs,
		log,
		watch,
	});
	cleanUp.push(() => content.close());
	return content;
}

async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	let last = await read();
	while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 100));
		last = await read();
	}
	return last;
}

describe('the embedded dataset while the server runs', () => {
	test('an edited NDJSON file is served without a restart', async () => {
		const dir = await contentFolder(ndjson('献血', '救护'));
		const content = fresh(dir);
		expect(await content.source.fetch(TITLES)).toEqual(['献血', '救护']);

		await writeFile(join(dir, 'data.ndjson'), ndjson('献血光荣', '救护'));

		expect(await eventually(() => content.source.fetch(TITLES), ['献血光荣', '救护'])).toEqual([
			'献血光荣',
			'救护',
		]);
	});

	test('without file events, a refresh (the periodic check, a webhook) reloads a changed file', async () => {
		const dir = await contentFolder(ndjson('献血'));
		const content = fresh(dir, 60_000, false);
		expect(await content.source.fetch(TITLES)).toEqual(['献血']);

		await writeFile(join(dir, 'data.ndjson'), ndjson('献血', '新故事'));
		expect(await content.source.fetch(TITLES)).toEqual(['献血']);
		await content.refresh();

		expect(await content.source.fetch(TITLES)).toEqual(['献血', '新故事']);
	});

	test('a file emptied while being written leaves the site its last dataset', async () => {
		const dir = await contentFolder(ndjson('献血'));
		const content = fresh(dir, 60_000, false);
		expect(await content.source.fetch(TITLES)).toEqual(['献血']);

		await writeFile(join(dir, 'data.ndjson'), '');
		await content.refresh();

		expect(await content.source.fetch(TITLES)).toEqual(['献血']);
	});
});

describe('CONTENT_CACHE_SECONDS', () => {
	test('is read as whole seconds from 1 to 30, otherwise 30 with a warning', () => {
		const log = quietLog();
		expect(cacheTtlMs(undefined, log)).toBe(30_000);
		expect(cacheTtlMs('10', log)).toBe(10_000);
		expect(cacheTtlMs('30', log)).toBe(30_000);
		expect(cacheTtlMs('45', log)).toBe(30_000);
		expect(cacheTtlMs('600', log)).toBe(30_000);
		expect(cacheTtlMs('soon', log)).toBe(30_000);
		expect(log.warn).toHaveBeenCalledTimes(3);
	});

	test('with a CDN keeping pages too, a change shows within a minute', () => {
		expect(MAX_CACHE_SECONDS + SHARED_CACHE_SECONDS).toBeLessThanOrEqual(60);
		expect(sharedPage).toContain(`s-maxage=${SHARED_CACHE_SECONDS}`);
	});
});
