/**
 * `/media/sanity/images/…` and `/media/sanity/files/…`: Sanity's images and files, fetched
 * and cached by the server (see `src/media/sanity-proxy.ts`). Answers 404 when content is
 * not read from Sanity or SANITY_ASSET_PROXY is off.
 */
import type { APIRoute } from 'astro';

import { sanityProxy } from '../../../lib/asset-proxy.ts';
import { requestAddress } from '../../../lib/client-address.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, request, clientAddress }) => {
	if (!sanityProxy || !params.path) {
		return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
	}

	return sanityProxy.serve(params.path, request, requestAddress(request, clientAddress));
};

export const HEAD: APIRoute = (context) => GET(context);

export const ALL: APIRoute = () =>
	new Response('Method not allowed', {
		status: 405,
		headers: { Allow: 'GET, HEAD', 'Cache-Control': 'no-store' },
	});
