// @ts-check
import react from '@astrojs/react';
import { defineConfig, envField } from 'astro/config';

import { siteAdapter } from './site/server/adapter.ts';

export default defineConfig({
	srcDir: './site',
	publicDir: './public',
	output: 'server',
	// @astrojs/node (standalone) inside the site's own server layer: site/server/adapter.ts.
	adapter: siteAdapter(),
	integrations: [react()],
	// Astro's own messages: structured lines of the site's logger in the production server.
	logger: { entrypoint: './site/server/astro-log.mjs' },
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
			// Where the snapshot of the published Sanity dataset is saved (src/content/snapshot.ts).
			CONTENT_SNAPSHOT_PATH: envField.string({
				context: 'server',
				access: 'secret',
				optional: true,
			}),
			// The map's base tiles (src/map/tile-providers.ts): tianditu | gaode | osm | none;
			// unset means tianditu when TIANDITU_KEY is set, else osm. Strings, not an enum, so
			// that a typo is logged and the default used instead of the server refusing to start.
			// TIANDITU_KEY is a browser key: the map page sends it in the tile addresses.
			MAP_TILES: envField.string({ context: 'server', access: 'secret', optional: true }),
			TIANDITU_KEY: envField.string({ context: 'server', access: 'secret', optional: true }),
			MAP_ATTRIBUTION: envField.string({ context: 'server', access: 'secret', optional: true }),
			MAP_APPROVAL_NUMBER: envField.string({
				context: 'server',
				access: 'secret',
				optional: true,
			}),
			// The check-in route (src/checkin/, site/lib/checkin.ts). CHECKIN_SECRET signs the
			// posters' QR tokens and derives their short codes; the PREVIOUS pair keeps old posters
			// working until a date during a key rotation (src/checkin/keys.ts). Without it, QR and
			// code check-ins answer 503 and location check-ins still work. Strings throughout, so a
			// bad value is logged and explained rather than stopping the server.
			CHECKIN_SECRET: envField.string({ context: 'server', access: 'secret', optional: true }),
			CHECKIN_SECRET_PREVIOUS: envField.string({
				context: 'server',
				access: 'secret',
				optional: true,
			}),
			CHECKIN_SECRET_PREVIOUS_UNTIL: envField.string({
				context: 'server',
				access: 'secret',
				optional: true,
			}),
			CHECKIN_DB_PATH: envField.string({ context: 'server', access: 'secret', optional: true }),
			DATABASE_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
			STATS_TOKEN: envField.string({ context: 'server', access: 'secret', optional: true }),
			CHECKIN_ADDRESS_RATE: envField.string({
				context: 'server',
				access: 'secret',
				optional: true,
			}),
			// How many reverse proxies stand in front of the server (0/off, 1/on, 2…): the API's
			// per-address limits then read the visitor's address from X-Forwarded-For
			// (src/checkin/client-address.ts). Unset trusts none.
			TRUST_PROXY: envField.string({ context: 'server', access: 'secret', optional: true }),
			SITE_ORIGIN: envField.string({ context: 'server', access: 'secret', optional: true }),
			// Sanity's images and files reach browsers through /media/sanity/… (src/media/), cached
			// in memory (SANITY_ASSET_CACHE_MB, default 256); SANITY_ASSET_PROXY=off sends browsers
			// to Sanity's CDN instead. SANITY_CDN_URL and SANITY_API_HOST point at a local stand-in
			// for Sanity in tests only (tests/support/sanity-stand-in.ts); production leaves them unset.
			SANITY_ASSET_PROXY: envField.string({ context: 'server', access: 'secret', optional: true }),
			SANITY_ASSET_CACHE_MB: envField.string({
				context: 'server',
				access: 'secret',
				optional: true,
			}),
			SANITY_CDN_URL: envField.string({ context: 'server', access: 'secret', optional: true }),
			SANITY_API_HOST: envField.string({ context: 'server', access: 'secret', optional: true }),
			// Publishing freshness (src/content/cache.ts, site/pages/api/sanity-webhook.ts): the
			// secret of the Sanity webhook that POSTs to /api/sanity-webhook, and how many seconds
			// (1–30, default 30) content is cached without a webhook telling of a change.
			SANITY_WEBHOOK_SECRET: envField.string({
				context: 'server',
				access: 'secret',
				optional: true,
			}),
			CONTENT_CACHE_SECONDS: envField.string({
				context: 'server',
				access: 'secret',
				optional: true,
			}),
		},
	},
});
