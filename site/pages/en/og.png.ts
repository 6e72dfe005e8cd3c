import type { APIRoute } from 'astro';

import { siteShareImageResponse } from '../../lib/share-images.ts';

export const prerender = false;

export const GET: APIRoute = () => siteShareImageResponse('en');
