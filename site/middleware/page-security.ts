/**
 * The Content-Security-Policy of each HTML page, computed from the page as rendered: the
 * sources its route needs (`src/security/page-needs.ts`), this deployment's tile and asset
 * hosts, and the hashes of the inline scripts and styles it actually contains. The page is
 * also given a weak ETag, so a browser revalidating it gets a 304 instead of the page again.
 */
import { createHash } from 'node:crypto';
import { defineMiddleware } from 'astro:middleware';

import { pagePolicy, serializePolicy } from '../../src/security/csp.ts';
import { inlineSources } from '../../src/security/inline-code.ts';
import { pageNeeds } from '../../src/security/page-needs.ts';
import { siteSources } from './site-sources.ts';

export const securePages = defineMiddleware(async (context, next) => {
	const response = await next();

	const type = response.headers.get('Content-Type') ?? '';
	if (!type.startsWith('text/html') || response.body === null) return response;
	// The dev server injects scripts of its own; the policy is for the built site.
	if (import.meta.env.DEV) return response;

	const html = await response.text();
	const headers = new Headers(response.headers);
	if (!/charset=/i.test(type)) headers.set('Content-Type', 'text/html; charset=utf-8');
	if (!headers.has('Content-Security-Policy')) {
		const policy = pagePolicy(siteSources(), pageNeeds(context.url.pathname), inlineSources(html));
		headers.set('Content-Security-Policy', serializePolicy(policy));
	}

	if (response.status !== 200) return new Response(html, { status: response.status, headers });

	const etag = `W/"${createHash('sha1').update(html).digest('base64url')}"`;
	headers.set('ETag', etag);
	const known = context.request.headers.get('If-None-Match')?.split(/\s*,\s*/) ?? [];
	if (known.includes(etag)) return new Response(null, { status: 304, headers });

	return new Response(html, { status: 200, headers });
});
