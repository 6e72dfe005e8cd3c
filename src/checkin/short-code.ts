/**
 * Short codes: a few characters printed under a stop's QR code, typed by visitors who cannot
 * scan or read aloud by a guide. Derived from the stop's slug and the check-in key, so a code
 * changes when the key is rotated; the previous key's codes keep working for its grace period.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

import { isKeyValid, type CheckinKey, type CheckinKeys } from './keys.ts';
import { perKeyAndStop } from './per-stop.ts';
import { normalizeShortCode, shortCodeAlphabet, shortCodeLength } from './short-code-text.ts';
import type { ProofVerdict } from './tokens.ts';

const codeUnder = perKeyAndStop((key: CheckinKey, stopSlug: string): string => {
	const digest = createHmac('sha256', key.secret)
		.update(`boai/checkin/code/v1\n${stopSlug}`)
		.digest();
	const base = BigInt(shortCodeAlphabet.length);
	// 64 bits reduced to 17^6 ≈ 2^24.5 values: the bias is below one in a billion.
	let value = digest.readBigUInt64BE(0);
	let code = '';

	for (let i = 0; i < shortCodeLength; i++) {
		code += shortCodeAlphabet[Number(value % base)];
		value /= base;
	}
	return code;
});

/** The short code of `stopSlug` under the current key, without the hyphen (`K7R4XP`). */
export function shortCode(stopSlug: string, keys: CheckinKeys): string {
	return codeUnder(keys.current, stopSlug);
}

function sameCode(typed: string, expected: string): boolean {
	const a = Buffer.from(typed);
	const b = Buffer.from(expected);
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Whether a typed code is the code of `stopSlug` (case, spaces and hyphens ignored):
 * `expired` when it is the code under a previous key whose grace period has ended.
 */
export function verifyShortCode(
	typed: string,
	stopSlug: string,
	keys: CheckinKeys,
	now: Date,
): ProofVerdict {
	const plain = normalizeShortCode(typed);

	if (sameCode(plain, codeUnder(keys.current, stopSlug))) return 'valid';

	const previous = keys.previous;
	if (!previous || !sameCode(plain, codeUnder(previous, stopSlug))) return 'bad';
	return isKeyValid(previous, now) ? 'valid' : 'expired';
}
