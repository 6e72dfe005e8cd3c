/** `/sitemap.xml`: every public page in both languages, from the published content. */
import type { APIRoute } from 'astro';

import { paths } from '../../src/i18n/paths.ts';
import { logger } from '../../src/log.ts';
import { sitemapXml, type SitemapPage } from '../../src/seo/sitemap.ts';
import { content } from '../lib/content.ts';
import { publicOrigin } from '../lib/site-url.ts';

export const prerender = false;

const log = logger.child({ module: 'feeds' });

// Pages that exist whatever the content; staff pages and a visitor's own certificate are left
// out (robots.txt keeps crawlers away from them too).
const fixedPages = [
	'/',
	'/stories/',
	'/museum/',
	'/map/',
	'/route/',
	'/about/',
	'/search/',
	'/route/privacy/',
];

export const GET: APIRoute = async ({ request }) => {
	let pages: SitemapPage[];
	try {
		const [stories, exhibits, sites, route] = await Promise.all([
			content.stories(),
			content.exhibits(),
			content.outreachSites(),
			content.route(),
		]);
		pages = [
			...fixedPages.map((path) => ({ path })),
			...stories.map((story) => ({
				path: paths.story(story.slug, 'zh'),
				lastModified: story.publishedAt,
			})),
			...exhibits.map((exhibit) => ({ path: paths.exhibit(exhibit.slug, 'zh') })),
			...sites.map((site) => ({ path: paths.outreachSite(site.slug, 'zh') })),
			...(route?.stops ?? []).map((stop) => ({ path: paths.routeStop(stop.slug, 'zh') })),
		];
	} catch (error) {
		log.error(
			{ err: error },
			`the sitemap could not read the content: ${(error as Error).message}`,
		);
		return new Response(
			'The sitemap cannot be built right now: the content source did not answer. Try again in a minute.',
			{
				status: 503,
				headers: {
					'Content-Type': 'text/plain; charset=utf-8',
					'Cache-Control': 'no-store',
					'Retry-After': '60',
				},
			},
		);
	}

	return new Response(sitemapXml(publicOrigin(request), pages), {
		headers: {
			'Content-Type': 'application/xml; charset=utf-8',
			'Cache-Control': 'public, max-age=0, s-maxage=300',
		},
	});
};
