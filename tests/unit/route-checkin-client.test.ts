import { describe, expect, test } from 'vitest';

import { judgeCheckinAnswer } from '../../site/scripts/route/checkin-client.ts';

const passport = {
	visitorId: 'v',
	displayName: null,
	stamps: [],
	stopsTotal: 7,
	requiredStops: [],
	stampedRequired: 0,
	completed: false,
	certificate: null,
};

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json', ...headers },
	});
}

function apiError(status: number, code: string, details?: Record<string, unknown>) {
	return json(status, { error: { code, message: `message for ${code}`, details } });
}

describe('judging the answer to a check-in', () => {
	test('a stamp from the API is accepted', async () => {
		const body = {
			outcome: 'stamped',
			checkin: { id: '1', stop: 'a', method: 'qr', at: 'x', distanceBucket: null },
			passport,
		};

		expect(await judgeCheckinAnswer(json(201, body))).toEqual({ kind: 'accepted', response: body });
	});

	test('a 200 page that is not the API’s answer (a captive portal) is tried again later', async () => {
		const portal = new Response('<html>Log in to the Wi-Fi</html>', { status: 200 });

		expect(await judgeCheckinAnswer(portal)).toEqual({ kind: 'retry', reason: 'server' });
	});

	test('a refusal keeps its code, message and details', async () => {
		const answer = apiError(422, 'too_far', { distanceMetres: 850, allowedMetres: 150 });

		expect(await judgeCheckinAnswer(answer)).toEqual({
			kind: 'refused',
			status: 422,
			code: 'too_far',
			message: 'message for too_far',
			details: { distanceMetres: 850, allowedMetres: 150 },
		});
	});

	test('the same key with other data (409) is final', async () => {
		expect(await judgeCheckinAnswer(apiError(409, 'conflict'))).toMatchObject({
			kind: 'refused',
			code: 'conflict',
		});
	});

	test('a rate limit is tried again after the time the server asks for', async () => {
		const answer = apiError(429, 'rate_limited');
		answer.headers.set('retry-after', '30');

		expect(await judgeCheckinAnswer(answer)).toEqual({
			kind: 'retry',
			reason: 'rate_limited',
			retryAfterSeconds: 30,
		});
	});

	test('server errors, unavailable QR checks and error pages without the API’s shape are tried again', async () => {
		const answers = [
			apiError(503, 'unavailable'),
			apiError(503, 'qr_unavailable'),
			new Response('Bad gateway', { status: 502 }),
			new Response('<html>Forbidden by proxy</html>', { status: 403 }),
		];

		for (const answer of answers) {
			expect((await judgeCheckinAnswer(answer)).kind).toBe('retry');
		}
	});
});
