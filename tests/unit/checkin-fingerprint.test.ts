/**
 * Request fingerprints: keyed by CHECKIN_SECRET, so that a copy of the database gives away no
 * position even to someone who tries every point around a stop.
 */
import { createHash, randomUUID } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkinRequest } from '../../src/checkin/api.ts';
import {
	fingerprintKeys,
	requestFingerprint,
	requestFingerprints,
} from '../../src/checkin/fingerprint.ts';
import { parseCheckinKeys } from '../../src/checkin/keys.ts';
import { createCheckinService } from '../../src/checkin/service.ts';
import type { CheckinStore } from '../../src/checkin/storage/store.ts';
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

const log = logger.child({ module: 'checkin-test' }, { level: 'error' });
const sqlite = storageKinds.find((kind) => kind.name === 'sqlite')!;

// What an attacker with the database would compute for a guessed position: the request's
// deciding fields, hashed without any key.
function plainHash(request: ReturnType<typeof locationRequest>, lat: number, lng: number) {
	const canonical = JSON.stringify([
		request.visitorId,
		request.stop,
		request.method,
		[lat, lng, 15],
		new Date(String(request.madeAt)).toISOString(),
	]);
	return createHash('sha256').update(canonical).digest('base64url').slice(0, 32);
}

describe('a request fingerprint', () => {
	const request = checkinRequest.parse(locationRequest());

	it('is the same for the same request under the same secret', () => {
		const again = fingerprintKeys(parseCheckinKeys({ CHECKIN_SECRET: secret }).keys);

		expect(requestFingerprint(request, fingerprintKeys(keys).current)).toBe(
			requestFingerprint(request, again.current),
		);
	});

	it('differs under another secret, and during a rotation is also made under the old one', () => {
		const other = fingerprintKeys(parseCheckinKeys({ CHECKIN_SECRET: oldSecret }).keys);
		const rotated = fingerprintKeys(
			parseCheckinKeys({
				CHECKIN_SECRET: oldSecret,
				CHECKIN_SECRET_PREVIOUS: secret,
				CHECKIN_SECRET_PREVIOUS_UNTIL: '2026-05-31',
			}).keys,
		);
		const mine = requestFingerprint(request, fingerprintKeys(keys).current);

		expect(requestFingerprint(request, other.current)).not.toBe(mine);
		expect(requestFingerprints(request, rotated)).toEqual([
			requestFingerprint(request, other.current),
			mine,
		]);
	});

	it('changes with the position, the proof that decides a location check-in', () => {
		const key = fingerprintKeys(keys).current;
		const moved = { ...request, position: { lat: 27.8004, lng: 113.1501, accuracy: 15 } };

		expect(requestFingerprint(moved as typeof request, key)).not.toBe(
			requestFingerprint(request, key),
		);
	});
});

describe('the fingerprints stored for location check-ins', () => {
	let store: CheckinStore;
	let path: string;
	let cleanup: () => Promise<void>;

	beforeAll(async () => {
		({ store, url: path, cleanup } = await sqlite.fresh());
	});

	afterAll(async () => {
		await cleanup?.();
	});

	it('cannot be matched by hashing every position around the stop', async () => {
		const service = createCheckinService({
			store: async () => store,
			stops: async () => stops,
			keys,
			log,
			now: () => wednesdayMorning,
		});
		const request = locationRequest({ idempotencyKey: randomUUID() });
		const answer = await service.checkIn(checkinRequest.parse(request), {
			locale: 'zh',
			origin: 'http://boai.test',
		});
		expect(answer.status).toBe(201);

		const db = new DatabaseSync(path, { readOnly: true });
		const row = db
			.prepare('SELECT fingerprint FROM checkin_requests WHERE idempotency_key = ?')
			.get(String(request.idempotencyKey)) as { fingerprint: string };
		db.close();

		// A grid of 0.0001° (about 10 m) around the stop, which holds the true position.
		const guesses = new Set<string>();
		for (let i = -10; i <= 10; i++) {
			for (let j = -10; j <= 10; j++) {
				const lat = Number((27.8 + i / 10_000).toFixed(4));
				const lng = Number((113.15 + j / 10_000).toFixed(4));
				guesses.add(plainHash(request, lat, lng));
			}
		}
		expect(guesses.has(plainHash(request, 27.8003, 113.1501))).toBe(true);
		expect(guesses.has(row.fingerprint)).toBe(false);
		expect(row.fingerprint).toBe(
			requestFingerprint(checkinRequest.parse(request), fingerprintKeys(keys).current),
		);
	});
});
