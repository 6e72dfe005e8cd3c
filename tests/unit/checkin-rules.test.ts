import { describe, expect, it } from 'vitest';

import { isCertificateIdShaped, newCertificateId } from '../../src/checkin/certificate-id.ts';
import { halfWay, progress, requiredStops } from '../../src/checkin/completion.ts';
import { distanceBucket } from '../../src/checkin/distance-bucket.ts';
import { judgeLocation } from '../../src/checkin/location-rule.ts';
import { chinaClock, chinaDay, isOpenAt, nextOpening } from '../../src/checkin/opening-hours.ts';
import { createRateLimiter } from '../../src/security/rate-limit.ts';
import { webApiRequest } from '../../src/checkin/http.ts';
import { readJsonBody as readJson } from '../../src/checkin/request-body.ts';
import {
	formatShortCode,
	isShortCodeShaped,
	normalizeShortCode,
} from '../../src/checkin/short-code-text.ts';
import type { OpeningHoursLine } from '../../src/i18n/hours.ts';

const stop = { lat: 27.8, lng: 113.15 };
// One thousandth of a degree of latitude is about 111 m.
const north = (metres: number) => ({ lat: 27.8 + metres / 111_195, lng: 113.15 });

describe('the location rule', () => {
	it('accepts a position inside the radius', () => {
		expect(judgeLocation({ ...north(80), accuracy: 10 }, stop, 100)).toMatchObject({ ok: true });
	});

	it('adds the accuracy to the radius, but never more than 50 m', () => {
		expect(judgeLocation({ ...north(125), accuracy: 30 }, stop, 100).ok).toBe(true);
		expect(judgeLocation({ ...north(135), accuracy: 30 }, stop, 100).ok).toBe(false);
		expect(judgeLocation({ ...north(149), accuracy: 150 }, stop, 100).ok).toBe(true);
		expect(judgeLocation({ ...north(151), accuracy: 150 }, stop, 100)).toMatchObject({
			ok: false,
			reason: 'too_far',
			allowedMetres: 150,
		});
	});

	it('refuses an accuracy worse than 200 m, wherever the position is', () => {
		expect(judgeLocation({ ...north(0), accuracy: 200 }, stop, 100).ok).toBe(true);
		expect(judgeLocation({ ...north(0), accuracy: 201 }, stop, 100)).toMatchObject({
			ok: false,
			reason: 'poor_accuracy',
		});
	});

	it('says how far away a refused visitor is', () => {
		const verdict = judgeLocation({ ...north(2000), accuracy: 10 }, stop, 100);
		expect(verdict.ok).toBe(false);
		expect(Math.round(verdict.distanceMetres)).toBe(2000);
	});
});

describe('distance buckets', () => {
	it('coarsen a distance to one of six bands, edges inclusive', () => {
		expect([0, 25, 25.1, 50, 99, 100, 150, 200, 201, 500, 501, 40_000].map(distanceBucket)).toEqual(
			[
				'0-25',
				'0-25',
				'25-50',
				'25-50',
				'50-100',
				'50-100',
				'100-200',
				'100-200',
				'200-500',
				'200-500',
				'500+',
				'500+',
			],
		);
	});
});

describe('opening hours', () => {
	const weekdays: OpeningHoursLine[] = [
		{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '08:00', closes: '17:30' },
	];
	const china = (local: string) => new Date(`${local}+08:00`);

	it('are always open when there are none', () => {
		expect(isOpenAt([], china('2026-05-10T03:00:00'))).toBe(true);
	});

	it('are read in China time, whatever the server’s time zone', () => {
		// 2026-05-06 is a Wednesday. 07:59 and 17:30 China time are closed; 08:00 and 17:29 open.
		expect(isOpenAt(weekdays, china('2026-05-06T07:59:00'))).toBe(false);
		expect(isOpenAt(weekdays, china('2026-05-06T08:00:00'))).toBe(true);
		expect(isOpenAt(weekdays, china('2026-05-06T17:29:59'))).toBe(true);
		expect(isOpenAt(weekdays, china('2026-05-06T17:30:00'))).toBe(false);
		// Saturday morning in China is still Friday evening in UTC.
		expect(isOpenAt(weekdays, china('2026-05-09T09:00:00'))).toBe(false);
	});

	it('agree with the Asia/Shanghai zone of the Intl API', () => {
		const at = new Date('2026-11-20T23:45:00Z');
		const parts = new Intl.DateTimeFormat('en-GB', {
			timeZone: 'Asia/Shanghai',
			weekday: 'short',
			hour: '2-digit',
			minute: '2-digit',
			hourCycle: 'h23',
		}).formatToParts(at);
		const part = (type: string) => parts.find((p) => p.type === type)?.value;

		expect(chinaClock(at)).toEqual({
			weekday: part('weekday')!.toLowerCase(),
			time: `${part('hour')}:${part('minute')}`,
		});
		expect(chinaDay(at)).toBe('2026-11-21');
	});

	it('run past midnight when closing comes before opening, also from Sunday into Monday', () => {
		const night: OpeningHoursLine[] = [{ days: ['sun'], opens: '22:00', closes: '02:00' }];

		expect(isOpenAt(night, china('2026-05-10T23:00:00'))).toBe(true);
		expect(isOpenAt(night, china('2026-05-11T01:59:00'))).toBe(true);
		expect(isOpenAt(night, china('2026-05-11T02:00:00'))).toBe(false);
		expect(isOpenAt(night, china('2026-05-09T23:00:00'))).toBe(false);
	});

	it('close at 24:00 at the end of the day', () => {
		const late: OpeningHoursLine[] = [{ days: ['fri'], opens: '18:00', closes: '24:00' }];
		expect(isOpenAt(late, china('2026-05-08T23:59:00'))).toBe(true);
		expect(isOpenAt(late, china('2026-05-09T00:00:00'))).toBe(false);
	});

	it('say when a closed stop opens next', () => {
		expect(nextOpening(weekdays, china('2026-05-06T18:00:00'))?.toISOString()).toBe(
			china('2026-05-07T08:00:00').toISOString(),
		);
		expect(nextOpening(weekdays, china('2026-05-09T10:00:00'))?.toISOString()).toBe(
			china('2026-05-11T08:00:00').toISOString(),
		);
		expect(nextOpening(weekdays, china('2026-05-06T10:00:00'))).toBeNull();
	});
});

describe('completing the route', () => {
	const route = [
		{ slug: 'a', sample: false },
		{ slug: 'museum', sample: true },
		{ slug: 'b', sample: false },
	];

	it('needs every stop that is not sample data', () => {
		expect(requiredStops(route)).toEqual(['a', 'b']);
		expect(progress(['a', 'museum'], ['a', 'b'])).toEqual({ stampedRequired: 1, completed: false });
		expect(progress(['b', 'a'], ['a', 'b'])).toEqual({ stampedRequired: 2, completed: true });
	});

	it('needs every stop of a route made only of sample stops', () => {
		expect(requiredStops([{ slug: 'x', sample: true }])).toEqual(['x']);
	});

	it('is never complete on an empty route', () => {
		expect(progress([], []).completed).toBe(false);
	});

	it('counts half way rounded up', () => {
		expect([1, 2, 7, 8].map(halfWay)).toEqual([1, 1, 4, 4]);
	});
});

describe('short codes as typed', () => {
	it('ignore case, spaces, hyphens and full-width characters', () => {
		expect(normalizeShortCode(' k7r-4xp ')).toBe('K7R4XP');
		expect(normalizeShortCode('Ｋ７Ｒ－４ＸＰ')).toBe('K7R4XP');
		expect(formatShortCode('k7r4xp')).toBe('K7R-4XP');
	});

	it('are recognised by their shape', () => {
		expect(isShortCodeShaped('K7R-4XP')).toBe(true);
		expect(isShortCodeShaped('K7R-4X')).toBe(false);
		expect(isShortCodeShaped('O0I-1LS')).toBe(false);
	});
});

describe('certificate ids', () => {
	it('are 26 random characters that differ every time', () => {
		const ids = new Set(Array.from({ length: 1000 }, newCertificateId));
		expect(ids.size).toBe(1000);
		for (const id of ids) expect(isCertificateIdShaped(id)).toBe(true);
	});

	it('are told apart from anything else by their shape', () => {
		expect(isCertificateIdShaped('a'.repeat(25))).toBe(false);
		expect(isCertificateIdShaped(`${'a'.repeat(25)}1`)).toBe(false);
		expect(isCertificateIdShaped(`${'a'.repeat(25)}A`)).toBe(false);
	});
});

describe('the rate limiter', () => {
	it('allows a burst, then one request per refill, and says when to retry', () => {
		const limiter = createRateLimiter({ burst: 3, perMinute: 6 });
		const t = 1_000_000;

		expect([0, 1, 2].map(() => limiter.take('v', t).allowed)).toEqual([true, true, true]);
		expect(limiter.take('v', t)).toEqual({ allowed: false, retryAfterSeconds: 10 });
		expect(limiter.take('v', t + 10_000).allowed).toBe(true);
		expect(limiter.take('other', t).allowed).toBe(true);
	});

	it('peeks without taking', () => {
		const limiter = createRateLimiter({ burst: 1, perMinute: 1 });
		expect(limiter.peek('v', 0).allowed).toBe(true);
		expect(limiter.take('v', 0).allowed).toBe(true);
		expect(limiter.peek('v', 0).allowed).toBe(false);
	});

	it('is off at zero a minute', () => {
		const limiter = createRateLimiter({ burst: 1, perMinute: 0 });
		expect(Array.from({ length: 100 }, () => limiter.take('v').allowed).every(Boolean)).toBe(true);
	});
});

describe('reading a JSON body', () => {
	const readJsonBody = (request: Request, maxBytes: number) =>
		readJson(webApiRequest(request, '10.0.0.1'), maxBytes);

	const request = (body: BodyInit, headers: Record<string, string> = {}) =>
		new Request('http://x/', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', ...headers },
			body,
		});

	it('parses JSON within the limit', async () => {
		expect(await readJsonBody(request('{"a":1}'), 100)).toEqual({ ok: true, value: { a: 1 } });
	});

	it('stops reading past the limit, whatever Content-Length says', async () => {
		const stream = new ReadableStream({
			pull(controller) {
				controller.enqueue(new Uint8Array(64).fill(32));
			},
		});
		const endless = new Request('http://x/', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: stream,
			duplex: 'half',
		} as RequestInit);

		expect(await readJsonBody(endless, 1000)).toEqual({ ok: false, code: 'too_large' });
		expect(await readJsonBody(request('{}', { 'Content-Length': '99999' }), 100)).toEqual({
			ok: false,
			code: 'too_large',
		});
	});

	it('refuses other media types and broken JSON', async () => {
		expect(await readJsonBody(request('{}', { 'Content-Type': 'text/plain' }), 100)).toEqual({
			ok: false,
			code: 'unsupported_media_type',
		});
		expect(await readJsonBody(request('{'), 100)).toEqual({ ok: false, code: 'bad_json' });
	});
});
