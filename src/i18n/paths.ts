import { defaultLocale, type Locale } from './locale.ts';

const englishPrefix = '/en';

/**
 * The address of `path` (written as the Chinese page's path, e.g. `/stories/`) in `locale`:
 * Chinese pages sit at the root, English ones under `/en/`.
 */
export function localePath(path: string, locale: Locale): string {
	const rooted = path.startsWith('/') ? path : `/${path}`;
	if (locale === defaultLocale) return rooted;
	return rooted === '/' ? `${englishPrefix}/` : `${englishPrefix}${rooted}`;
}

/** The locale a request path belongs to, and that path without its locale prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
	if (pathname === englishPrefix || pathname.startsWith(`${englishPrefix}/`)) {
		const rest = pathname.slice(englishPrefix.length);
		return { locale: 'en', path: rest === '' ? '/' : rest };
	}
	return { locale: defaultLocale, path: pathname === '' ? '/' : pathname };
}

/** The same page in another language, for the language switch and `hreflang` links. */
export function translatePath(pathname: string, locale: Locale): string {
	return localePath(splitLocale(pathname).path, locale);
}

/** Addresses of the site's pages, per locale. Slugs are URL-encoded. */
export const paths = {
	home: (locale: Locale) => localePath('/', locale),
	stories: (locale: Locale, category?: string) =>
		localePath('/stories/', locale) + (category ? `?category=${encodeURIComponent(category)}` : ''),
	story: (slug: string, locale: Locale) =>
		localePath(`/stories/${encodeURIComponent(slug)}/`, locale),
	museum: (locale: Locale) => localePath('/museum/', locale),
	exhibit: (slug: string, locale: Locale) =>
		localePath(`/museum/${encodeURIComponent(slug)}/`, locale),
	map: (locale: Locale) => localePath('/map/', locale),
	outreachSite: (slug: string, locale: Locale) =>
		localePath(`/map/${encodeURIComponent(slug)}/`, locale),
	route: (locale: Locale) => localePath('/route/', locale),
	routeStop: (slug: string, locale: Locale) =>
		localePath(`/route/${encodeURIComponent(slug)}/`, locale),
	about: (locale: Locale) => localePath('/about/', locale),
};
