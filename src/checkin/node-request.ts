/**
 * The check-in API's requests and answers as Node's `http` module has them, for the
 * production server, which answers the API before Astro sees the request.
 *
 * The origin is the server's own (`http://localhost:<port>`), never the client's `Host`
 * header: that is what Astro gives its routes without `allowedDomains`, and links on
 * certificates are to use SITE_ORIGIN in production anyway.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import { sendContinue } from '../server/expect-continue.ts';
import { closeIfBodyUnread } from '../server/unread-body.ts';
import type { ApiAnswer, ApiRequest } from './http.ts';

/** A request to the API read from `request`, answered by `clientAddress`'s limits. */
export function nodeApiRequest(
	request: IncomingMessage,
	response: ServerResponse,
	clientAddress: string,
	port: number,
): ApiRequest {
	const url = request.url ?? '/';
	const query = url.indexOf('?');
	const encrypted = 'encrypted' in request.socket && request.socket.encrypted === true;

	return {
		header(name) {
			const value = request.headers[name];
			if (value === undefined) return null;
			return Array.isArray(value) ? value.join(', ') : value;
		},
		lang: query === -1 ? null : new URLSearchParams(url.slice(query + 1)).get('lang'),
		origin: `${encrypted ? 'https' : 'http'}://localhost:${port}`,
		clientAddress,
		body(maxBytes) {
			sendContinue(request, response);
			return readBody(request, maxBytes);
		},
	};
}

// Reads the body up to `maxBytes`. Past it, reading stops (and `writeAnswer` closes the
// connection). A body cut off by the client reads as empty: its answer goes to nobody.
function readBody(request: IncomingMessage, maxBytes: number): Promise<Uint8Array | null> {
	return new Promise((resolve) => {
		const chunks: Buffer[] = [];
		let size = 0;

		const finish = (bytes: Uint8Array | null) => {
			request.off('data', onData);
			request.off('end', onEnd);
			request.off('error', onCutOff);
			request.off('close', onCutOff);
			resolve(bytes);
		};
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size <= maxBytes) return void chunks.push(chunk);

			request.pause();
			finish(null);
		};
		const onEnd = () => finish(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
		const onCutOff = () => finish(new Uint8Array());

		request.on('data', onData);
		request.once('end', onEnd);
		request.once('error', onCutOff);
		request.once('close', onCutOff);
	});
}

/** Writes `answer` as the response to `request` (closing a connection whose body is unread). */
export function writeAnswer(
	request: IncomingMessage,
	response: ServerResponse,
	answer: ApiAnswer,
): void {
	closeIfBodyUnread(request, response);
	response.writeHead(answer.status, {
		...answer.headers,
		'Content-Length': String(Buffer.byteLength(answer.body)),
	});
	response.end(answer.body);
}
