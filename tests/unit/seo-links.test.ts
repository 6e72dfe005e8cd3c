import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';

import { shareTags } from '../../src/seo/share-tags.ts';
import { siteOrigin } from '../../src/seo/site-origin.ts';
import { escapeXml, sitemapXml } from '../../src/seo/sitemap.ts';
import { fitTitle } from '../../src/share/share-image.ts';

const request = (headers: Record<string, string>) => ({
	url: 'http://localhost:4321/x',
	headers: new Headers(headers),
});

describe('the public origin', () => {
	test('is SITE_ORIGIN when set, whatever the request says', () => {
		expect(siteOrigin('https://boai.example.cn/some/path', request({ host: 'evil.example' }))).toBe(
			'https://boai.example.cn',
		);
	});

	test('is the request’s host otherwise, over https when a proxy says so', () => {
		expect(siteOrigin(undefined, request({ host: '127.0.0.1:4800' }))).toBe(
			'http://127.0.0.1:4800',
		);
		expect(siteOrigin('', request({ host: 'boai.cn', 'x-forwarded-proto': 'https' }))).toBe(
			'https://boai.cn',
		);
	});

	test('ignores a host header that is not a host name', () => {
		expect(siteOrigin(undefined, request({ host: 'a b"><script>' }))).toBe('http://localhost:4321');
		expect(
			siteOrigin('not a url', request({ host: 'ok.example', 'x-forwarded-proto': 'gopher' })),
		).toBe('http://ok.example');
	});
});

describe('the sitemap', () => {
	test('lists each page in both languages with alternates, and parses as XML', () => {
		const xml = sitemapXml('https://boai.cn', [
			{ path: '/stories/a&b/', lastModified: '2024-05-01' },
			{ path: '/' },
		]);
		const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
		const urls = parsed.urlset.url as Array<{ loc: string; lastmod?: string }>;

		expect(urls.map((url) => url.loc)).toEqual([
			'https://boai.cn/stories/a&b/',
			'https://boai.cn/en/stories/a&b/',
			'https://boai.cn/',
			'https://boai.cn/en/',
		]);
		expect(urls[1]?.lastmod).toBe('2024-05-01');
		expect(xml).toContain('hreflang="x-default" href="https://boai.cn/stories/a&amp;b/"');
	});

	test('escapes the characters XML reserves', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
		);
	});
});

describe('share tags', () => {
	test('describe a story as an article, with an absolute picture and the other language named', () => {
		const { url, properties, names } = shareTags({
			origin: 'https://boai.cn',
			path: '/en/stories/x/',
			locale: 'en',
			siteName: 'Zhuzhou Red Cross',
			title: 'A story',
			description: 'About it',
			image: { path: '/en/stories/x/og.png?v=1', width: 1200, height: 630, alt: 'Cover' },
			article: { publishedTime: '2024-01-02T00:00:00Z' },
		});
		const property = Object.fromEntries(properties);

		expect(url).toBe('https://boai.cn/en/stories/x/');
		expect(property).toMatchObject({
			'og:type': 'article',
			'og:image': 'https://boai.cn/en/stories/x/og.png?v=1',
			'og:locale': 'en_US',
			'og:locale:alternate': 'zh_CN',
			'article:published_time': '2024-01-02T00:00:00Z',
		});
		expect(Object.fromEntries(names)['twitter:card']).toBe('summary_large_image');
	});

	test('fall back to the site’s own picture', () => {
		const { properties } = shareTags({
			origin: 'https://boai.cn',
			path: '/',
			locale: 'zh',
			siteName: '株洲市红十字会',
			title: '株洲市红十字会',
			description: '…',
		});
		expect(Object.fromEntries(properties)['og:image']).toBe('https://boai.cn/og.png');
	});
});

describe('a share picture’s title', () => {
	test('is as large as fits in three lines, and cut with an ellipsis beyond', () => {
		expect(fitTitle('短标题')).toEqual({ size: 68, lines: ['短标题'] });

		const long = fitTitle('很长的标题'.repeat(20));
		expect(long.size).toBe(52);
		expect(long.lines).toHaveLength(3);
		expect(long.lines[2]?.endsWith('…')).toBe(true);
	});

	test('breaks English between words', () => {
		const { lines } = fitTitle(
			'The first Red Cross first-aid station at a 5A scenic area opens at the Yandi Mausoleum',
		);
		for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
		expect(lines.join(' ')).toBe(
			'The first Red Cross first-aid station at a 5A scenic area opens at the Yandi Mausoleum',
		);
	});
});
