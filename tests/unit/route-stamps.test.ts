import { describe, expect, test } from 'vitest';

import type { Passport } from '../../src/checkin/api.ts';
import { newCheckin } from '../../site/scripts/route/outbox.ts';
import { progress, stampStates } from '../../site/scripts/route/stamps.ts';
import type { CheckinOutcome } from '../../site/scripts/route/store.ts';

const visitor = { id: '6f1c1b7e-8d1a-4c55-9a57-2f7f3b0a1c11', displayName: null, nameSent: true };
const stops = ['a', 'b', 'c', 'sample'];

const passport: Passport = {
	visitorId: visitor.id,
	displayName: null,
	stamps: [{ stop: 'a', method: 'location', at: '2026-05-08T02:00:00Z' }],
	stopsTotal: 3,
	requiredStops: ['a', 'b', 'c'],
	stampedRequired: 1,
	completed: false,
	certificate: null,
};

function outcome(stop: string, kind: CheckinOutcome['kind']): CheckinOutcome {
	const common = {
		idempotencyKey: stop,
		stop,
		method: 'qr' as const,
		settledAt: '2026-05-08T03:00:00Z',
	};
	return kind === 'refused'
		? { ...common, kind, status: 403, code: 'bad_token', message: 'no', details: {} }
		: { ...common, kind, at: '2026-05-08T03:00:00Z' };
}

describe('stamp states', () => {
	test('combine the passport, answers received since and check-ins still waiting', () => {
		const waiting = [newCheckin(visitor, 'c', { method: 'code', code: 'X' }, 'zh')];
		const states = stampStates(stops, passport, [outcome('b', 'stamped')], waiting);

		expect(Object.fromEntries(states)).toEqual({
			a: 'stamped',
			b: 'stamped',
			c: 'pending',
			sample: 'none',
		});
	});

	test('a refused check-in leaves the stop unstamped', () => {
		const states = stampStates(stops, undefined, [outcome('b', 'refused')], []);

		expect(states.get('b')).toBe('none');
	});
});

describe('progress', () => {
	test('counts only the stops the certificate needs', () => {
		const states = stampStates(stops, passport, [outcome('sample', 'stamped')], []);

		expect(progress(states, passport, ['a', 'b', 'c'])).toEqual({
			stamped: 1,
			total: 3,
			completed: false,
		});
	});

	test('is complete once every needed stop is stamped, even before the passport says so', () => {
		const states = stampStates(
			stops,
			passport,
			[outcome('b', 'stamped'), outcome('c', 'already_stamped')],
			[],
		);

		expect(progress(states, passport, ['a', 'b', 'c'])).toEqual({
			stamped: 3,
			total: 3,
			completed: true,
		});
	});

	test('uses the stops the page names before any passport arrived', () => {
		const states = stampStates(stops, undefined, [], []);

		expect(progress(states, undefined, ['a', 'b'])).toEqual({
			stamped: 0,
			total: 2,
			completed: false,
		});
	});
});
