/**
 * `/media/images/<name>` and `/media/files/<name>`: the asset files of the bundled dataset.
 * With Sanity configured, assets come from Sanity's CDN and this route answers 404.
 */
import type { APIRoute } from 'astro';

import { serveMediaFile } from '../../../src/content/media-files.ts';
import { contentSource } from '../../lib/content.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, request }) => {
	if (contentSource.kind !== 'embedded' || !params.path) {
		return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
	}

	return serveMediaFile(contentSource.contentDir, params.path, request);
};

export const HEAD: APIRoute = (context) => GET(context);

// Files are only read here: any other method is refused by name instead of with a 404.
export const ALL: APIRoute = () =>
	new Response('Method not allowed', {
		status: 405,
		headers: { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' },
	});
