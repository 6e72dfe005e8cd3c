/**
 * What makes two check-in requests "the same data" for idempotency: everything that decides
 * the outcome (visitor, stop, method, its proof, the time on the phone). The display name and
 * the language are left out, so an outbox that resends with a newly typed name or in the other
 * language is not refused as a conflict.
 *
 * The fingerprint is an HMAC under a key derived from CHECKIN_SECRET, not a plain hash: a
 * plain hash of a position could be recovered from a copy of the database by hashing every
 * point around the stop, and the privacy page promises that positions are not kept.
 */
import { createHmac, createSecretKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';

import type { CheckinRequest } from './api.ts';
import type { CheckinKeys } from './keys.ts';

/** The keys fingerprints are made with: the first for new ones, all of them to compare. */
export interface FingerprintKeys {
	current: KeyObject;
	/** Keys of secrets recently replaced, so resends from before a rotation still match. */
	previous: readonly KeyObject[];
}

// A key object rather than bytes: HMACs under it skip importing the key each time.
function derive(secret: string): KeyObject {
	return createSecretKey(
		Buffer.from(hkdfSync('sha256', secret, '', 'boai/checkin/fingerprint/v1', 32)),
	);
}

/**
 * The fingerprint keys for `keys`. Without CHECKIN_SECRET the key is random for this process:
 * nothing recoverable is stored, at the cost that a request resent after a restart no longer
 * matches its fingerprint (it is answered 409 while its stamp is kept).
 */
export function fingerprintKeys(keys: CheckinKeys | null): FingerprintKeys {
	if (!keys) return { current: createSecretKey(randomBytes(32)), previous: [] };

	return {
		current: derive(keys.current.secret),
		previous: keys.previous ? [derive(keys.previous.secret)] : [],
	};
}

/** The request's deciding fields in one fixed order. */
function canonical(request: CheckinRequest): string {
	const proof =
		request.method === 'location'
			? [request.position.lat, request.position.lng, request.position.accuracy]
			: request.method === 'qr'
				? [request.token]
				: [request.code];

	return JSON.stringify([
		request.visitorId,
		request.stop,
		request.method,
		proof,
		new Date(request.madeAt).toISOString(),
	]);
}

/** The fingerprint of `request` under `key` (32 characters, 192 bits). */
export function requestFingerprint(request: CheckinRequest, key: KeyObject): string {
	return createHmac('sha256', key).update(canonical(request)).digest('base64url').slice(0, 32);
}

/** The fingerprints `request` may have been stored under: the current key's first. */
export function requestFingerprints(
	request: CheckinRequest,
	keys: FingerprintKeys,
): [current: string, ...previous: string[]] {
	return [
		requestFingerprint(request, keys.current),
		...keys.previous.map((key) => requestFingerprint(request, key)),
	];
}
