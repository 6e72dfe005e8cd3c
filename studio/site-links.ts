/**
 * Where a document shows on the public site, for the Studio's "open on the site" and "print QR
 * poster" actions. Addresses come from the site's own `src/i18n/paths.ts`; the site's origin
 * from SANITY_STUDIO_SITE_URL (read when the Studio is built or started).
 */
import { paths } from '../src/i18n/paths.ts';

/** The site's origin when SANITY_STUDIO_SITE_URL is not set: the server `npm start` runs. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** The fields of a document the addresses depend on. */
export interface LinkedDocument {
	_id?: string;
	_type: string;
	slug?: { current?: string };
}

/** The site's origin, without a trailing slash. */
export function siteUrl(): string {
	let configured: string | undefined;
	try {
		// Written out in full: the Studio's build replaces this exact expression with its value.
		configured = process.env.SANITY_STUDIO_SITE_URL;
	} catch {
		configured = undefined;
	}
	return (configured?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, '');
}

/** The path of the page that shows `document`, or `null` for a type without a page. */
export function sitePath(document: LinkedDocument): string | null {
	if (document._type === 'siteSettings') return paths.home('zh');
	if (document._type === 'route') return paths.route('zh');

	const slug = document.slug?.current?.trim();
	if (!slug) return null;

	switch (document._type) {
		case 'story':
			return paths.story(slug, 'zh');
		case 'exhibit':
			return paths.exhibit(slug, 'zh');
		case 'hall':
			return `${paths.museum('zh')}#hall-${encodeURIComponent(slug)}`;
		case 'routeStop':
			return paths.routeStop(slug, 'zh');
		case 'outreachSite':
			return paths.outreachSite(slug, 'zh');
		default:
			return null;
	}
}

/** The types that have a page of their own on the site. */
export const typesWithPages = new Set([
	'siteSettings',
	'story',
	'exhibit',
	'hall',
	'route',
	'routeStop',
	'outreachSite',
]);

/** The address of the printable QR poster of a route stop (staff sign in there). */
export function posterPath(slug: string): string {
	return `/route/posters/${encodeURIComponent(slug)}/`;
}
