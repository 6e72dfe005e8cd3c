/** `/search-index.<locale>.json`: the search index the search page loads into the browser. */
import type { APIRoute } from 'astro';

import type { Locale } from '../../src/i18n/locale.ts';
import { logger } from '../../src/log.ts';
import { searchIndexFor, type BuiltSearchIndex } from './search.ts';

const log = logger.child({ module: 'search' });

/** The endpoint for `locale`'s index. */
export function searchIndexEndpoint(locale: Locale): APIRoute {
	return async ({ request }) => {
		let built: BuiltSearchIndex;
		try {
			built = await searchIndexFor(locale);
		} catch (error) {
			log.error({ err: error }, `the search index could not be built: ${(error as Error).message}`);
			return Response.json(
				{
					error:
						'The search index cannot be built right now: the content source did not answer. Try again in a minute.',
				},
				{ status: 503, headers: { 'Cache-Control': 'no-store', 'Retry-After': '60' } },
			);
		}

		const { json, etag } = built;
		const headers = {
			'Content-Type': 'application/json; charset=utf-8',
			'Cache-Control': 'public, max-age=60',
			ETag: etag,
		};

		if (
			request.headers
				.get('If-None-Match')
				?.split(/\s*,\s*/)
				.includes(etag)
		) {
			return new Response(null, { status: 304, headers });
		}
		return new Response(json, { headers });
	};
}
