/** The RSS feed of the stories in one language (`/rss.xml`, `/en/rss.xml`). */
import rss from '@astrojs/rss';

import { pick, type Locale } from '../../src/i18n/locale.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import { localePath, paths } from '../../src/i18n/paths.ts';
import { logger } from '../../src/log.ts';
import { sharedPage } from '../../src/server/cache-control.ts';
import { content } from './content.ts';
import { publicOrigin } from './site-url.ts';

const log = logger.child({ module: 'feeds' });

/** The feed response: every published story, newest first, with absolute links. */
export async function storiesFeed(locale: Locale, request: Request): Promise<Response> {
	const t = messages(locale);
	const origin = publicOrigin(request);

	let stories;
	try {
		stories = await content.stories();
	} catch (error) {
		log.error(
			{ err: error },
			`the ${locale} feed could not read the stories: ${(error as Error).message}`,
		);
		return new Response(
			'The feed cannot be built right now: the content source did not answer. Try again in a minute.',
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

	const response = await rss({
		title: t.feeds.rssTitle,
		description: t.feeds.rssDescription,
		site: `${origin}${localePath('/', locale)}`,
		customData: `<language>${locale === 'zh' ? 'zh-CN' : 'en'}</language>`,
		items: stories.map((story) => {
			const title = pick(story.title, locale);
			const excerpt = pick(story.excerpt, locale);
			// Invented stories say so in the feed too, not only on the page.
			return {
				title: story.sample ? `${t.feeds.samplePrefix}${title}` : title,
				link: `${origin}${paths.story(story.slug, locale)}`,
				pubDate: new Date(story.publishedAt),
				description: excerpt,
				categories: [
					t.categories[story.category],
					...(story.sample ? [t.feeds.sampleCategory] : []),
				],
			};
		}),
	});

	const headers = new Headers(response.headers);
	headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
	headers.set('Cache-Control', sharedPage);
	return new Response(response.body, { status: response.status, headers });
}
