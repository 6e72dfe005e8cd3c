/**
 * The site's Astro middleware: every rendered page gets its Content-Security-Policy and an
 * ETag, and every failure while rendering is logged once. Headers shared by all responses,
 * compression and request logs are added around Astro by the server (`src/server/`).
 */
import { sequence } from 'astro:middleware';

import { logRenderErrors } from './render-errors.ts';
import { securePages } from './page-security.ts';

export const onRequest = sequence(logRenderErrors, securePages);
