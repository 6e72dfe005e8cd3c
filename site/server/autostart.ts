/**
 * Whether the server entry should start listening. `astro preview` imports the entry only for
 * its handler and says so through ASTRO_NODE_AUTOSTART=disabled.
 *
 * Imported first by `entry.ts`: `@astrojs/node/server.js` would otherwise start a server of
 * its own as soon as it is imported, and this project's server wraps that same handler.
 */
export const autostart = process.env.ASTRO_NODE_AUTOSTART !== 'disabled';

process.env.ASTRO_NODE_AUTOSTART = 'disabled';

// Astro's messages become structured log lines from here on (see `astro-log.mjs`).
(globalThis as Record<symbol, unknown>)[Symbol.for('boai.structuredAstroLogs')] = true;
