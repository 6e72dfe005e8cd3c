/**
 * `POST /api/sanity-webhook`: Sanity tells the site that a document was published, changed or
 * deleted, and the cached content it concerns is dropped before the answer is sent. Set up in
 * the Sanity project (API → Webhooks) with this address and SANITY_WEBHOOK_SECRET as secret;
 * see `src/content/webhook.ts` for the checks.
 */
import type { APIRoute } from 'astro';
import { SANITY_WEBHOOK_SECRET } from 'astro:env/server';

import { handleSanityWebhook } from '../../../src/content/webhook.ts';
import { logger } from '../../../src/log.ts';
import { freshContent } from '../../lib/content.ts';

export const prerender = false;

const log = logger.child({ module: 'sanity-webhook' });

export const POST: APIRoute = ({ request }) =>
	handleSanityWebhook(request, {
		secret: SANITY_WEBHOOK_SECRET,
		onChange: (change) => freshContent.refresh(change),
		log,
	});

export const ALL: APIRoute = () =>
	Response.json(
		{ ok: false, message: 'send Sanity webhooks with POST' },
		{ status: 405, headers: { Allow: 'POST', 'Cache-Control': 'no-store' } },
	);
