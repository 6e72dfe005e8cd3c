/**
 * Where Astro's own messages go. In the production server (`entry.ts` sets the flag below)
 * they become structured lines of the site's one logger, like every other line it writes;
 * during `astro dev` and `astro build` they stay Astro's readable console lines.
 *
 * Plain JavaScript: Astro loads a logger entrypoint without compiling it.
 */
import consoleDestination from 'astro/logger/console';

import { logger } from '../../src/log.ts';

/** Set by the production server's entry before Astro logs anything. */
export const structuredFlag = Symbol.for('boai.structuredAstroLogs');

const levels = { debug: 'debug', info: 'info', warn: 'warn', error: 'error' };

/** @param {Record<string, unknown>} [config] */
export default function astroLogDestination(config = {}) {
	const readable = consoleDestination(config);
	const log = logger.child({ module: 'astro' });

	return {
		/** @param {{ level: string, label?: string | null, message: string }} event */
		write(event) {
			if (!(/** @type {Record<symbol, unknown>} */ (globalThis)[structuredFlag])) {
				return readable.write(event);
			}

			const level = levels[/** @type {keyof typeof levels} */ (event.level)] ?? 'info';
			// Astro colours its messages for terminals; a log line has no use for the codes.
			const message = event.message.replace(/\u001b\[[0-9;]*m/g, '');
			log[/** @type {'info'} */ (level)]({ label: event.label ?? undefined }, message);
		},
	};
}
