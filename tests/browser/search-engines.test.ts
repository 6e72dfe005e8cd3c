/**
 * What search engines and feed readers get: RSS feeds and a sitemap that parse and list every
 * published story, robots.txt, and on each page absolute canonical and hreflang links and
 * Open Graph tags.
 */
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import type { StorySummary } from '../../src/content/models.ts';
import { createContentRepository } from '../../src/content/repository.ts';
import { logger } from '../../src/log.ts';
import { startServer, type RunningServer } from './support/server.ts';

const PUBLIC = 'https://boai.example.cn';

let server: RunningServer;
let local: RunningServer;
let stories: StorySummary[];

const parser = new XMLParser({
	ignoreAttributes: false,
	isArray: (name) => ['item', 'url', 'xhtml:link', 'category'].includes(name),
});

beforeAll(async () => {
	const log = logger.child({ module: 'test' });
	const source = createEmbeddedSource({
		contentDir: join(import.meta.dirname, '..', '..', 'content'),
		log,
	});
	[server, local, stories] = await Promise.all([
		startServer({ SITE_ORIGIN: PUBLIC }),
		startServer(),
		createContentRepository(source, { log }).stories(),
	]);
});

afterAll(async () => {
	await Promise.all([server?.stop(), local?.stop()]);
});

async function xml(path: string) {
	const response = await fetch(server.url + path);
	return { response, document: parser.parse(await response.text()) as Record<string, any> };
}

describe('the RSS feeds', () => {
	test.each([
		['/rss.xml', '', 'zh-CN'],
		['/en/rss.xml', '/en', 'en'],
	])(
		'%s parses and lists every published story with absolute links',
		async (path, prefix, language) => {
			const { response, document } = await xml(path);
			const channel = document.rss.channel;
			const items = channel.item as Array<{ link: string; title: string; pubDate: string }>;

			expect(response.headers.get('Content-Type')).toContain('application/rss+xml');
			expect(channel.language).toBe(language);
			expect(stories.length).toBeGreaterThan(0);
			expect(items.map((item) => item.link).sort()).toEqual(
				stories.map((story) => `${PUBLIC}${prefix}/stories/${story.slug}/`).sort(),
			);
			for (const item of items) expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
		},
	);

	test('says in the title and categories which stories are sample data', async () => {
		const { document } = await xml('/rss.xml');
		const items = document.rss.channel.item as Array<{
			title: string;
			link: string;
			category: string[];
		}>;
		const sample = stories
			.filter((story) => story.sample)
			.map((story) => `${PUBLIC}/stories/${story.slug}/`);

		for (const item of items) {
			const isSample = sample.includes(item.link);
			expect(item.title.startsWith('【示例数据】')).toBe(isSample);
			expect(item.category.includes('示例数据')).toBe(isSample);
		}
	});
});

describe('the sitemap', () => {
	test('parses and lists every published story in both languages, with their alternates', async () => {
		const { response, document } = await xml('/sitemap.xml');
		const urls = document.urlset.url as Array<{
			loc: string;
			'xhtml:link': Array<Record<string, string>>;
		}>;
		const locations = urls.map((url) => url.loc);

		expect(response.headers.get('Content-Type')).toContain('application/xml');
		for (const story of stories) {
			expect(locations).toContain(`${PUBLIC}/stories/${story.slug}/`);
			expect(locations).toContain(`${PUBLIC}/en/stories/${story.slug}/`);
		}
		for (const page of ['/', '/en/', '/museum/', '/en/map/', '/route/', '/search/']) {
			expect(locations).toContain(PUBLIC + page);
		}

		const story = urls.find((url) => url.loc === `${PUBLIC}/stories/${stories[0]!.slug}/`)!;
		expect(story['xhtml:link'].map((link) => `${link['@_hreflang']} ${link['@_href']}`)).toEqual([
			`zh-CN ${PUBLIC}/stories/${stories[0]!.slug}/`,
			`en ${PUBLIC}/en/stories/${stories[0]!.slug}/`,
			`x-default ${PUBLIC}/stories/${stories[0]!.slug}/`,
		]);
	});

	test('lists only pages that answer, checked on a sample of its addresses', async () => {
		const { document } = await xml('/sitemap.xml');
		const locations = (document.urlset.url as Array<{ loc: string }>).map((url) => url.loc);
		const sample = locations.filter((_, i) => i % 37 === 0);

		for (const location of sample) {
			const response = await fetch(location.replace(PUBLIC, server.url));
			expect(response.status, location).toBe(200);
		}
	});
});

describe('robots.txt', () => {
	test('welcomes crawlers, keeps them off the API and visitors’ certificates, and names the sitemap', async () => {
		const text = await (await fetch(`${server.url}/robots.txt`)).text();

		expect(text).toMatch(/^User-agent: \*$/m);
		expect(text).toMatch(/^Disallow: \/api\/$/m);
		expect(text).toMatch(/^Disallow: \/route\/certificate\/$/m);
		expect(text).not.toMatch(/^Disallow: \/$/m);
		expect(text).toContain(`Sitemap: ${PUBLIC}/sitemap.xml`);
	});
});

describe('links and tags in each page', () => {
	test('a story has an absolute canonical link, hreflang alternates and Open Graph tags', async () => {
		const slug = stories[0]!.slug;
		const html = await (await fetch(`${server.url}/en/stories/${slug}/?utm=x`)).text();
		const attribute = (pattern: RegExp) => pattern.exec(html)?.[1];

		expect(attribute(/<link rel="canonical" href="([^"]+)"/)).toBe(`${PUBLIC}/en/stories/${slug}/`);
		expect(attribute(/<link rel="alternate" hreflang="zh-CN" href="([^"]+)"/)).toBe(
			`${PUBLIC}/stories/${slug}/`,
		);
		expect(attribute(/<link rel="alternate" hreflang="en" href="([^"]+)"/)).toBe(
			`${PUBLIC}/en/stories/${slug}/`,
		);
		expect(attribute(/<link rel="alternate" hreflang="x-default" href="([^"]+)"/)).toBe(
			`${PUBLIC}/stories/${slug}/`,
		);
		expect(attribute(/<meta property="og:type" content="([^"]+)"/)).toBe('article');
		expect(attribute(/<meta property="og:url" content="([^"]+)"/)).toBe(
			`${PUBLIC}/en/stories/${slug}/`,
		);
		expect(attribute(/<meta property="og:locale" content="([^"]+)"/)).toBe('en_US');
		expect(attribute(/<meta property="og:image" content="([^"]+)"/)).toMatch(
			new RegExp(`^${PUBLIC}/en/stories/${slug}/og\\.png\\?v=[\\w-]+$`),
		);
		expect(
			attribute(/<link rel="alternate" type="application\/rss\+xml"[^>]* href="([^"]+)"/),
		).toBe('/en/rss.xml');
	});

	test('other pages share the site’s own picture, and the 404 page has no canonical link', async () => {
		const home = await (await fetch(`${server.url}/`)).text();
		const missing = await (await fetch(`${server.url}/no-such-page/`)).text();

		expect(home).toContain(`<meta property="og:image" content="${PUBLIC}/og.png">`);
		expect(home).toContain(`<link rel="canonical" href="${PUBLIC}/">`);
		expect(missing).not.toContain('rel="canonical"');
	});

	test('without SITE_ORIGIN, absolute links use the address the request was sent to', async () => {
		const html = await (await fetch(`${local.url}/about/`)).text();
		const forwarded = await (
			await fetch(`${local.url}/about/`, { headers: { 'X-Forwarded-Proto': 'https' } })
		).text();
		const host = new URL(local.url).host;

		expect(html).toContain(`<link rel="canonical" href="http://${host}/about/">`);
		expect(forwarded).toContain(`<link rel="canonical" href="https://${host}/about/">`);
	});
});
