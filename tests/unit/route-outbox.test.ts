import { describe, expect, test, vi } from 'vitest';

import type { CheckinRequest, CheckinResponse, Passport } from '../../src/checkin/api.ts';
import type { SendResult } from '../../site/scripts/route/checkin-client.ts';
import { flushOutbox, newCheckin } from '../../site/scripts/route/outbox.ts';
import { localStorageStore, type RouteStore } from '../../site/scripts/route/store.ts';

// The browser's localStorage, as far as the store uses it.
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value)),
	};
}

const visitor = { id: '6f1c1b7e-8d1a-4c55-9a57-2f7f3b0a1c11', displayName: null, nameSent: true };

function passport(stops: string[]): Passport {
	return {
		visitorId: visitor.id,
		displayName: null,
		stamps: stops.map((stop) => ({ stop, method: 'code', at: '2026-05-08T02:00:00.000Z' })),
		stopsTotal: 3,
		requiredStops: ['a', 'b', 'c'],
		stampedRequired: stops.length,
		completed: false,
		certificate: null,
	};
}

function accepted(request: CheckinRequest, stamped: string[]): SendResult {
	const response: CheckinResponse = {
		outcome: 'stamped',
		checkin: {
			id: 'c1',
			stop: request.stop,
			method: request.method,
			at: request.madeAt,
			distanceBucket: null,
		},
		passport: passport(stamped),
	};
	return { kind: 'accepted', response };
}

async function storeWith(...stops: string[]): Promise<RouteStore> {
	const store = localStorageStore(memoryStorage(), 'test');
	for (const [index, stop] of stops.entries()) {
		const at = new Date(Date.UTC(2026, 4, 8, 2, index));
		await store.queue(newCheckin(visitor, stop, { method: 'code', code: 'K7R-4XP' }, 'zh', at));
	}
	return store;
}

describe('sending the outbox', () => {
	test('sends the oldest check-in first and keeps each answer and the newest passport', async () => {
		const store = await storeWith('a', 'b');
		const sent: string[] = [];
		const send = async (request: CheckinRequest) => {
			sent.push(request.stop);
			return accepted(request, sent);
		};

		const report = await flushOutbox({ store, send });

		expect(sent).toEqual(['a', 'b']);
		expect(report.remaining).toBe(0);
		expect(report.stoppedBy).toBeUndefined();
		expect(await store.pending()).toEqual([]);
		expect((await store.outcomes()).map((outcome) => [outcome.stop, outcome.kind])).toEqual([
			['b', 'stamped'],
			['a', 'stamped'],
		]);
		expect((await store.passport())?.stamps.map((stamp) => stamp.stop)).toEqual(['a', 'b']);
	});

	test('keeps a check-in that got no answer, and stops there', async () => {
		const store = await storeWith('a', 'b');
		const send = vi.fn(async (): Promise<SendResult> => ({ kind: 'retry', reason: 'network' }));

		const report = await flushOutbox({ store, send });

		expect(send).toHaveBeenCalledTimes(1);
		expect(report).toMatchObject({ remaining: 2, stoppedBy: 'network', settled: [] });
		expect((await store.pending()).map((entry) => [entry.request.stop, entry.attempts])).toEqual([
			['a', 1],
			['b', 0],
		]);
	});

	test('drops a check-in the server refused for good, keeping the reason to show', async () => {
		const store = await storeWith('a');
		const send = async (): Promise<SendResult> => ({
			kind: 'refused',
			status: 403,
			code: 'bad_code',
			message: '打卡码不正确',
			details: {},
		});

		await flushOutbox({ store, send });

		expect(await store.pending()).toEqual([]);
		expect(await store.outcomes()).toEqual([
			expect.objectContaining({
				kind: 'refused',
				stop: 'a',
				code: 'bad_code',
				message: '打卡码不正确',
			}),
		]);
	});

	test('sends each check-in once when the tab asks twice at the same moment', async () => {
		const store = await storeWith('a', 'b');
		const send = vi.fn(async (request: CheckinRequest) => accepted(request, [request.stop]));

		await Promise.all([flushOutbox({ store, send }), flushOutbox({ store, send })]);

		expect(send.mock.calls.map(([request]) => request.stop)).toEqual(['a', 'b']);
	});

	test('sends under the lock it is given', async () => {
		const store = await storeWith('a');
		const order: string[] = [];
		const exclusive = async <T>(task: () => Promise<T>) => {
			order.push('lock');
			const result = await task();
			order.push('unlock');
			return result;
		};
		const send = async (request: CheckinRequest) => {
			order.push(`send ${request.stop}`);
			return accepted(request, ['a']);
		};

		await flushOutbox({ store, send, exclusive });

		expect(order).toEqual(['lock', 'send a', 'unlock']);
	});
});

describe('a new check-in', () => {
	test('has its own idempotency key, the visitor, the proof and the moment it was made', () => {
		const now = new Date('2026-05-08T02:00:00.000Z');
		const first = newCheckin(visitor, 'a', { method: 'qr', token: 'k1.sig' }, 'en', now);
		const second = newCheckin(visitor, 'a', { method: 'qr', token: 'k1.sig' }, 'en', now);

		expect(first.idempotencyKey).not.toBe(second.idempotencyKey);
		expect(first.request).toEqual({
			idempotencyKey: first.idempotencyKey,
			visitorId: visitor.id,
			stop: 'a',
			method: 'qr',
			token: 'k1.sig',
			madeAt: '2026-05-08T02:00:00.000Z',
			lang: 'en',
		});
		expect(first.attempts).toBe(0);
	});

	test('carries the certificate name when the visitor gave one', () => {
		const named = { ...visitor, displayName: '小红' };
		const entry = newCheckin(named, 'a', { method: 'code', code: 'K7R4XP' }, 'zh');

		expect(entry.request.displayName).toBe('小红');
	});
});
