import type { APIRoute } from 'astro';

import { checkinHttp } from '../../../lib/checkin.ts';

export const prerender = false;

/** The visitor's stamps, progress and certificate; see `src/checkin/api.ts`. */
export const GET: APIRoute = ({ request, params, clientAddress }) =>
	checkinHttp.getPassport(request, params.visitor ?? '', clientAddress);

/** Sets or clears the name printed on the visitor's certificate. */
export const PATCH: APIRoute = ({ request, params, clientAddress }) =>
	checkinHttp.patchPassport(request, params.visitor ?? '', clientAddress);
