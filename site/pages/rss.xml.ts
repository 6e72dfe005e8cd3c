import type { APIRoute } from 'astro';

import { storiesFeed } from '../lib/feeds.ts';

export const prerender = false;

export const GET: APIRoute = ({ request }) => storiesFeed('zh', request);
