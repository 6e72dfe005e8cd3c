/**
 * The check-in API's requests read straight from Node's `http` module, as the production
 * server reads them: headers, language, origin and a body that is read only up to its cap.
 */
import { once } from 'node:events';
import {
	createServer,
	request as httpRequest,
	type IncomingMessage,
	type Server,
	type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { ApiRequest } from '../../src/checkin/http.ts';
import { nodeApiRequest, writeAnswer } from '../../src/checkin/node-request.ts';
import { holdContinue } from '../../src/server/expect-continue.ts';

const maxBytes = 64;
let server: Server;
let port: number;

// Answers what it read: the request's fields, and the body (or null past the cap). At
// /refuse it answers 415 without reading the body, as the API does on a wrong media type.
beforeAll(async () => {
	const handler = async (request: IncomingMessage, response: ServerResponse) => {
		const api: ApiRequest = nodeApiRequest(request, response, '10.1.2.3', 4321);
		if (request.url === '/refuse') {
			return writeAnswer(request, response, { status: 415, headers: {}, body: '{}' });
		}
		const bytes = await api.body(maxBytes);
		writeAnswer(request, response, {
			status: bytes === null ? 413 : 200,
			headers: { 'Content-Type': 'application/json' },
			body: JSON.stringify({
				lang: api.lang,
				origin: api.origin,
				clientAddress: api.clientAddress,
				accept: api.header('accept-language'),
				missing: api.header('x-not-sent'),
				body: bytes === null ? null : new TextDecoder().decode(bytes),
			}),
		});
	};
	server = createServer(handler);
	// As the production server does (`src/server/listen.ts`).
	server.on('checkContinue', (request, response) => {
		holdContinue(request);
		void handler(request, response);
	});
	server.listen(0, '127.0.0.1');
	await once(server, 'listening');
	port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
	server.closeAllConnections();
	await new Promise((done) => server.close(done));
});

interface Sent {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	body: Record<string, unknown>;
}

// A raw request, so that the body can be sent in pieces and without Content-Length.
function send(path: string, chunks: string[], headers: Record<string, string> = {}): Promise<Sent> {
	return new Promise((resolve, reject) => {
		const outgoing = httpRequest(
			{ host: '127.0.0.1', port, path, method: 'POST', headers },
			(response) => {
				let text = '';
				response.setEncoding('utf8');
				response.on('data', (chunk) => (text += chunk));
				response.on('end', () =>
					resolve({
						status: response.statusCode ?? 0,
						headers: response.headers,
						body: JSON.parse(text),
					}),
				);
			},
		);
		outgoing.on('error', reject);
		for (const chunk of chunks) outgoing.write(chunk);
		outgoing.end();
	});
}

describe('a check-in API request read from node:http', () => {
	it('reads headers, the language parameter, the origin and the address', async () => {
		const sent = await send('/api/checkins?lang=en&x=1', ['{"a":1}'], {
			'Accept-Language': 'en-GB,en;q=0.9',
		});

		expect(sent.status).toBe(200);
		expect(sent.body).toEqual({
			lang: 'en',
			// The server's own origin, never the Host header a client writes.
			origin: 'http://localhost:4321',
			clientAddress: '10.1.2.3',
			accept: 'en-GB,en;q=0.9',
			missing: null,
			body: '{"a":1}',
		});
		expect(sent.headers['content-length']).toBe(
			String(Buffer.byteLength(JSON.stringify(sent.body))),
		);
	});

	it('reads a body sent in pieces, and no language when the address has none', async () => {
		const sent = await send('/api/checkins', ['{"stop":', '"alpha"', '}']);

		expect(sent.body.lang).toBeNull();
		expect(sent.body.body).toBe('{"stop":"alpha"}');
	});

	it('stops reading past the cap, whatever the client declares, and closes the connection', async () => {
		const endless = Array.from({ length: 40 }, () => 'x'.repeat(1024));
		const sent = await send('/api/checkins', endless, { 'Transfer-Encoding': 'chunked' });

		expect(sent.status).toBe(413);
		expect(sent.body.body).toBeNull();
		expect(sent.headers.connection).toBe('close');
	});

	it('keeps the connection open after a body within the cap', async () => {
		const sent = await send('/api/checkins', ['{}']);

		expect(sent.headers.connection).toBe('keep-alive');
	});

	it('closes the connection when it answers without reading the body', async () => {
		const endless = Array.from({ length: 40 }, () => 'x'.repeat(1024));
		const sent = await send('/refuse', endless, { 'Transfer-Encoding': 'chunked' });

		expect(sent.status).toBe(415);
		expect(sent.headers.connection).toBe('close');
	});

	it('tells a client waiting with Expect: 100-continue to send only a body it reads', async () => {
		const expecting = (path: string) =>
			new Promise<{ continued: boolean; status: number }>((resolve, reject) => {
				let continued = false;
				const outgoing = httpRequest({
					host: '127.0.0.1',
					port,
					path,
					method: 'POST',
					headers: { 'Content-Length': '2', Expect: '100-continue' },
				});
				outgoing.on('continue', () => {
					continued = true;
					outgoing.end('{}');
				});
				outgoing.on('response', (response) => {
					response.resume();
					response.on('end', () => resolve({ continued, status: response.statusCode ?? 0 }));
					if (!continued) outgoing.destroy();
				});
				outgoing.on('error', reject);
				outgoing.flushHeaders();
			});

		expect(await expecting('/api/checkins')).toEqual({ continued: true, status: 200 });
		expect(await expecting('/refuse')).toEqual({ continued: false, status: 415 });
	});
});
