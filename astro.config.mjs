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
		schema: {
			SANITY_PROJECT_ID: envField.string({ context: 'server', access: 'public', optional: true }),
			SANITY_DATASET: envField.string({
				context: 'server',
				access: 'public',
				default: 'production',
			}),
			SANITY_API_VERSION: envField.string({
				context: 'server',
				access: 'public',
				default: '2025-02-19',
			}),
			// Read tokens stay on the server: `secret` keeps them out of every client bundle.
			SANITY_READ_TOKEN: envField.string({ context: 'server', access: 'secret', optional: true }),
			CONTENT_DIR: envField.string({ context: 'server', access: 'public', optional: true }),
		},
	},
});
