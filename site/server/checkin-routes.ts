/**
 * The check-in API answered by the production server itself, in front of Astro. The handlers
 * are the same ones the routes in `pages/api/` call (`site/lib/checkin.ts`); this only skips
 * Astro's routing, middleware and page pipeline, which cost several times more than deciding
 * and storing a check-in. Check-ins come in bursts (a school group scanning one poster), so
 * that cost decides how many phones a server can take at once.
 *
 * `astro dev` does not run this file: there the routes in `pages/api/` answer, identically.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequest, writeResponse } from 'astro/app/node';

import { errorResult } from '../../src/checkin/errors.ts';
import type { CheckinHttp } from '../../src/checkin/http.ts';
import type { Logger } from '../../src/log.ts';
import type { FrontRoutes } from '../../src/server/site-handler.ts';

type Answer = (http: CheckinHttp, request: Request, address: string) => Promise<Response>;

// Astro's own key for the client address it worked out (X-Forwarded-For only from a trusted
// proxy, else the socket's): the API's per-address limits see what Astro's routes see.
const clientAddressKey = Symbol.for('astro.clientAddress');

function parameter(value: string): string | null {
	try {
		return decodeURIComponent(value);
	} catch {
		return null;
	}
}

// Which handler answers `method path`, if any; `null` leaves the request to Astro.
function route(method: string | undefined, path: string): Answer | null {
	if (path === '/api/checkins' || path === '/api/checkins/') {
		return method === 'POST'
			? (http, request, address) => http.postCheckin(request, address)
			: null;
	}
	if (path === '/api/stats' || path === '/api/stats/') {
		return method === 'GET' ? (http, request, address) => http.getStats(request, address) : null;
	}

	const passport = /^\/api\/passport\/([^/]+)\/?$/.exec(path)?.[1];
	const visitor = passport === undefined ? null : parameter(passport);
	if (visitor !== null && method === 'GET') {
		return (http, request, address) => http.getPassport(request, visitor, address);
	}
	if (visitor !== null && method === 'PATCH') {
		return (http, request, address) => http.patchPassport(request, visitor, address);
	}

	const certificate = /^\/api\/certificates\/([^/]+)\/?$/.exec(path)?.[1];
	const id = certificate === undefined ? null : parameter(certificate);
	if (id !== null && method === 'GET') {
		return (http, request, address) => http.getCertificate(request, id, address);
	}
	return null;
}

/**
 * The front routes over `http`, loaded on first use: `site/lib/checkin.ts` reads its settings
 * through `astro:env`, which the adapter sets up when the server starts.
 */
export function checkinRoutes(
	load: () => Promise<CheckinHttp>,
	options: { port: number; log: Logger },
): FrontRoutes {
	let loaded: Promise<CheckinHttp> | undefined;

	async function respond(answer: Answer, request: IncomingMessage, response: ServerResponse) {
		try {
			loaded ??= load();
			const webRequest = createRequest(request, { port: options.port });
			const address = Reflect.get(webRequest, clientAddressKey) as string | undefined;
			await writeResponse(await answer(await loaded, webRequest, address ?? ''), response);
		} catch (error) {
			// The handlers answer every failure of their own; this is the module failing to load.
			loaded = undefined;
			options.log.error({ err: error }, 'the check-in API could not answer');
			if (response.headersSent) return void response.end();

			const { status, body } = errorResult('unavailable', 'zh');
			response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
			response.end(JSON.stringify(body));
		}
	}

	return (request, response) => {
		const path = (request.url ?? '/').split('?')[0] ?? '/';
		const answer = route(request.method, path);
		return answer ? respond(answer, request, response) : null;
	};
}
