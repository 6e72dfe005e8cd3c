/**
 * `@astrojs/node` in standalone mode, with three changes: the server entry is `entry.ts`
 * (the adapter's handler inside the site's logging, header and compression layer), each
 * build writes Brotli and gzip copies of its text files for that layer to send, and the
 * SQLite store's worker thread is bundled beside the entry as `sqlite-worker.mjs`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import node from '@astrojs/node';
import type { AstroIntegration } from 'astro';
import { build } from 'rolldown';

import { sqliteWorkerBundle } from '../../src/checkin/storage/sqlite-thread.ts';

import { precompressFolder } from '../../src/server/precompress.ts';

const entry = fileURLToPath(new URL('./entry.ts', import.meta.url));
const sqliteWorker = fileURLToPath(
	new URL('../../src/checkin/storage/sqlite-worker.ts', import.meta.url),
);

// A worker thread loads a file of its own, which Astro's server bundle does not make: this one
// holds the store and `node:sqlite` only, so it needs nothing from node_modules at run time.
async function bundleSqliteWorker(serverFolder: string) {
	await build({
		input: sqliteWorker,
		platform: 'node',
		logLevel: 'warn',
		output: { file: join(serverFolder, sqliteWorkerBundle), format: 'esm' },
	});
}

/** The adapter for `astro.config.mjs`. */
export function siteAdapter(): AstroIntegration {
	const inner = node({ mode: 'standalone' });
	let clientFolder: URL | undefined;
	let serverFolder: URL | undefined;

	return {
		...inner,
		hooks: {
			...inner.hooks,
			'astro:config:done': (params) => {
				clientFolder = params.config.build.client;
				serverFolder = params.config.build.server;
				return inner.hooks['astro:config:done']?.({
					...params,
					setAdapter: (adapter) => params.setAdapter({ ...adapter, serverEntrypoint: entry }),
				});
			},
			'astro:build:done': async (params) => {
				await inner.hooks['astro:build:done']?.(params);
				if (serverFolder) await bundleSqliteWorker(fileURLToPath(serverFolder));
				if (!clientFolder) return;

				const started = performance.now();
				const report = await precompressFolder(fileURLToPath(clientFolder));
				params.logger.info(
					`compressed ${report.files} files: ${kilobytes(report.bytes)} → ${kilobytes(report.brotliBytes)} (Brotli) in ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}

function kilobytes(bytes: number): string {
	return `${Math.round(bytes / 1024)} kB`;
}
