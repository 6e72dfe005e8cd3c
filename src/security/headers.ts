/**
 * The security headers every response carries, whatever produced it: a page, an API route, a
 * static file or an error. HSTS is left to the HTTPS proxy in front, which knows whether the
 * site is reached over HTTPS (see the README's deployment section).
 */
import { resourcePolicy, serializePolicy } from './csp.ts';

/** Features the site may use: location for the check-in route, nothing else that is powerful. */
export const permissionsPolicy = [
	'geolocation=(self)',
	'camera=()',
	'microphone=()',
	'payment=()',
	'usb=()',
	'serial=()',
	'hid=()',
	'bluetooth=()',
	'display-capture=()',
].join(', ');

/** The headers that do not depend on the response, with their values. */
export const fixedSecurityHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	// Sends only the origin to other sites: OpenStreetMap's tile servers refuse requests that
	// carry no referrer at all, and no path (which may name a visitor's certificate) leaks.
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': permissionsPolicy,
	'Cross-Origin-Opener-Policy': 'same-origin',
	// For browsers that predate `frame-ancestors`.
	'X-Frame-Options': 'DENY',
};

/** Something headers can be read from and written to (Node's `ServerResponse`, `Headers`). */
export interface HeaderTarget {
	getHeader(name: string): unknown;
	setHeader(name: string, value: string): unknown;
}

/**
 * Adds every security header `target` lacks. A response that brought its own
 * Content-Security-Policy (a page, an SVG with its own rules) keeps it; any other gets the
 * policy for a resource of its type, which loads nothing.
 */
export function completeSecurityHeaders(target: HeaderTarget): void {
	for (const [name, value] of Object.entries(fixedSecurityHeaders)) {
		if (target.getHeader(name) === undefined) target.setHeader(name, value);
	}

	if (target.getHeader('Content-Security-Policy') === undefined) {
		const contentType = String(target.getHeader('Content-Type') ?? '');
		target.setHeader('Content-Security-Policy', serializePolicy(resourcePolicy(contentType)));
	}
}
