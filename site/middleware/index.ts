/**
 * The site's Astro middleware: every rendered page gets its Content-Security-Policy and an
 * ETag, every failure while rendering is logged once, and a page whose content cannot be read
 * answers 503. Headers shared by all responses, compression and request logs are added around
 * Astro by the server (`src/server/`).
 */
import { sequence } from 'astro:middleware';

import { answerContentUnavailable } from './content-unavailable.ts';
import { logRenderErrors } from './render-errors.ts';
import { securePages } from './page-security.ts';

export const onRequest = sequence(logRenderErrors, answerContentUnavailable, securePages);
