/**
 * Starts the production HTTP server and stops it gracefully: on SIGTERM or SIGINT (a deploy,
 * Ctrl-C) it stops accepting connections, lets requests in progress finish, and exits.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';

import type { Logger } from '../log.ts';
import { holdContinue } from './expect-continue.ts';

export interface ListenOptions {
	handler: RequestListener;
	host: string;
	port: number;
	log: Logger;
	/** How long requests in progress may take to finish after a stop signal. */
	drainMs?: number;
}

/**
 * Listens on `host:port`, over HTTPS when SERVER_CERT_PATH and SERVER_KEY_PATH name a
 * certificate and key (as `@astrojs/node` does); resolves once listening.
 */
export async function listen(options: ListenOptions): Promise<Server> {
	const { handler, host, port, log, drainMs = 10_000 } = options;
	const { SERVER_CERT_PATH: certPath, SERVER_KEY_PATH: keyPath } = process.env;
	const secure = Boolean(certPath && keyPath);
	const server: Server = secure
		? createHttpsServer(
				{ cert: readFileSync(certPath as string), key: readFileSync(keyPath as string) },
				handler,
			)
		: createHttpServer(handler);

	// No request of the site carries more than a few kilobytes: a client that trickles its
	// headers or body for minutes (Node's default allows five) only holds a connection.
	server.headersTimeout = 20_000;
	server.requestTimeout = 30_000;
	// A client waiting for `100 Continue` is told to send its body only when it is read.
	server.on('checkContinue', (request, response) => {
		holdContinue(request);
		handler(request, response);
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve());
	});

	const address = server.address();
	const shown = typeof address === 'object' && address ? address.port : port;
	log.info({ host, port: shown }, `listening on ${secure ? 'https' : 'http'}://${host}:${shown}`);

	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		log.info({ signal }, `${signal}: finishing the requests in progress, then stopping`);

		server.close(() => process.exit(0));
		server.closeIdleConnections();
		setTimeout(() => {
			log.warn({ signal }, `requests still running after ${drainMs} ms were cut off`);
			process.exit(0);
		}, drainMs).unref();
	};
	process.once('SIGTERM', () => stop('SIGTERM'));
	process.once('SIGINT', () => stop('SIGINT'));

	return server;
}
