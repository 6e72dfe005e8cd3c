/**
 * QR tokens: the `t` parameter of the URL printed as a QR code on a stop's poster. A token is
 * `<kid>.<signature>`, the signature an HMAC-SHA256 (truncated to 128 bits) of the stop's
 * slug under the key `kid`. Only the server, which holds the key, can make or check one.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

import { isKeyValid, keyById, type CheckinKey, type CheckinKeys } from './keys.ts';
import { perKeyAndStop } from './per-stop.ts';

/** What a presented token or code turned out to be. */
export type ProofVerdict = 'valid' | 'expired' | 'bad';

const signatureBytes = 16;

const signature = perKeyAndStop((key: CheckinKey, stopSlug: string): Buffer =>
	createHmac('sha256', key.secret)
		.update(`boai/checkin/qr/v1\n${stopSlug}`)
		.digest()
		.subarray(0, signatureBytes),
);

/** The token for `stopSlug` under the current key. */
export function qrToken(stopSlug: string, keys: CheckinKeys): string {
	return `${keys.current.kid}.${signature(keys.current, stopSlug).toString('base64url')}`;
}

/**
 * The address a stop's QR code carries: the stop's page with the token in `t`, e.g.
 * `https://example.cn/route/<slug>/?t=3f9a.Qm9...`. Opening it checks the visitor in.
 */
export function qrUrl(stopSlug: string, origin: string, keys: CheckinKeys): string {
	const url = new URL(`/route/${encodeURIComponent(stopSlug)}/`, origin);
	url.searchParams.set('t', qrToken(stopSlug, keys));
	return url.href;
}

/**
 * Whether `token` is a genuine token for `stopSlug`: `bad` when forged, altered, for another
 * stop or under an unknown key; `expired` when genuine but under a previous key whose grace
 * period has ended.
 */
export function verifyQrToken(
	token: string,
	stopSlug: string,
	keys: CheckinKeys,
	now: Date,
): ProofVerdict {
	const [kid, encoded, ...rest] = token.trim().split('.');
	if (!kid || !encoded || rest.length > 0) return 'bad';

	const key = keyById(keys, kid);
	if (!key) return 'bad';

	const presented = Buffer.from(encoded, 'base64url');
	const expected = signature(key, stopSlug);
	if (presented.length !== expected.length) return 'bad';
	if (!timingSafeEqual(presented, expected)) return 'bad';

	return isKeyValid(key, now) ? 'valid' : 'expired';
}
