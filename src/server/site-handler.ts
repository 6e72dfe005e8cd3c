/**
 * What the production server does around Astro's own request handler, for every response
 * whatever produced it: logs it, completes its security and cache headers, sends built files
 * as their precompressed copies, and compresses the rest (pages, API answers) on the fly.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';
import onHeaders from 'on-headers';

import type { Logger } from '../log.ts';
import { completeSecurityHeaders } from '../security/headers.ts';
import { routeCacheControl, staticCacheControl } from './cache-control.ts';
import { sendContinue } from './expect-continue.ts';
import { createRequestLog } from './request-log.ts';
import { closeIfBodyUnread } from './unread-body.ts';
import { listStaticFiles, pathOf, sendCompressedCopy, type StaticFile } from './static-files.ts';

/** Astro's handler for the built site (`handler` of `@astrojs/node/server.js`). */
export type AstroHandler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Routes answered in front of Astro (the check-in API): the promise of the answer, or `null`
 * to leave the request to Astro.
 */
export type FrontRoutes = (
	request: IncomingMessage,
	response: ServerResponse,
) => Promise<void> | null;

export interface SiteHandlerOptions {
	astroHandler: AstroHandler;
	/** The build's `client/` folder. */
	clientDir: string;
	log: Logger;
	frontRoutes?: FrontRoutes;
}

// Compressing costs time on the server; Brotli at quality 5 gives most of its gain quickly.
const compress = compression({
	threshold: 1024,
	brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
});

// TRACE and TRACK (CONNECT never reaches a request listener) cannot be carried by the web
// `Request` Astro builds for every page: answered here, and not as a server error.
const unservedMethods = new Set(['TRACE', 'TRACK']);
const servedMethods = 'GET, HEAD, POST, PATCH';

/** The request listener of the production server. */
export async function createSiteHandler(options: SiteHandlerOptions): Promise<RequestListener> {
	const { astroHandler, clientDir, log, frontRoutes } = options;
	const files = await listStaticFiles(clientDir);
	const requestLog = createRequestLog(log);

	return (request, response) => {
		requestLog(request, response);
		onHeaders(response, () => completeHeaders(files, request, response));

		if (unservedMethods.has(request.method ?? '')) {
			response.writeHead(405, {
				Allow: servedMethods,
				'Content-Type': 'text/plain; charset=utf-8',
			});
			return void response.end('405 Method Not Allowed\n');
		}
		if (sendCompressedCopy(files, request, response)) return;

		compress(request as never, response as never, (error?: unknown) => {
			if (error) {
				log.error({ err: error }, 'compression failed; the response is sent as it is');
			}
			const front = frontRoutes?.(request, response);
			if (front) return void settle(front);

			// Astro reads the body of any request it answers: a client waiting to be told may send it.
			sendContinue(request, response);
			settle(astroHandler(request, response));
		});

		function settle(answer: unknown) {
			void Promise.resolve(answer).catch((failure: unknown) => {
				log.error({ err: failure, path: pathOf(request) }, 'the request handler failed');
				if (!response.headersSent) response.statusCode = 500;
				response.end();
			});
		}
	};
}

function completeHeaders(
	files: Map<string, StaticFile>,
	request: IncomingMessage,
	response: ServerResponse,
): void {
	completeSecurityHeaders(response);
	closeIfBodyUnread(request, response);

	const path = pathOf(request) ?? '/';
	const fromFile = files.has(path) && [200, 206, 304].includes(response.statusCode);
	if (fromFile) {
		// The adapter's file server says `max-age=0` unless told otherwise.
		response.setHeader('Cache-Control', staticCacheControl(path));
		return;
	}

	if (response.getHeader('Cache-Control') !== undefined) return;
	response.setHeader(
		'Cache-Control',
		routeCacheControl({
			path,
			status: response.statusCode,
			setsCookie: response.getHeader('Set-Cookie') !== undefined,
			authorized: request.headers.authorization !== undefined,
		}),
	);
}
