import type { APIRoute } from 'astro';

import { checkinHttp } from '../../lib/checkin.ts';

export const prerender = false;

/** Records a check-in; see `src/checkin/api.ts` for the contract. */
export const POST: APIRoute = ({ request, clientAddress }) =>
	checkinHttp.postCheckin(request, clientAddress);
