/**
 * The check-in API answered by the production server itself, in front of Astro. The handlers
 * are the same ones the routes in `pages/api/` call (`site/lib/checkin.ts`); this only skips
 * Astro's routing, middleware and page pipeline and the web `Request` it builds, which cost
 * several times more than deciding and storing a check-in. Check-ins come in bursts (a school
 * group scanning one poster), so that cost decides how many phones a server can take at once.
 *
 * `astro dev` does not run this file: there the routes in `pages/api/` answer, identically.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { errorResult } from '../../src/checkin/errors.ts';
import { clientAddress } from '../../src/security/client-address.ts';
import {
	methodNotAllowed,
	type ApiAnswer,
	type ApiRequest,
	type CheckinApi,
} from '../../src/checkin/http.ts';
import { nodeApiRequest, writeAnswer } from '../../src/checkin/node-request.ts';
import type { Logger } from '../../src/log.ts';
import type { FrontRoutes } from '../../src/server/site-handler.ts';

type Answer = (api: CheckinApi, request: ApiRequest) => Promise<ApiAnswer>;

/** What the front routes need from `site/lib/checkin.ts`. */
export interface CheckinModule {
	checkinApi: CheckinApi;
	/** How many reverse proxies in front of the server may name the client (TRUST_PROXY). */
	trustedProxyHops: number;
}

function parameter(value: string): string | null {
	try {
		return decodeURIComponent(value);
	} catch {
		return null;
	}
}

type Handlers = Partial<Record<'GET' | 'POST' | 'PATCH', Answer>>;

// What each method does at `path`, when it is one of the API's addresses.
function handlersAt(path: string): Handlers | null {
	if (path === '/api/checkins' || path === '/api/checkins/') {
		return { POST: (api, request) => api.postCheckin(request) };
	}
	if (path === '/api/stats' || path === '/api/stats/') {
		return { GET: (api, request) => api.getStats(request) };
	}

	const passport = /^\/api\/passport\/([^/]+)\/?$/.exec(path)?.[1];
	const visitor = passport === undefined ? null : parameter(passport);
	if (visitor !== null) {
		return {
			GET: (api, request) => api.getPassport(request, visitor),
			PATCH: (api, request) => api.patchPassport(request, visitor),
		};
	}

	const certificate = /^\/api\/certificates\/([^/]+)\/?$/.exec(path)?.[1];
	const id = certificate === undefined ? null : parameter(certificate);
	if (id !== null) return { GET: (api, request) => api.getCertificate(request, id) };
	return null;
}

// Which handler answers `method path`; `null` leaves the request to Astro. HEAD is answered
// as GET (Node sends no body for it), any other method with a JSON 405 naming those allowed.
function route(method: string | undefined, path: string): Answer | null {
	const handlers = handlersAt(path);
	if (!handlers) return null;

	const answer = handlers[(method === 'HEAD' ? 'GET' : method) as keyof Handlers];
	if (answer) return answer;

	const allowed = Object.keys(handlers).flatMap((name) =>
		name === 'GET' ? ['GET', 'HEAD'] : [name],
	);
	return async (_api, request) => methodNotAllowed(request, allowed);
}

/**
 * The front routes over the API that `load` gives: `site/lib/checkin.ts` reads its settings
 * through `astro:env`, which the adapter sets up when the server starts.
 *
 * The client address comes from the socket, or from X-Forwarded-For as far as TRUST_PROXY
 * allows (`client-address.ts`): Astro itself trusts that header only with `allowedDomains`
 * set, and then takes its leftmost entry, which the client writes.
 */
export function checkinRoutes(
	load: () => Promise<CheckinModule>,
	options: { port: number; log: Logger },
): FrontRoutes {
	let loaded: Promise<CheckinModule> | undefined;

	async function respond(answer: Answer, request: IncomingMessage, response: ServerResponse) {
		try {
			loaded ??= load();
			const checkin = await loaded;
			const address = clientAddress(
				request.headers['x-forwarded-for'],
				request.socket.remoteAddress,
				checkin.trustedProxyHops,
			);
			const apiRequest = nodeApiRequest(request, response, address, options.port);
			writeAnswer(request, response, await answer(checkin.checkinApi, apiRequest));
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
