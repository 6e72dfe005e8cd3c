/**
 * The sitemap (sitemaps.org protocol) with each page's language versions as `xhtml:link`
 * alternates, the way search engines learn that `/x/` and `/en/x/` are one page in two
 * languages.
 */
import { locales } from '../i18n/locale.ts';
import { localePath } from '../i18n/paths.ts';

/** A page, by its Chinese path (`/stories/x/`); its English one is derived. */
export interface SitemapPage {
	path: string;
	/** When it last changed (ISO date or date-time), if known. */
	lastModified?: string | undefined;
}

const hreflangs = { zh: 'zh-CN', en: 'en' } as const;

/** The sitemap XML of `pages` on `origin`, each in every language. */
export function sitemapXml(origin: string, pages: SitemapPage[]): string {
	const entries = pages.flatMap((page) =>
		locales.map((locale) => {
			const alternates = [
				...locales.map((other) => link(hreflangs[other], origin + localePath(page.path, other))),
				link('x-default', origin + localePath(page.path, 'zh')),
			];
			return [
				'<url>',
				`<loc>${escapeXml(origin + localePath(page.path, locale))}</loc>`,
				...(page.lastModified ? [`<lastmod>${escapeXml(page.lastModified)}</lastmod>`] : []),
				...alternates,
				'</url>',
			].join('');
		}),
	);

	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
		...entries,
		'</urlset>',
		'',
	].join('\n');
}

const entities: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;',
};

/** `text` with the five XML special characters escaped. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

function link(hreflang: string, href: string): string {
	return `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(href)}"/>`;
}
