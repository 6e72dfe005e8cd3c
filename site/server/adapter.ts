/**
 * `@astrojs/node` in standalone mode, with two changes: the server entry is `entry.ts`
 * (the adapter's handler inside the site's logging, header and compression layer), and each
 * build writes Brotli and gzip copies of its text files for that layer to send.
 */
import { fileURLToPath } from 'node:url';
import node from '@astrojs/node';
import type { AstroIntegration } from 'astro';

import { precompressFolder } from '../../src/server/precompress.ts';

const entry = fileURLToPath(new URL('./entry.ts', import.meta.url));

/** The adapter for `astro.config.mjs`. */
export function siteAdapter(): AstroIntegration {
	const inner = node({ mode: 'standalone' });
	let clientFolder: URL | undefined;

	return {
		...inner,
		hooks: {
			...inner.hooks,
			'astro:config:done': (params) => {
				clientFolder = params.config.build.client;
				return inner.hooks['astro:config:done']?.({
					...params,
					setAdapter: (adapter) => params.setAdapter({ ...adapter, serverEntrypoint: entry }),
				});
			},
			'astro:build:done': async (params) => {
				await inner.hooks['astro:build:done']?.(params);
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
