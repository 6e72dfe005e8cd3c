/**
 * The visitor's network address, for the API's per-address rate limits. Behind a reverse
 * proxy every connection comes from the proxy, so the address must be read from
 * `X-Forwarded-For` — but only as far as the proxies the operator trusts: each trusted proxy
 * appends the address it received the request from, and everything to the left of those
 * entries was written by the client and proves nothing.
 *
 * TRUST_PROXY says how many proxies stand in front of the server: unset, `0` or `off` trusts
 * none (the socket's address counts); `1` or `on` trusts one (nginx with
 * `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for`); `2` a CDN in front of it.
 */

/** How many proxy hops are trusted, and what was wrong with the setting, if anything. */
export interface TrustProxySetting {
	hops: number;
	problem?: string;
}

// Enough for a CDN, a load balancer and nginx; more is almost certainly a mistake.
const maxHops = 10;

/** Reads TRUST_PROXY; a value it cannot read trusts no proxy and says why. */
export function parseTrustProxy(value: string | undefined): TrustProxySetting {
	const text = value?.trim().toLowerCase() ?? '';

	if (['', '0', 'off', 'false', 'no'].includes(text)) return { hops: 0 };
	if (['on', 'true', 'yes'].includes(text)) return { hops: 1 };

	const hops = Number(text);
	if (Number.isInteger(hops) && hops > 0 && hops <= maxHops) return { hops };
	return {
		hops: 0,
		problem: `TRUST_PROXY "${value}" is not a number of proxies from 0 to ${maxHops} (or on/off): X-Forwarded-For is ignored and every visitor behind a proxy shares its address. Set TRUST_PROXY=1 behind one reverse proxy.`,
	};
}

/**
 * The client's address: the socket's when no proxy is trusted; otherwise the entry of
 * `X-Forwarded-For` that the outermost trusted proxy wrote, counting from the right.
 * A header shorter than the chain of trusted proxies yields its leftmost entry.
 */
export function clientAddress(
	forwardedFor: string | readonly string[] | undefined,
	socketAddress: string | undefined,
	hops: number,
): string {
	const socket = socketAddress ?? '';
	if (hops <= 0 || forwardedFor === undefined) return socket;

	// Several X-Forwarded-For headers count as one list, in the order they came.
	const headers = typeof forwardedFor === 'string' ? [forwardedFor] : forwardedFor;
	const forwarded = headers
		.flatMap((header) => header.split(','))
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
	if (forwarded.length === 0) return socket;

	// The socket is the nearest proxy, so the client is `hops` entries left of it.
	const chain = [...forwarded, socket];
	return chain[Math.max(0, chain.length - 1 - hops)] ?? socket;
}
