import pino from 'pino';

/**
 * The one logger of Boai. Modules take a child with their own label:
 * `const log = logger.child({ module: 'content' })`.
 */
export const logger = pino({
	level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
	base: { app: 'boai' },
});

export type Logger = typeof logger;
