/** Logs a failure while rendering a page or endpoint, with its path, as one structured line. */
import { defineMiddleware } from 'astro:middleware';

import { logger } from '../../src/log.ts';

const log = logger.child({ module: 'render' });

export const logRenderErrors = defineMiddleware(async (context, next) => {
	try {
		return await next();
	} catch (error) {
		log.error(
			{
				err: error,
				reqId: context.request.headers.get('x-request-id') ?? undefined,
				path: context.url.pathname,
				route: context.routePattern,
			},
			`rendering ${context.url.pathname} failed: ${error instanceof Error ? error.message : String(error)}`,
		);
		throw error;
	}
});
