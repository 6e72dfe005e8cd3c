// @ts-check
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig, envField } from 'astro/config';

export default defineConfig({
	srcDir: './site',
	publicDir: './public',
	output: 'server',
	adapter: node({ mode: 'standalone' }),
	integrations: [react()],
	server: { port: 4321, host: true },
	trailingSlash: 'ignore',
	i18n: {
		defaultLocale: 'zh',
		locales: ['zh', 'en'],
		routing: { prefixDefaultLocale: false },
	},
	env: {
		// Every variable is read when the server starts, not baked in at build time, so one
		// build runs against the embedded dataset or any Sanity project. `secret` is Astro's
		// word for "read at run time, never inlined": none of these reach a client bundle.
		schema: {
			SANITY_PROJECT_ID: envField.string({ context: 'server', access: 'secret', optional: true }),
			SANITY_DATASET: envField.string({
				context: 'server',
				access: 'secret',
				default: 'production',
			}),
			SANITY_API_VERSION: envField.string({
				context: 'server',
				access: 'secret',
				default: '2025-02-19',
			}),
			SANITY_READ_TOKEN: envField.string({ context: 'server', access: 'secret', optional: true }),
			CONTENT_DIR: envField.string({ context: 'server', access: 'secret', optional: true }),
		},
	},
});
