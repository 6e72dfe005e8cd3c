/**
 * The keys that sign QR tokens and derive short codes, read from the environment:
 *
 * - `CHECKIN_SECRET`: the current key, at least 32 characters (`openssl rand -base64 32`).
 * - `CHECKIN_SECRET_PREVIOUS`: the key it replaced, still accepted for a grace period so that
 *   posters already on the walls keep working while new ones are printed.
 * - `CHECKIN_SECRET_PREVIOUS_UNTIL`: the end of that grace period, as a date (`2027-03-31`,
 *   accepted through the end of that day in China) or an ISO time with offset.
 *
 * To rotate: move the current value to `CHECKIN_SECRET_PREVIOUS`, set the date, put a new
 * `CHECKIN_SECRET`, restart, and print new posters. Each key's id (`kid`) is derived from the
 * key itself, so there is nothing else to name; tokens carry it, codes are tried against both.
 */
import { createHmac } from 'node:crypto';

/** The shortest secret accepted, in characters. */
export const minSecretLength = 32;

/** One signing key. `validUntil` is `null` for the current key. */
export interface CheckinKey {
	kid: string;
	secret: string;
	validUntil: Date | null;
}

/** The current key and, during a rotation, the previous one. */
export interface CheckinKeys {
	current: CheckinKey;
	previous: CheckinKey | null;
}

/** The environment variables the keys come from. */
export interface CheckinKeyEnv {
	CHECKIN_SECRET?: string | undefined;
	CHECKIN_SECRET_PREVIOUS?: string | undefined;
	CHECKIN_SECRET_PREVIOUS_UNTIL?: string | undefined;
}

/** The keys (or `null` when there is no usable current key) and what is wrong with the setup. */
export interface ParsedKeys {
	keys: CheckinKeys | null;
	problems: string[];
}

// China has kept UTC+8 all year since 1991, so a calendar day there ends at 16:00 UTC.
const chinaOffset = '+08:00';

/** The id of a key: four hex characters of an HMAC of a fixed label, so the key stays secret. */
export function keyId(secret: string): string {
	return createHmac('sha256', secret).update('boai/checkin/kid/v1').digest('hex').slice(0, 4);
}

/** When the previous key stops being accepted, or `null` when the value cannot be read. */
export function parseUntil(value: string): Date | null {
	const trimmed = value.trim();
	const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
	const instant = dateOnly
		? new Date(Date.parse(`${trimmed}T00:00:00${chinaOffset}`) + 24 * 60 * 60 * 1000)
		: new Date(trimmed);

	if (Number.isNaN(instant.getTime())) return null;
	if (!dateOnly && !/(Z|[+-]\d{2}:?\d{2})$/i.test(trimmed)) return null;
	return instant;
}

/** Reads the keys from `env`; every problem is described with what to do about it. */
export function parseCheckinKeys(env: CheckinKeyEnv): ParsedKeys {
	const problems: string[] = [];
	const secret = env.CHECKIN_SECRET?.trim();

	if (!secret) return { keys: null, problems: ['CHECKIN_SECRET is not set'] };

	if (secret.length < minSecretLength) {
		problems.push(
			`CHECKIN_SECRET has ${secret.length} characters, fewer than ${minSecretLength}: make a new one with \`openssl rand -base64 32\``,
		);
		return { keys: null, problems };
	}

	const current: CheckinKey = { kid: keyId(secret), secret, validUntil: null };
	const previous = parsePrevious(env, current, problems);
	return { keys: { current, previous }, problems };
}

function parsePrevious(
	env: CheckinKeyEnv,
	current: CheckinKey,
	problems: string[],
): CheckinKey | null {
	const secret = env.CHECKIN_SECRET_PREVIOUS?.trim();
	if (!secret) return null;

	if (secret === current.secret) {
		problems.push('CHECKIN_SECRET_PREVIOUS is the same as CHECKIN_SECRET: remove it');
		return null;
	}

	const kid = keyId(secret);
	if (kid === current.kid) {
		problems.push(
			'CHECKIN_SECRET_PREVIOUS has the same key id as CHECKIN_SECRET by chance: make a new CHECKIN_SECRET',
		);
		return null;
	}

	const untilText = env.CHECKIN_SECRET_PREVIOUS_UNTIL;
	const until = untilText ? parseUntil(untilText) : null;
	if (!until) {
		problems.push(
			untilText
				? `CHECKIN_SECRET_PREVIOUS_UNTIL "${untilText}" is not a date like 2027-03-31 or a time like 2027-03-31T18:00:00+08:00: old posters are refused until it is fixed`
				: 'CHECKIN_SECRET_PREVIOUS is set without CHECKIN_SECRET_PREVIOUS_UNTIL: old posters are refused until the end of their grace period is set (e.g. 2027-03-31)',
		);
	}

	return { kid, secret, validUntil: until ?? new Date(0) };
}

/** The key with this id, if any. */
export function keyById(keys: CheckinKeys, kid: string): CheckinKey | null {
	if (keys.current.kid === kid) return keys.current;
	if (keys.previous?.kid === kid) return keys.previous;
	return null;
}

/** Whether `key` is still accepted at `now` (the current key always is). */
export function isKeyValid(key: CheckinKey, now: Date): boolean {
	return key.validUntil === null || now.getTime() < key.validUntil.getTime();
}
