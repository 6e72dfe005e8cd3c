/**
 * `/media/images/<name>` and `/media/files/<name>`: the asset files of the bundled dataset,
 * and smaller copies of its images (`?w=<width>`), made once and kept in memory.
 * With Sanity configured, assets come from Sanity's CDN and this route answers 404.
 */
import type { APIRoute } from 'astro';

import { createImageVariants } from '../../../src/content/image-variants.ts';
import { serveMediaFile } from '../../../src/content/media-files.ts';
import { logger } from '../../../src/log.ts';
import { contentSource } from '../../lib/content.ts';

export const prerender = false;

const log = logger.child({ module: 'media' });

// The bundled dataset's copies at every width fit in a few megabytes.
const variants = createImageVariants(64 * 1024 * 1024);
// A file that cannot be resized is named once, not on every request for it.
const unresizable = new Set<string>();

export const GET: APIRoute = ({ params, request }) => {
	if (contentSource.kind !== 'embedded' || !params.path) {
		return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
	}

	return serveMediaFile(contentSource.contentDir, params.path, request, {
		variants,
		warn: (message, error) => {
			if (unresizable.has(params.path ?? '')) return;
			unresizable.add(params.path ?? '');
			log.warn({ err: error }, message);
		},
	});
};

export const HEAD: APIRoute = (context) => GET(context);

// Files are only read here: any other method is refused by name instead of with a 404.
export const ALL: APIRoute = () =>
	new Response('Method not allowed', {
		status: 405,
		headers: { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' },
	});
