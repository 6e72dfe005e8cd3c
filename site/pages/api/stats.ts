import type { APIRoute } from 'astro';

import { checkinHttp } from '../../lib/checkin.ts';

export const prerender = false;

/** Check-ins per stop per day and the visitors' progress; needs `Authorization: Bearer <STATS_TOKEN>`. */
export const GET: APIRoute = ({ request, clientAddress }) =>
	checkinHttp.getStats(request, clientAddress);
