/**
 * The check-in API end to end through its HTTP handlers, on each storage: every way of
 * checking in and every refusal, idempotency under concurrency, the certificate, malformed
 * requests and the statistics.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { CheckinResponse, Passport, Stats } from '../../src/checkin/api.ts';
import {
	createCheckinApi,
	createCheckinHttp,
	type ApiLimits,
	type CheckinHttp,
} from '../../src/checkin/http.ts';
import { parseCheckinKeys } from '../../src/checkin/keys.ts';
import { createCheckinService } from '../../src/checkin/service.ts';
import { shortCode } from '../../src/checkin/short-code.ts';
import type { CheckinStore } from '../../src/checkin/storage/store.ts';
import { qrToken } from '../../src/checkin/tokens.ts';
import { logger } from '../../src/log.ts';
import {
	keys,
	locationRequest,
	oldSecret,
	secret,
	stops,
	storageKinds,
	wednesdayMorning,
} from '../support/checkin-fixtures.ts';
import { malformedCheckins } from '../support/checkin-malformed.ts';

const origin = 'http://boai.test';
const statsToken = 'stats-token-for-tests';
const log = logger.child({ module: 'checkin-test' }, { level: 'error' });

interface Answer {
	status: number;
	headers: Headers;
	body: any;
}

async function answer(response: Promise<Response>): Promise<Answer> {
	const resolved = await response;
	return { status: resolved.status, headers: resolved.headers, body: await resolved.json() };
}

function jsonRequest(path: string, body: unknown, init: RequestInit = {}): Request {
	return new Request(`${origin}${path}`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...init.headers },
		body: typeof body === 'string' ? body : JSON.stringify(body),
		...(init.method ? { method: init.method } : {}),
	});
}

describe.each(storageKinds)('the check-in API on $name', (kind) => {
	let store: CheckinStore;
	let cleanup: () => Promise<void>;
	let now = wednesdayMorning;
	let http: CheckinHttp;

	function makeHttp(keysToUse = keys, limits: Partial<ApiLimits> = {}) {
		const service = createCheckinService({
			store: async () => store,
			stops: async () => stops,
			keys: keysToUse,
			log,
			now: () => now,
		});
		return createCheckinHttp(
			createCheckinApi({
				service,
				log,
				statsToken,
				limits: { perAddress: { burst: 10_000, perMinute: 0 }, ...limits },
			}),
		);
	}

	const post = (body: unknown, address = '10.0.0.1', headers: Record<string, string> = {}) =>
		answer(http.postCheckin(jsonRequest('/api/checkins', body, { headers }), address));

	beforeAll(async () => {
		if (!kind.enabled) return;
		({ store, cleanup } = await kind.fresh());
	});

	afterAll(async () => {
		await cleanup?.();
	});

	beforeEach(() => {
		now = wednesdayMorning;
		http = makeHttp();
	});

	describe.skipIf(!kind.enabled)('checking in', () => {
		it('stamps a visitor who stands within the stop’s radius', async () => {
			const { status, body } = await post(locationRequest());

			expect(status).toBe(201);
			expect(body.outcome).toBe('stamped');
			expect(body.checkin).toMatchObject({
				stop: 'alpha',
				method: 'location',
				distanceBucket: '25-50',
			});
			expect(body.passport.stamps).toEqual([
				{ stop: 'alpha', method: 'location', at: wednesdayMorning.toISOString() },
			]);
		});

		it('counts up to 50 m of the fix’s accuracy on top of the radius', async () => {
			// About 140 m north of `alpha` (radius 100): in with ±50 m, out with ±30 m.
			const position = { lat: 27.80126, lng: 113.15, accuracy: 50 };
			expect((await post(locationRequest({ position }))).status).toBe(201);

			const refused = await post(locationRequest({ position: { ...position, accuracy: 30 } }));
			expect(refused.status).toBe(422);
			expect(refused.body.error.code).toBe('too_far');
			expect(refused.body.error.details).toEqual({ distanceMetres: 140, allowedMetres: 130 });
		});

		it('tells a visitor who is too far away how far they are, in their language', async () => {
			const far = { lat: 27.81, lng: 113.15, accuracy: 10 };
			const zh = await post(locationRequest({ position: far }));
			const en = await post(locationRequest({ position: far, lang: 'en' }));

			expect(zh.body.error.code).toBe('too_far');
			expect(zh.body.error.message).toContain('1.1 公里');
			expect(en.body.error.message).toContain('about 1.1 km from the stop');
		});

		it('answers in the language of the browser when the request names none', async () => {
			const request = locationRequest({ stop: 'nowhere' });
			const english = await post(request, '10.0.0.2', {
				'Accept-Language': 'en-GB,en;q=0.9,zh;q=0.5',
			});
			const chinese = await post(request, '10.0.0.2', {
				'Accept-Language': 'zh-CN,zh;q=0.9,en;q=0.8',
			});

			expect(english.body.error.message).toMatch(/^This stop is not on the check-in route/);
			expect(chinese.body.error.message).toMatch(/^打卡路线上没有这个站点/);
		});

		it('refuses a fix whose accuracy is worse than 200 m, even at the stop', async () => {
			const { status, body } = await post(
				locationRequest({ position: { lat: 27.8, lng: 113.15, accuracy: 250 } }),
			);

			expect(status).toBe(422);
			expect(body.error.code).toBe('poor_accuracy');
			expect(body.error.details).toMatchObject({ accuracyMetres: 250, maxAccuracyMetres: 200 });
		});

		it('stamps a visitor who scans the poster’s QR code', async () => {
			const { status, body } = await post(
				locationRequest({ method: 'qr', token: qrToken('gamma', keys), stop: 'gamma' }),
			);

			expect(status).toBe(201);
			expect(body.checkin).toMatchObject({ stop: 'gamma', method: 'qr', distanceBucket: null });
		});

		it('refuses a forged token, and a genuine token shown at another stop', async () => {
			const forged = `${keys.current.kid}.${Buffer.alloc(16, 7).toString('base64url')}`;
			const bad = await post(locationRequest({ method: 'qr', token: forged }));
			const elsewhere = await post(
				locationRequest({ method: 'qr', token: qrToken('gamma', keys) }),
			);

			expect(bad.status).toBe(403);
			expect(bad.body.error.code).toBe('bad_token');
			expect(elsewhere.body.error.code).toBe('bad_token');
		});

		it('stamps a visitor who types the poster’s short code, however it is written', async () => {
			const code = shortCode('alpha', keys);
			const typed = ` ${code.slice(0, 3).toLowerCase()}-${code.slice(3)} `;
			const { status, body } = await post(locationRequest({ method: 'code', code: typed }));

			expect(status).toBe(201);
			expect(body.checkin.method).toBe('code');
		});

		it('refuses a wrong short code', async () => {
			const { status, body } = await post(locationRequest({ method: 'code', code: 'AAA-AAA' }));

			expect(status).toBe(403);
			expect(body.error.code).toBe('bad_code');
		});

		it('accepts old posters during a rotation and refuses them once the grace period ends', async () => {
			const previous = parseCheckinKeys({ CHECKIN_SECRET: oldSecret }).keys!;
			const rotated = parseCheckinKeys({
				CHECKIN_SECRET: secret,
				CHECKIN_SECRET_PREVIOUS: oldSecret,
				CHECKIN_SECRET_PREVIOUS_UNTIL: '2026-05-31',
			}).keys!;
			http = makeHttp(rotated);
			const oldToken = qrToken('alpha', previous);
			const oldCode = shortCode('alpha', previous);

			expect((await post(locationRequest({ method: 'qr', token: oldToken }))).status).toBe(201);
			expect((await post(locationRequest({ method: 'code', code: oldCode }))).status).toBe(201);

			now = new Date('2026-06-01T00:00:00+08:00');
			const madeAt = now.toISOString();
			const token = await post(locationRequest({ method: 'qr', token: oldToken, madeAt }));
			const code = await post(locationRequest({ method: 'code', code: oldCode, madeAt }));
			expect(token.body.error.code).toBe('expired_token');
			expect(code.body.error.code).toBe('expired_code');
		});

		it('answers 503 for QR and code check-ins when no secret is configured, but still takes locations', async () => {
			http = makeHttp(null as never);

			const qr = await post(locationRequest({ method: 'qr', token: qrToken('alpha', keys) }));
			expect(qr.status).toBe(503);
			expect(qr.body.error.code).toBe('qr_unavailable');
			expect((await post(locationRequest())).status).toBe(201);
		});

		it('honours opening hours in China time, whatever the proof', async () => {
			// 18:30 on a Wednesday in China: `beta` closed at 17:30 and opens at 08:00 next day.
			now = new Date('2026-05-06T10:30:00Z');
			const { status, body } = await post(
				locationRequest({
					stop: 'beta',
					method: 'qr',
					token: qrToken('beta', keys),
					madeAt: now.toISOString(),
				}),
			);

			expect(status).toBe(422);
			expect(body.error.code).toBe('closed');
			expect(body.error.details.nextOpensAt).toBe('2026-05-07T00:00:00.000Z');
			expect(body.error.message).toContain('周四 08:00');
		});

		it('judges opening hours at the time the check-in was made on the phone', async () => {
			// Made offline at 17:00 and sent at 18:30: the stop was open when the visitor was there.
			now = new Date('2026-05-06T10:30:00Z');
			const { status } = await post(
				locationRequest({
					stop: 'beta',
					method: 'qr',
					token: qrToken('beta', keys),
					madeAt: '2026-05-06T17:00:00+08:00',
				}),
			);

			expect(status).toBe(201);
		});

		it('refuses a check-in backdated more than a day into opening hours', async () => {
			// Sent at 18:30 on Wednesday, claiming 17:00 on Tuesday: `beta` was open then, but the
			// phone's word is believed for a day at most, and `beta` is closed on arrival.
			now = new Date('2026-05-06T10:30:00Z');
			const { status, body } = await post(
				locationRequest({
					stop: 'beta',
					method: 'qr',
					token: qrToken('beta', keys),
					madeAt: '2026-05-05T17:00:00+08:00',
				}),
			);

			expect(status).toBe(422);
			expect(body.error.code).toBe('closed');
			expect(body.error.details.nextOpensAt).toBe('2026-05-07T00:00:00.000Z');
		});

		it('refuses a check-in dated ahead of the server’s clock into opening hours', async () => {
			// 07:58 on Thursday by the server; the phone says 08:02, within the allowed drift.
			now = new Date('2026-05-06T23:58:00Z');
			const { body } = await post(
				locationRequest({
					stop: 'beta',
					method: 'qr',
					token: qrToken('beta', keys),
					madeAt: '2026-05-07T08:02:00+08:00',
				}),
			);

			expect(body.error.code).toBe('closed');
		});

		it('takes a check-in that arrives while the stop is open, whatever time the phone gives', async () => {
			// Arrives at 10:00 on Wednesday, claiming 07:00: the server saw it in opening hours.
			const { status } = await post(
				locationRequest({
					stop: 'beta',
					method: 'qr',
					token: qrToken('beta', keys),
					madeAt: '2026-05-06T07:00:00+08:00',
				}),
			);

			expect(status).toBe(201);
		});

		it('refuses times far in the future or older than a week', async () => {
			const future = await post(locationRequest({ madeAt: '2026-05-06T03:00:00Z' }));
			const stale = await post(locationRequest({ madeAt: '2026-04-28T02:00:00Z' }));

			expect(future.body.error.code).toBe('bad_time');
			expect(stale.body.error.code).toBe('bad_time');
		});

		it('refuses a stop that is not on the route', async () => {
			const { status, body } = await post(locationRequest({ stop: 'nowhere' }));

			expect(status).toBe(404);
			expect(body.error.code).toBe('unknown_stop');
		});
	});

	describe.skipIf(!kind.enabled)('idempotency', () => {
		it('stores a request sent three times, two of them at once, exactly once', async () => {
			const request = locationRequest();
			const [first, second] = await Promise.all([post(request), post(request)]);
			const third = await post(request);

			expect([first.status, second.status].sort()).toEqual([200, 201]);
			expect(third.status).toBe(200);
			expect(new Set([first, second, third].map((a) => a.body.checkin.id)).size).toBe(1);
			expect(third.body.checkin).toEqual(first.body.checkin);

			const visitor = await store.visitor(request.visitorId as string);
			expect(visitor.stamps).toHaveLength(1);
		});

		it('answers 409 to the same key with another stop, and stores nothing for it', async () => {
			const request = locationRequest();
			await post(request);

			const conflict = await post({
				...request,
				stop: 'gamma',
				position: { lat: 27.9, lng: 113.2, accuracy: 5 },
			});
			expect(conflict.status).toBe(409);
			expect(conflict.body.error.code).toBe('conflict');
			expect((await store.visitor(request.visitorId as string)).stamps.map((s) => s.stop)).toEqual([
				'alpha',
			]);
		});

		it('gives one stamp per stop: a second check-in there answers the first stamp', async () => {
			const visitorId = randomUUID();
			const first = await post(locationRequest({ visitorId }));
			const again = await post(
				locationRequest({ visitorId, method: 'code', code: shortCode('alpha', keys) }),
			);

			expect(again.status).toBe(200);
			expect(again.body.outcome).toBe('already_stamped');
			expect(again.body.checkin).toEqual(first.body.checkin);
		});

		it('answers a stored key resent after its week is over with the stored check-in', async () => {
			const request = locationRequest();
			const first = await post(request);

			now = new Date(wednesdayMorning.getTime() + 8 * 24 * 60 * 60 * 1000);
			const resent = await post(request);

			expect(resent.status).toBe(200);
			expect(resent.body.checkin).toEqual(first.body.checkin);
		});

		it('answers a stored key resent once the stop has closed with the stored check-in', async () => {
			const request = locationRequest({
				stop: 'beta',
				method: 'qr',
				token: qrToken('beta', keys),
			});
			const first = await post(request);

			// Saturday noon: `beta` is closed and the check-in was made three days before.
			now = new Date('2026-05-09T04:00:00Z');
			const resent = await post(request);

			expect(first.status).toBe(201);
			expect(resent.status).toBe(200);
			expect(resent.body.checkin.id).toBe(first.body.checkin.id);
		});

		it('answers 409 to the same key with other data, even data that breaks other rules', async () => {
			const request = locationRequest();
			await post(request);
			const before = await store.counts();

			const variants = {
				'an unknown stop': { stop: 'nowhere' },
				'a forged token': {
					method: 'qr',
					token: `${keys.current.kid}.forged`,
					position: undefined,
				},
				'a position far away': { position: { lat: 28.5, lng: 113.15, accuracy: 5 } },
				'a time next year': { madeAt: '2027-05-06T02:00:00Z' },
				'another visitor': { visitorId: randomUUID() },
			};
			for (const [name, change] of Object.entries(variants)) {
				const answer = await post({ ...request, ...change });
				expect(answer.status, name).toBe(409);
				expect(answer.body.error.code, name).toBe('conflict');
			}
			expect(await store.counts()).toEqual(before);
		});

		it('recognises a resend across a key rotation, and not under an unrelated key', async () => {
			const request = locationRequest();
			const first = await post(request);

			http = makeHttp(
				parseCheckinKeys({
					CHECKIN_SECRET: oldSecret,
					CHECKIN_SECRET_PREVIOUS: secret,
					CHECKIN_SECRET_PREVIOUS_UNTIL: '2026-05-31',
				}).keys!,
			);
			const rotated = await post(request);
			expect(rotated.status).toBe(200);
			expect(rotated.body.checkin.id).toBe(first.body.checkin.id);

			// The fingerprint is keyed: under a secret that never signed it, it does not match.
			http = makeHttp(parseCheckinKeys({ CHECKIN_SECRET: oldSecret }).keys!);
			expect((await post(request)).status).toBe(409);
		});

		it('keeps a resent request with a newly typed name from being a conflict', async () => {
			const request = locationRequest();
			await post(request);

			const resent = await post({ ...request, displayName: '李华', lang: 'en' });
			expect(resent.status).toBe(200);
			expect(resent.body.passport.displayName).toBe('李华');
		});
	});

	describe.skipIf(!kind.enabled)('the certificate', () => {
		async function completeRoute(visitorId: string, displayName?: string) {
			let last: Answer | undefined;
			for (const stop of ['alpha', 'beta', 'gamma']) {
				last = await post(
					locationRequest({
						visitorId,
						stop,
						method: 'qr',
						token: qrToken(stop, keys),
						displayName,
					}),
				);
				expect(last.status).toBe(201);
			}
			return last!.body as CheckinResponse;
		}

		it('is issued once every stop that is not sample data is stamped', async () => {
			const visitorId = randomUUID();
			const done = await completeRoute(visitorId, '王小明');

			expect(done.passport).toMatchObject({
				completed: true,
				stopsTotal: 3,
				stampedRequired: 3,
				requiredStops: ['alpha', 'beta', 'gamma'],
			});
			expect(done.passport.certificate?.verifyUrl).toBe(
				`${origin}/route/verify/${done.passport.certificate?.id}/`,
			);
			expect(done.passport.certificate?.url).toBe(
				`/route/certificate/${done.passport.certificate?.id}/`,
			);
		});

		it('is not issued before then, and the sample stop does not count', async () => {
			const visitorId = randomUUID();
			await post(locationRequest({ visitorId, stop: 'alpha' }));
			const museum = await post(
				locationRequest({
					visitorId,
					stop: 'museum',
					method: 'qr',
					token: qrToken('museum', keys),
				}),
			);

			expect(museum.status).toBe(201);
			expect(museum.body.passport).toMatchObject({
				completed: false,
				stampedRequired: 1,
				certificate: null,
			});
			expect(museum.body.passport.stamps.map((s: { stop: string }) => s.stop)).toEqual([
				'alpha',
				'museum',
			]);
		});

		it('verifies by its id, with the name, date and stamps; an altered id is refused', async () => {
			const done = await completeRoute(randomUUID(), '王小明');
			const id = done.passport.certificate!.id;

			const found = await answer(
				http.getCertificate(new Request(`${origin}/api/certificates/${id}`), id, 'x'),
			);
			expect(found.status).toBe(200);
			expect(found.body).toMatchObject({
				id,
				displayName: '王小明',
				issuedAt: wednesdayMorning.toISOString(),
			});
			expect(found.body.stamps.map((s: { stop: string }) => s.stop)).toEqual([
				'alpha',
				'beta',
				'gamma',
			]);

			const altered = `${id.slice(0, -1)}${id.endsWith('a') ? 'b' : 'a'}`;
			const refused = await answer(http.getCertificate(new Request(`${origin}/x`), altered, 'x'));
			expect(refused.status).toBe(404);
			expect(refused.body.error.code).toBe('not_found');
			const mangled = await answer(
				http.getCertificate(new Request(`${origin}/x`), `${id}'--`, 'x'),
			);
			expect(mangled.status).toBe(404);
		});

		it('is issued exactly once when the last two stamps arrive at the same moment', async () => {
			const visitorId = randomUUID();
			await post(locationRequest({ visitorId, stop: 'alpha' }));
			const answers = await Promise.all(
				['beta', 'gamma'].map((stop) =>
					post(locationRequest({ visitorId, stop, method: 'qr', token: qrToken(stop, keys) })),
				),
			);

			const certificates = answers.map((a) => a.body.passport.certificate?.id).filter(Boolean);
			const passport = await answer(
				http.getPassport(new Request(`${origin}/api/passport/${visitorId}`), visitorId, 'x'),
			);
			expect(passport.body.completed).toBe(true);
			expect(new Set([...certificates, passport.body.certificate.id]).size).toBe(1);
		});

		it('carries the name the visitor sets later', async () => {
			const visitorId = randomUUID();
			const done = await completeRoute(visitorId);
			const renamed = await answer(
				http.patchPassport(
					jsonRequest(
						`/api/passport/${visitorId}`,
						{ displayName: '  Li Hua ' },
						{ method: 'PATCH' },
					),
					visitorId,
					'x',
				),
			);
			expect(renamed.status).toBe(200);
			expect((renamed.body as Passport).displayName).toBe('Li Hua');

			const id = done.passport.certificate!.id;
			const found = await answer(http.getCertificate(new Request(`${origin}/x`), id, 'x'));
			expect(found.body.displayName).toBe('Li Hua');
		});
	});

	describe.skipIf(!kind.enabled)('ids and names', () => {
		it('keeps one visitor whatever the case of their id', async () => {
			const visitorId = randomUUID();
			const shouted = await post(locationRequest({ visitorId: visitorId.toUpperCase() }));
			expect(shouted.status).toBe(201);
			expect(shouted.body.passport.visitorId).toBe(visitorId);

			const again = await post(locationRequest({ visitorId }));
			expect(again.body.outcome).toBe('already_stamped');

			const passport = await answer(
				http.getPassport(
					new Request(`${origin}/api/passport/${visitorId.toUpperCase()}`),
					visitorId.toUpperCase(),
					'x',
				),
			);
			expect(passport.body.stamps).toHaveLength(1);
		});

		it('refuses names that would print backwards, on two lines, or as nothing', async () => {
			const names = [
				'Li\u202Eauh',
				'\u2066李华\u2069',
				'Li\u2028Hua',
				'\u200B\u200D\u2060',
				'\u3000\u200B',
				'Li\uD800Hua',
			];
			for (const displayName of names) {
				const refused = await post(locationRequest({ displayName }));
				expect(refused.status, JSON.stringify(displayName)).toBe(400);
				expect(refused.body.error.code).toBe('invalid');
			}

			const kept = await post(locationRequest({ displayName: '王小明 👩‍⚕️' }));
			expect(kept.status).toBe(201);
			expect(kept.body.passport.displayName).toBe('王小明 👩‍⚕️');
		});

		it('says how large a body may be when a name change is too large', async () => {
			const visitorId = randomUUID();
			const tooLarge = await answer(
				http.patchPassport(
					jsonRequest(
						`/api/passport/${visitorId}`,
						{ displayName: 'x'.repeat(10_000) },
						{ method: 'PATCH' },
					),
					visitorId,
					'x',
				),
			);

			expect(tooLarge.status).toBe(413);
			expect(tooLarge.body.error.details).toEqual({ maxBytes: 8192 });
		});
	});

	describe.skipIf(!kind.enabled)('bad input', () => {
		const malformed = malformedCheckins(locationRequest());

		it('has fifty malformed requests to try', () => {
			expect(malformed).toHaveLength(50);
		});

		it('answers each malformed request with a 4xx and a stable code, and stores nothing', async () => {
			const before = await store.counts();

			for (const { name, body, contentType } of malformed) {
				const request = new Request(`${origin}/api/checkins`, {
					method: 'POST',
					headers: { 'Content-Type': contentType ?? 'application/json' },
					body:
						typeof body === 'string'
							? body
							: Buffer.isBuffer(body)
								? new Uint8Array(body)
								: JSON.stringify(body),
				});
				const result = await answer(http.postCheckin(request, '10.9.9.9'));

				expect(result.status, name).toBeGreaterThanOrEqual(400);
				expect(result.status, name).toBeLessThan(500);
				expect(typeof result.body.error.code, name).toBe('string');
				expect(result.body.error.message.length, name).toBeGreaterThan(0);
			}

			expect(await store.counts()).toEqual(before);
		});

		it('answers a visitor id that is not a UUID with 400 on the passport', async () => {
			const result = await answer(http.getPassport(new Request(`${origin}/x`), 'not-a-uuid', 'x'));
			expect(result.status).toBe(400);
		});
	});

	describe.skipIf(!kind.enabled)('limits', () => {
		it('answers 429 with Retry-After once a visitor sends too many check-ins', async () => {
			const visitorId = randomUUID();
			const statuses: number[] = [];
			let last: Answer | undefined;
			for (let i = 0; i < 22; i++) {
				last = await post(locationRequest({ visitorId, stop: 'nowhere' }));
				statuses.push(last.status);
			}

			expect(statuses.slice(0, 20).every((status) => status === 404)).toBe(true);
			expect(last!.status).toBe(429);
			expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
		});

		it('limits each address on its own', async () => {
			http = makeHttp(keys, { perAddress: { burst: 3, perMinute: 1 } });
			const statuses = [];
			for (let i = 0; i < 4; i++) statuses.push((await post(locationRequest(), '10.5.5.5')).status);

			expect(statuses).toEqual([201, 201, 201, 429]);
			expect((await post(locationRequest(), '10.5.5.6')).status).toBe(201);
		});

		it('lets a genuine QR scan through after many wrong codes from the same address', async () => {
			for (let i = 0; i < 22; i++) {
				await post(locationRequest({ method: 'code', code: 'PPPPPP' }), '10.6.6.6');
			}
			const typed = await post(
				locationRequest({ method: 'code', code: shortCode('alpha', keys) }),
				'10.6.6.6',
			);
			const scanned = await post(
				locationRequest({ method: 'qr', token: qrToken('alpha', keys) }),
				'10.6.6.6',
			);

			expect(typed.status).toBe(429);
			expect(scanned.status).toBe(201);
		});

		it('slows down guessing codes from one address', async () => {
			const statuses: number[] = [];
			for (let i = 0; i < 22; i++) {
				const result = await post(locationRequest({ method: 'code', code: 'PPPPPP' }), '10.7.7.7');
				statuses.push(result.status);
			}

			expect(statuses.slice(0, 20).every((status) => status === 403)).toBe(true);
			expect(statuses.slice(20)).toEqual([429, 429]);
			// A real visitor at that address can still check in by location.
			expect((await post(locationRequest(), '10.7.7.7')).status).toBe(201);
		});
	});

	describe.skipIf(!kind.enabled)('statistics', () => {
		it('need the bearer token', async () => {
			const none = await answer(http.getStats(new Request(`${origin}/api/stats`), 'x'));
			const wrong = await answer(
				http.getStats(
					new Request(`${origin}/api/stats`, { headers: { Authorization: 'Bearer nope' } }),
					'x',
				),
			);

			expect(none.status).toBe(401);
			expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
			expect(wrong.status).toBe(401);
		});

		it('answer 503 when the server has no token', async () => {
			const service = createCheckinService({
				store: async () => store,
				stops: async () => stops,
				keys,
				log,
			});
			const bare = createCheckinHttp(createCheckinApi({ service, log }));
			const result = await answer(
				bare.getStats(
					new Request(`${origin}/api/stats`, { headers: { Authorization: 'Bearer x' } }),
					'x',
				),
			);

			expect(result.status).toBe(503);
			expect(result.body.error.code).toBe('stats_unavailable');
		});

		it('count the check-ins made, per stop per day, and how far visitors got', async () => {
			const stats = async () =>
				(
					await answer(
						http.getStats(
							new Request(`${origin}/api/stats`, {
								headers: { Authorization: `Bearer ${statsToken}` },
							}),
							'x',
						),
					)
				).body as Stats;
			const before = await stats();
			const count = (s: Stats, day: string, stop: string) =>
				s.perStopPerDay.find((row) => row.day === day && row.stop === stop)?.checkins ?? 0;

			// One visitor finishes; one gets half way (2 of 3); one only starts; on two days.
			const finisher = randomUUID();
			const halfway = randomUUID();
			const starter = randomUUID();
			for (const stop of ['alpha', 'beta', 'gamma']) {
				await post(
					locationRequest({ visitorId: finisher, stop, method: 'qr', token: qrToken(stop, keys) }),
				);
			}
			for (const stop of ['alpha', 'gamma']) {
				await post(
					locationRequest({ visitorId: halfway, stop, method: 'qr', token: qrToken(stop, keys) }),
				);
			}
			now = new Date('2026-05-07T03:00:00Z');
			await post(locationRequest({ visitorId: starter, madeAt: '2026-05-07T02:00:00Z' }));

			const after = await stats();
			expect(count(after, '2026-05-06', 'alpha') - count(before, '2026-05-06', 'alpha')).toBe(2);
			expect(count(after, '2026-05-06', 'beta') - count(before, '2026-05-06', 'beta')).toBe(1);
			expect(count(after, '2026-05-06', 'gamma') - count(before, '2026-05-06', 'gamma')).toBe(2);
			expect(count(after, '2026-05-07', 'alpha') - count(before, '2026-05-07', 'alpha')).toBe(1);
			expect(after.visitors.started - before.visitors.started).toBe(3);
			expect(after.visitors.halfWay - before.visitors.halfWay).toBe(2);
			expect(after.visitors.finished - before.visitors.finished).toBe(1);
			expect(after.perStop.map((row) => row.stop)).toEqual(['alpha', 'beta', 'gamma', 'museum']);
			expect(after.stopsTotal).toBe(3);
		});
	});
});
