import { describe, expect, test } from 'vitest';

import { requestLevel, requestPath } from '../../src/server/request-log.ts';

describe('request log lines', () => {
	test('name the path without its query, which may hold a token', () => {
		expect(requestPath('/route/stop/?t=secret-token')).toBe('/route/stop/');
		expect(requestPath(undefined)).toBe('/');
	});

	test('are errors for server faults, debug for health checks, info otherwise', () => {
		expect(requestLevel('/stories/', 500, false)).toBe('error');
		expect(requestLevel('/stories/', 200, true)).toBe('error');
		expect(requestLevel('/healthz', 200, false)).toBe('debug');
		expect(requestLevel('/no-such-page/', 404, false)).toBe('info');
	});
});
