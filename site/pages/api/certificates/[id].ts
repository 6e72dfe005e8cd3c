import type { APIRoute } from 'astro';

import { checkinHttp } from '../../../lib/checkin.ts';

export const prerender = false;

/** A certificate's name, date and stamps, for its page and image; 404 for an unknown id. */
export const GET: APIRoute = ({ request, params, clientAddress }) =>
	checkinHttp.getCertificate(request, params.id ?? '', clientAddress);
