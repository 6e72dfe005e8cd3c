import { describe, expect, test } from 'vitest';

import { noNeeds, pagePolicy, serializePolicy } from '../../src/security/csp.ts';
import { auditSecurityHeaders } from '../../src/security/header-audit.ts';
import { completeSecurityHeaders, fixedSecurityHeaders } from '../../src/security/headers.ts';
import { pageNeeds } from '../../src/security/page-needs.ts';

/** A Node-style header target over a Headers object. */
function target(initial: Record<string, string> = {}) {
	const headers = new Headers(initial);
	return {
		headers,
		getHeader: (name: string) => headers.get(name) ?? undefined,
		setHeader: (name: string, value: string) => headers.set(name, value),
	};
}

const site = { tileOrigins: ['https://tile.openstreetmap.org'], assetOrigins: [] };

function pageHeaders(
	path: string,
	policy = serializePolicy(
		pagePolicy(site, pageNeeds(path), {
			scripts: ["'sha256-AAAA'"],
			styles: [],
			styleAttributes: [],
		}),
	),
) {
	const response = target({ 'Content-Type': 'text/html', 'Content-Security-Policy': policy });
	completeSecurityHeaders(response);
	return response.headers;
}

describe('every response', () => {
	test('gets each fixed security header it lacks, with geolocation for the site only and no camera', () => {
		const response = target({ 'Content-Type': 'application/json' });
		completeSecurityHeaders(response);

		for (const [name, value] of Object.entries(fixedSecurityHeaders)) {
			expect(response.headers.get(name)).toBe(value);
		}
		expect(response.headers.get('Permissions-Policy')).toContain('geolocation=(self)');
		expect(response.headers.get('Permissions-Policy')).toContain('camera=()');
		expect(response.headers.get('Permissions-Policy')).toContain('microphone=()');
	});

	test('keeps a Content-Security-Policy its route set, and gets the resource policy otherwise', () => {
		const own = target({ 'Content-Security-Policy': "default-src 'none'" });
		completeSecurityHeaders(own);
		expect(own.headers.get('Content-Security-Policy')).toBe("default-src 'none'");

		const bare = target({ 'Content-Type': 'text/css' });
		completeSecurityHeaders(bare);
		expect(auditSecurityHeaders(bare.headers, { kind: 'resource' })).toEqual([]);
	});
});

describe('the header audit the browser tests rely on', () => {
	test('passes the headers the site sends for pages, map pages and resources', () => {
		expect(auditSecurityHeaders(pageHeaders('/'), { kind: 'page' })).toEqual([]);
		expect(
			auditSecurityHeaders(pageHeaders('/map/'), {
				kind: 'page',
				needs: pageNeeds('/map/'),
				tileOrigins: site.tileOrigins,
			}),
		).toEqual([]);
	});

	test('fails when a header is missing or has another value', () => {
		const headers = pageHeaders('/');
		headers.delete('X-Content-Type-Options');
		headers.set('Referrer-Policy', 'unsafe-url');

		expect(auditSecurityHeaders(headers, { kind: 'page' })).toEqual([
			'X-Content-Type-Options is missing',
			'Referrer-Policy is "unsafe-url", not "strict-origin-when-cross-origin"',
		]);
	});

	test('fails when the policy allows more than the page needs', () => {
		const loose = (change: (policy: string) => string) =>
			auditSecurityHeaders(
				pageHeaders(
					'/',
					change(
						serializePolicy(
							pagePolicy(site, noNeeds, { scripts: [], styles: [], styleAttributes: [] }),
						),
					),
				),
				{ kind: 'page' },
			);

		expect(
			loose((p) => p.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")),
		).toEqual(["script-src allows 'unsafe-inline'"]);
		expect(
			loose((p) => p.replace("img-src 'self'", "img-src 'self' https://tile.openstreetmap.org")),
		).toEqual(['img-src allows https://tile.openstreetmap.org']);
		expect(loose((p) => p.replace("worker-src 'self'", "worker-src 'self' blob:"))).toEqual([
			'worker-src allows blob:',
		]);
		expect(loose((p) => p.replace("frame-ancestors 'none'", 'frame-ancestors *'))).toEqual([
			'frame-ancestors is "*", not "\'none\'"',
			'frame-ancestors allows *',
		]);
		expect(loose((p) => p.replace(/; object-src 'none'/, ''))).toEqual([
			'object-src is "(absent)", not "\'none\'"',
		]);
	});

	test('fails when a resource’s policy lets it load anything', () => {
		const headers = new Headers({
			...fixedSecurityHeaders,
			'Content-Security-Policy':
				"default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
		});

		expect(auditSecurityHeaders(headers, { kind: 'resource' })).toEqual([
			'default-src is "\'self\'", not "\'none\'"',
			"default-src allows 'self'",
		]);
		expect(auditSecurityHeaders(new Headers(fixedSecurityHeaders), { kind: 'resource' })).toEqual([
			'Content-Security-Policy is missing',
		]);
	});
});
