/**
 * The production server (`node dist/server/entry.mjs`): `@astrojs/node`'s request handler
 * (built files, then the Astro app; the check-in API in front of it, `checkin-routes.ts`)
 * inside the site's own layer — request logs, security and
 * cache headers on every response, precompressed built files and compressed pages — see
 * `src/server/site-handler.ts`. Built in place of the adapter's entry by `adapter.ts`.
 */
import { autostart } from './autostart.ts';

import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handler as astroHandler, options } from '@astrojs/node/server.js';

import { logger } from '../../src/log.ts';
import { listen } from '../../src/server/listen.ts';
import { sqliteWorkerBundle } from '../../src/checkin/storage/sqlite-thread.ts';
import { createSiteHandler } from '../../src/server/site-handler.ts';
import { checkinRoutes } from './checkin-routes.ts';

interface AdapterOptions {
	host: string | boolean;
	port: number;
	server: string;
	client: string;
}

const log = logger.child({ module: 'http' });
const settings = options as unknown as AdapterOptions;

process.on('uncaughtExceptionMonitor', (error) => {
	logger.fatal({ err: error }, `the server stops on an uncaught error: ${error.message}`);
});

// Imported here rather than at the top: `site/lib/checkin.ts` reads its settings through
// `astro:env`, which the adapter's server module (imported above) has set up by now.
const checkinModule = () => import('../lib/checkin.ts');

// The check-in storage is opened and migrated before the server takes requests. A database
// that cannot be opened is logged and reported by /healthz; the pages are served regardless.
await checkinModule()
	.then((checkin) =>
		checkin.openCheckinStorage({ sqliteWorker: join(serverFolder(), sqliteWorkerBundle) }),
	)
	.catch((error: unknown) =>
		log.error({ err: error }, 'the check-in module could not be loaded: check-ins answer 503'),
	);

/** The request listener: what `astro preview` serves, and what `startServer` listens with. */
export const handler = await createSiteHandler({
	astroHandler,
	clientDir: clientDir(),
	log,
	frontRoutes: checkinRoutes(checkinModule, { port: settings.port, log }),
});

export { options };

/** Listens on HOST and PORT (defaults from the adapter's settings: all interfaces, 4321). */
export function startServer() {
	const host =
		process.env.HOST ?? (settings.host === true ? '0.0.0.0' : String(settings.host || 'localhost'));
	const port = process.env.PORT ? Number(process.env.PORT) : settings.port;
	return listen({ handler, host, port, log });
}

if (autostart) await startServer();

// The build's `server/` folder, found from where this file runs (the build may have been
// moved since the adapter's settings were written).
function serverFolder(): string {
	const built = fileURLToPath(settings.server);
	const serverName = built.split(/[\\/]/).filter(Boolean).pop() ?? 'server';

	let folder = dirname(fileURLToPath(import.meta.url));
	while (!folder.endsWith(serverName) && dirname(folder) !== folder) folder = dirname(folder);
	return folder;
}

// The build's `client/` folder: the adapter's settings give its place relative to `server/`.
function clientDir(): string {
	const fromServer = relative(fileURLToPath(settings.server), fileURLToPath(settings.client));
	return resolve(join(serverFolder(), fromServer));
}
