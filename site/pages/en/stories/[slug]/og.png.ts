import type { APIRoute } from 'astro';

import { storyShareImageResponse } from '../../../../lib/share-images.ts';

export const prerender = false;

export const GET: APIRoute = ({ params, url }) =>
	storyShareImageResponse(params.slug ?? '', 'en', url);
