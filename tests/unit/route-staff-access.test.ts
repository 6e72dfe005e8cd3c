import { describe, expect, test } from 'vitest';

import { basicPassword, staffAccess } from '../../site/components/route/staff-access.ts';

function request(authorization?: string) {
	return new Request('http://localhost/route/posters/a/', {
		headers: authorization ? { authorization } : {},
	});
}

const basic = (user: string, password: string) =>
	`Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('staff pages', () => {
	test('open to the staff token given as the password, whatever the user name', () => {
		expect(staffAccess(request(basic('anyone', 's3cret:with:colons')), 's3cret:with:colons')).toBe(
			'granted',
		);
	});

	test('ask to sign in without a token or with a wrong one', () => {
		expect(staffAccess(request(), 'token')).toBe('sign-in');
		expect(staffAccess(request(basic('staff', 'wrong')), 'token')).toBe('sign-in');
		expect(staffAccess(request('Bearer token'), 'token')).toBe('sign-in');
	});

	test('stay closed when the server has no token', () => {
		expect(staffAccess(request(basic('staff', '')), undefined)).toBe('unconfigured');
		expect(staffAccess(request(basic('staff', '')), '')).toBe('unconfigured');
	});

	test('read the password of a Basic header only', () => {
		expect(basicPassword(basic('u', 'p:q'))).toBe('p:q');
		expect(basicPassword('Basic bm9jb2xvbg==')).toBeNull();
		expect(basicPassword(null)).toBeNull();
	});
});
