/**
 * Publishing freshness on the production server: what staff publish reaches the pages within
 * a minute with no rebuild — from an edited `content/` folder (embedded mode), and from Sanity
 * (a local stand-in for its API) through the signed webhook — and while Sanity cannot be
 * reached, the pages keep the last content they had.
 */
import { cp, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { ContentDocument } from '../../src/content/export-layout.ts';
import { WEBHOOK_MAX_BYTES } from '../../src/content/webhook.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import { posterPath, sitePath, typesWithPages } from '../../studio/site-links.ts';
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-stand-in.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const WEBHOOK_SECRET = 'a-webhook-secret-for-the-publishing-tests';
const STAFF_TOKEN = 'a-staff-token-for-the-publishing-tests';

interface StoryLine {
	_id: string;
	_type: string;
	title: { zh: string; en?: string };
	slug: { current: string };
	publishedAt: string;
}

async function readDataset(contentDir: string): Promise<ContentDocument[]> {
	const text = await readFile(join(contentDir, 'data.ndjson'), 'utf8');
	return text
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as ContentDocument);
}

/** The newest story: the first the home page lists. */
function newestStory(documents: ContentDocument[]): StoryLine {
	const stories = documents.filter((document) => document._type === 'story') as never[];
	const [newest] = (stories as StoryLine[]).sort((a, b) =>
		b.publishedAt.localeCompare(a.publishedAt),
	);
	if (!newest) throw new Error('the bundled dataset has no story');
	return newest;
}

function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

async function html(url: string): Promise<{ status: number; text: string }> {
	const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
	return { status: response.status, text: await response.text() };
}

/** Reloads `url` in `page` until its main content contains `text`; resolves to the seconds it took. */
async function secondsUntilShown(page: Page, url: string, text: string, since: number) {
	const deadline = since + 60_000;
	for (;;) {
		await page.goto(url);
		if ((await page.locator('main').innerText()).includes(text)) {
			return (Date.now() - since) / 1000;
		}
		if (Date.now() > deadline) return Number.POSITIVE_INFINITY;
		await page.waitForTimeout(1_000);
	}
}

describe('embedded mode: a change to the files in content/', () => {
	let contentDir = '';
	let server: RunningServer;
	let browser: Browser;

	beforeAll(async () => {
		contentDir = await mkdtemp(join(tmpdir(), 'boai-publishing-'));
		await cp(join(ROOT, 'content'), contentDir, { recursive: true });
		[server, browser] = await Promise.all([
			startServer({ CONTENT_DIR: contentDir, STATS_TOKEN: STAFF_TOKEN }),
			launchChromium(),
		]);
	}, 120_000);

	afterAll(async () => {
		await browser?.close();
		await server?.stop();
		await rm(contentDir, { recursive: true, force: true });
	});

	test('a story’s new title shows on its page and on the home page within 60 s', async () => {
		const documents = await readDataset(contentDir);
		const story = newestStory(documents);
		const storyUrl = `${server.url}/stories/${story.slug.current}/`;
		const page = await browser.newPage();

		// Both pages have been served, so the old title sits in every cache there is.
		await page.goto(storyUrl);
		expect(await page.locator('h1').innerText()).toBe(story.title.zh);
		await page.goto(`${server.url}/`);
		expect(await page.locator('main').innerText()).toContain(story.title.zh);

		const newTitle = `${story.title.zh}（已更新）`;
		const edited = documents.map((document) =>
			document._id === story._id
				? { ...document, title: { ...story.title, zh: newTitle } }
				: document,
		);
		const started = Date.now();
		// Written beside the file and renamed over it, as `npm run content:import` does.
		const temporary = join(contentDir, '.data.ndjson.tmp');
		await writeFile(
			temporary,
			`${edited.map((document) => JSON.stringify(document)).join('\n')}\n`,
		);
		await rename(temporary, join(contentDir, 'data.ndjson'));

		const onStoryPage = await secondsUntilShown(page, storyUrl, newTitle, started);
		const onHomePage = await secondsUntilShown(page, `${server.url}/`, newTitle, started);

		expect(onStoryPage).toBeLessThan(60);
		expect(onHomePage).toBeLessThan(60);
		await page.goto(storyUrl);
		expect(await page.locator('h1').innerText()).toBe(newTitle);
		await page.close();
	}, 150_000);

	test('every document with a page opens from the Studio on a page that exists', async () => {
		const documents = await readDataset(contentDir);
		const oneOfEach = [...typesWithPages].map((type) =>
			documents.find((document) => document._type === type),
		);

		for (const document of oneOfEach) {
			if (!document) continue;
			const path = sitePath(document as Parameters<typeof sitePath>[0]);
			expect(path, `${document._id} has no address on the site`).not.toBeNull();

			const { status } = await html(`${server.url}${path}`);
			expect(status, `${path} (${document._id})`).toBe(200);
		}
		expect(oneOfEach.filter(Boolean).length).toBeGreaterThanOrEqual(6);
	});

	test('a route stop’s “print QR poster” action opens its poster for signed-in staff', async () => {
		const documents = await readDataset(contentDir);
		const stop = documents.find((document) => document._type === 'routeStop') as
			(ContentDocument & { slug: { current: string }; title: { zh: string } }) | undefined;
		if (!stop) throw new Error('the bundled dataset has no route stop');

		const response = await fetch(`${server.url}${posterPath(stop.slug.current)}`, {
			headers: { Authorization: `Basic ${Buffer.from(`staff:${STAFF_TOKEN}`).toString('base64')}` },
		});

		expect(response.status).toBe(200);
		expect(await response.text()).toContain(stop.title.zh);
	});
});

describe('Sanity mode: the webhook', () => {
	let standIn: SanityStandIn;
	let server: RunningServer;
	let story: StoryLine;
	let storyUrl = '';

	beforeAll(async () => {
		standIn = await startSanityStandIn();
		// The longest time-to-live, so nothing but the webhook can make a change show at once.
		server = await startServer({
			...standIn.sanitySettings,
			SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
			CONTENT_CACHE_SECONDS: '30',
			CONTENT_SNAPSHOT_PATH: 'off',
		});
		story = newestStory(await readDataset(join(ROOT, 'content')));
		storyUrl = `${server.url}/stories/${story.slug.current}/`;
	}, 120_000);

	afterAll(async () => {
		await server?.stop();
		await standIn?.stop();
	});

	function retitle(title: string) {
		return standIn.publish(story._id, (document) => ({
			...document,
			title: { ...(document['title'] as object), zh: title },
		}));
	}

	async function notify(body: string, headers: Record<string, string>) {
		return fetch(`${server.url}/api/sanity-webhook`, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', ...headers },
			body,
		});
	}

	async function signed(body: string, timestamp = Date.now(), secret = WEBHOOK_SECRET) {
		return { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, timestamp, secret) };
	}

	async function shows(url: string, text: string): Promise<boolean> {
		const page = await html(url);
		expect(page.status).toBe(200);
		return page.text.includes(text);
	}

	test('a correctly signed notification gets 200, and the next request shows the change', async () => {
		expect(await shows(storyUrl, story.title.zh)).toBe(true);
		expect(await shows(`${server.url}/`, story.title.zh)).toBe(true);

		const document = retitle('网络钩子送来的新标题');
		// Cached: without the webhook the old title would stay for the time-to-live.
		expect(await shows(storyUrl, '网络钩子送来的新标题')).toBe(false);

		const body = JSON.stringify({ _id: document._id, _type: document._type });
		const response = await notify(body, await signed(body));

		expect(response.status).toBe(200);
		expect(await shows(storyUrl, '网络钩子送来的新标题')).toBe(true);
		expect(await shows(`${server.url}/`, '网络钩子送来的新标题')).toBe(true);
	});

	test('a wrong signature, a stale timestamp or a missing header gets 401 and changes nothing', async () => {
		await html(storyUrl);
		const document = retitle('不该出现的标题');
		const body = JSON.stringify({ _id: document._id, _type: document._type });

		const wrong = await notify(body, await signed(body, Date.now(), 'not-the-secret'));
		const stale = await notify(body, await signed(body, Date.now() - 6 * 60 * 1000));
		const missing = await notify(body, {});

		expect([wrong.status, stale.status, missing.status]).toEqual([401, 401, 401]);
		expect(await shows(storyUrl, '不该出现的标题')).toBe(false);
	});

	test('a body over the limit gets 413', async () => {
		const body = JSON.stringify({
			_id: story._id,
			_type: 'story',
			padding: 'x'.repeat(WEBHOOK_MAX_BYTES),
		});

		const response = await notify(body, await signed(body));

		expect(response.status).toBe(413);
	});
});

describe('Sanity mode: Sanity unreachable', () => {
	let standIn: SanityStandIn;
	let server: RunningServer;
	let snapshotDir = '';
	let snapshotFile = '';
	const later: RunningServer[] = [];

	beforeAll(async () => {
		standIn = await startSanityStandIn();
		snapshotDir = await mkdtemp(join(tmpdir(), 'boai-snapshot-'));
		snapshotFile = join(snapshotDir, 'snapshot.json');
		// A one-second time-to-live: every request below asks Sanity again.
		server = await startServer({
			...standIn.sanitySettings,
			CONTENT_CACHE_SECONDS: '1',
			CONTENT_SNAPSHOT_PATH: snapshotFile,
		});
	}, 120_000);

	afterAll(async () => {
		for (const other of later) await other.stop();
		await server?.stop();
		await standIn?.stop();
		await rm(snapshotDir, { recursive: true, force: true });
	});

	/** Pages no visitor asked for before Sanity became unreachable, with what each must show. */
	function unvisitedPages(documents: ContentDocument[]): Record<string, string[]> {
		const stories = (documents.filter((document) => document._type === 'story') as never[]).sort(
			(a: StoryLine, b: StoryLine) => a.publishedAt.localeCompare(b.publishedAt),
		) as Array<StoryLine & { category: string }>;
		const [oldest] = stories;
		if (!oldest) throw new Error('the bundled dataset has no story');
		const relief = stories.filter((story) => story.category === 'relief');
		expect(relief.length).toBeGreaterThan(1);

		return {
			[`/stories/${oldest.slug.current}/`]: [oldest.title.zh],
			'/en/stories/?category=relief': relief.map((story) => story.title.en ?? story.title.zh),
		};
	}

	/** A story the relief list must not show. */
	function notRelief(documents: ContentDocument[]): string {
		const other = documents.find(
			(document) => document._type === 'story' && document['category'] === 'donation',
		) as StoryLine | undefined;
		if (!other?.title.en) throw new Error('the bundled dataset has no donation story in English');
		return other.title.en;
	}

	async function expectPages(origin: string, pages: Record<string, string[]>, when: string) {
		for (const [path, texts] of Object.entries(pages)) {
			const started = Date.now();
			const { status, text: body } = await html(origin + path);
			expect(status, `${path} ${when}`).toBe(200);
			for (const text of texts) expect(body, `${path} ${when}`).toContain(text);
			// A visitor waits at most a short while for Sanity before the last content is shown
			// (generous: the machine running the tests may be busy).
			expect(Date.now() - started, `${path} ${when}`).toBeLessThan(10_000);
		}
	}

	async function snapshotSaved(): Promise<void> {
		const deadline = Date.now() + 30_000;
		while (Date.now() < deadline) {
			if (await stat(snapshotFile).catch(() => null)) return;
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		throw new Error(`the server saved no content snapshot to ${snapshotFile} within 30 s`);
	}

	test('after a first good fetch, pages keep serving the last good content', async () => {
		const documents = await readDataset(join(ROOT, 'content'));
		const story = newestStory(documents);
		const pages = {
			'/': [story.title.zh],
			'/stories/': [story.title.zh],
			[`/stories/${story.slug.current}/`]: [story.title.zh],
			'/en/stories/': [story.title.en ?? story.title.zh],
		};
		await expectPages(server.url, pages, 'while Sanity answers');
		const firstMap = await html(`${server.url}/map/sites.geojson`);
		const sites = (JSON.parse(firstMap.text) as { features: unknown[] }).features.length;
		expect(sites).toBeGreaterThan(0);
		await snapshotSaved();

		// The stand-in's port now refuses connections, as an unreachable Sanity would.
		await standIn.stop();
		await new Promise((resolve) => setTimeout(resolve, 1_500));

		const unvisited = unvisitedPages(documents);
		for (let round = 0; round < 3; round += 1) {
			await expectPages(server.url, { ...pages, ...unvisited }, `in round ${round}`);
			const map = await html(`${server.url}/map/sites.geojson`);
			expect(map.status).toBe(200);
			expect((JSON.parse(map.text) as { features: unknown[] }).features).toHaveLength(sites);
			await new Promise((resolve) => setTimeout(resolve, 1_200));
		}
		const reliefList = await html(`${server.url}/en/stories/?category=relief`);
		expect(reliefList.text).not.toContain(notRelief(documents));

		// Logged once, not once per request: the next line may come a minute later.
		const failures = server.output().match(/content source failed/g) ?? [];
		expect(failures).toHaveLength(1);
	}, 120_000);

	test('a server restarted while Sanity is unreachable serves the saved snapshot', async () => {
		await snapshotSaved();
		await standIn.stop();
		const documents = await readDataset(join(ROOT, 'content'));
		const restarted = await startServer({
			...standIn.sanitySettings,
			CONTENT_CACHE_SECONDS: '1',
			CONTENT_SNAPSHOT_PATH: snapshotFile,
		});
		later.push(restarted);

		const story = newestStory(documents);
		await expectPages(
			restarted.url,
			{ '/': [story.title.zh], ...unvisitedPages(documents) },
			'after a restart',
		);
	}, 120_000);

	test('with no content kept at all, a page answers 503 with Retry-After, not 500', async () => {
		await standIn.stop();
		const empty = await startServer({
			...standIn.sanitySettings,
			CONTENT_SNAPSHOT_PATH: join(snapshotDir, 'never-written', 'snapshot.json'),
		});
		later.push(empty);

		for (const path of ['/stories/', '/en/stories/?category=relief']) {
			const response = await fetch(empty.url + path, { signal: AbortSignal.timeout(20_000) });
			const body = await response.text();

			expect(response.status, path).toBe(503);
			expect(Number(response.headers.get('retry-after')), path).toBeGreaterThan(0);
			expect(response.headers.get('cache-control'), path).toBe('no-store');
			const locale = path.startsWith('/en/') ? 'en' : 'zh';
			expect(body, path).toContain(escapeHtml(messages(locale).errors.contentUnavailable));
		}
	}, 120_000);
});
