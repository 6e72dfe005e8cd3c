/** The visitor's address behind reverse proxies, and the TRUST_PROXY setting. */
import { describe, expect, it } from 'vitest';

import { clientAddress, parseTrustProxy } from '../../src/security/client-address.ts';

describe('the client address', () => {
	it('is the socket’s when no proxy is trusted, whatever X-Forwarded-For says', () => {
		expect(clientAddress('203.0.113.5', '10.0.0.2', 0)).toBe('10.0.0.2');
		expect(clientAddress(undefined, '10.0.0.2', 0)).toBe('10.0.0.2');
	});

	it('is the entry the trusted proxy appended, not one the client wrote before it', () => {
		// nginx appends the address it saw: anything left of it is the client's own claim.
		expect(clientAddress('203.0.113.5', '127.0.0.1', 1)).toBe('203.0.113.5');
		expect(clientAddress('198.51.100.1, 203.0.113.5', '127.0.0.1', 1)).toBe('203.0.113.5');
	});

	it('counts as many hops from the right as there are trusted proxies', () => {
		const header = '198.51.100.1, 203.0.113.5, 192.0.2.10';
		expect(clientAddress(header, '127.0.0.1', 2)).toBe('203.0.113.5');
		expect(clientAddress(['198.51.100.1', '203.0.113.5, 192.0.2.10'], '127.0.0.1', 2)).toBe(
			'203.0.113.5',
		);
	});

	it('takes the leftmost entry when the chain is shorter than the trusted proxies', () => {
		expect(clientAddress('203.0.113.5', '127.0.0.1', 3)).toBe('203.0.113.5');
	});

	it('falls back to the socket when a trusted proxy sent no address', () => {
		expect(clientAddress(undefined, '10.0.0.2', 1)).toBe('10.0.0.2');
		expect(clientAddress(' , ', '10.0.0.2', 1)).toBe('10.0.0.2');
	});
});

describe('the TRUST_PROXY setting', () => {
	it('trusts no proxy when unset or off', () => {
		for (const value of [undefined, '', '0', 'off', 'false']) {
			expect(parseTrustProxy(value)).toEqual({ hops: 0 });
		}
	});

	it('reads on as one proxy and a number as that many', () => {
		expect(parseTrustProxy('on')).toEqual({ hops: 1 });
		expect(parseTrustProxy(' TRUE ')).toEqual({ hops: 1 });
		expect(parseTrustProxy('2')).toEqual({ hops: 2 });
	});

	it('trusts no proxy and says what to set when the value makes no sense', () => {
		for (const value of ['-1', '1.5', 'nginx', '99']) {
			const setting = parseTrustProxy(value);
			expect(setting.hops, value).toBe(0);
			expect(setting.problem, value).toMatch(/TRUST_PROXY .* Set TRUST_PROXY=1/);
		}
	});
});
