/**
 * The Open Graph and card tags a page carries, so that a shared link shows its title,
 * summary and picture (chat apps, social sites and search engines read them).
 */
import type { Locale } from '../i18n/locale.ts';
import { localePath } from '../i18n/paths.ts';

/** A share picture: its path on the site, size in pixels and description. */
export interface ShareImage {
	path: string;
	width: number;
	height: number;
	alt: string;
}

export interface ShareTagsInput {
	origin: string;
	/** The page's path, without query. */
	path: string;
	locale: Locale;
	siteName: string;
	title: string;
	description: string;
	image?: ShareImage | undefined;
	article?: { publishedTime: string } | undefined;
}

/** The site's own share picture (`/og.png`, `/en/og.png`), for pages without one of their own. */
export function siteShareImage(locale: Locale, alt: string): ShareImage {
	return { path: localePath('/og.png', locale), width: 1200, height: 630, alt };
}

const ogLocales: Record<Locale, string> = { zh: 'zh_CN', en: 'en_US' };

/** The page's absolute URL and its `<meta property>` and `<meta name>` pairs. */
export function shareTags(input: ShareTagsInput) {
	const url = new URL(input.path, `${input.origin}/`).href;
	const image = input.image ?? siteShareImage(input.locale, input.siteName);
	const imageUrl = new URL(image.path, `${input.origin}/`).href;
	const otherLocale: Locale = input.locale === 'zh' ? 'en' : 'zh';

	const properties: Array<[string, string]> = [
		['og:site_name', input.siteName],
		['og:type', input.article ? 'article' : 'website'],
		['og:title', input.title],
		['og:description', input.description],
		['og:url', url],
		['og:locale', ogLocales[input.locale]],
		['og:locale:alternate', ogLocales[otherLocale]],
		['og:image', imageUrl],
		['og:image:width', String(image.width)],
		['og:image:height', String(image.height)],
		['og:image:alt', image.alt],
		...(input.article
			? ([['article:published_time', input.article.publishedTime]] as Array<[string, string]>)
			: []),
	];
	const names: Array<[string, string]> = [
		['twitter:card', 'summary_large_image'],
		['twitter:title', input.title],
		['twitter:description', input.description],
		['twitter:image', imageUrl],
		['twitter:image:alt', image.alt],
	];

	return { url, properties, names };
}
