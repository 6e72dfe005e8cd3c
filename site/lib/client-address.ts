/**
 * The client's address as the site's rate limits count it, from TRUST_PROXY (read once): the
 * socket's, or the entry of X-Forwarded-For that the outermost trusted proxy wrote (see
 * `src/security/client-address.ts`). The check-in API and the asset proxy use it.
 */
import { TRUST_PROXY } from 'astro:env/server';

import { logger } from '../../src/log.ts';
import { clientAddress, parseTrustProxy } from '../../src/security/client-address.ts';

function readTrustProxy(): number {
	const setting = parseTrustProxy(TRUST_PROXY);
	if (setting.problem) logger.child({ module: 'http' }).warn({ TRUST_PROXY }, setting.problem);
	return setting.hops;
}

/** How many reverse proxies in front of the server may name the client (TRUST_PROXY). */
export const trustedProxyHops: number = readTrustProxy();

/** The address of the client behind `request`, of which Astro reports `reported` (the socket's). */
export function requestAddress(request: Request, reported: string): string {
	return clientAddress(
		request.headers.get('x-forwarded-for') ?? undefined,
		reported,
		trustedProxyHops,
	);
}
