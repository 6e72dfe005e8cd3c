/**
 * One structured log line per request, written when the response is finished (or the
 * connection is lost): method, path, status, bytes and time, with a request id that the
 * response also carries in `X-Request-Id`. Query strings, cookies, addresses and user
 * agents are not logged: they may hold tokens or identify a visitor.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp, type HttpLogger } from 'pino-http';

import type { Logger } from '../log.ts';

// An id from a proxy in front is kept, so its log and ours can be joined; anything that does
// not look like an id is replaced.
const acceptableId = /^[\w.:-]{1,100}$/;

// Health checks arrive every few seconds from a load balancer: logged only at debug level.
const quietPaths = new Set(['/healthz']);

/** The path of a request, without its query string. */
export function requestPath(url: string | undefined): string {
	return (url ?? '/').split('?')[0] ?? '/';
}

/** The level of a finished request's line: errors for server faults, info otherwise. */
export function requestLevel(path: string, status: number, failed: boolean) {
	if (failed || status >= 500) return 'error';
	if (quietPaths.has(path)) return 'debug';
	return 'info';
}

/** A request logger writing to `log` (the `http` module's child of the one logger). */
export function createRequestLog(log: Logger): HttpLogger {
	return pinoHttp({
		logger: log,
		quietReqLogger: true,
		genReqId(request: IncomingMessage, response: ServerResponse) {
			const given = request.headers['x-request-id'];
			const id = typeof given === 'string' && acceptableId.test(given) ? given : randomUUID();
			// Passed on to Astro, whose middleware names it in the log line of a failed render.
			request.headers['x-request-id'] = id;
			response.setHeader('X-Request-Id', id);
			return id;
		},
		serializers: {
			req: (request: { id: string; method: string; url: string }) => ({
				id: request.id,
				method: request.method,
				path: requestPath(request.url),
			}),
			res: (response: { statusCode: number; headers?: Record<string, unknown> }) => ({
				status: response.statusCode,
				bytes: Number(response.headers?.['content-length']) || undefined,
				encoding: response.headers?.['content-encoding'],
			}),
		},
		customLogLevel(request, response, error) {
			return requestLevel(requestPath(request.url), response.statusCode, Boolean(error));
		},
		customSuccessMessage(request, response, ms) {
			const line = `${request.method} ${requestPath(request.url)}`;
			// The status a handler had not sent yet is only Node's default 200.
			if (!response.headersSent) {
				return `${line}: the client closed the connection after ${Math.round(ms)} ms, before the answer`;
			}
			return `${line} ${response.statusCode} in ${Math.round(ms)} ms`;
		},
		// For a 5xx answer without an error of its own, pino-http makes one up; the line then
		// reads like any other, and the error that caused it has its own line.
		customErrorObject(_request, _response, error, value: Record<string, unknown>) {
			return isStatusOnly(error) ? { ...value, err: undefined } : value;
		},
		customErrorMessage(request, response, error) {
			const line = `${request.method} ${requestPath(request.url)} ${response.statusCode}`;
			return isStatusOnly(error) ? line : `${line}: ${error.message}`;
		},
	});
}

function isStatusOnly(error: Error): boolean {
	return error.message.startsWith('failed with status code');
}
