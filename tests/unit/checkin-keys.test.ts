import { describe, expect, it } from 'vitest';

import { keyId, parseCheckinKeys, parseUntil } from '../../src/checkin/keys.ts';
import { shortCodeAlphabet } from '../../src/checkin/short-code-text.ts';
import { shortCode, verifyShortCode } from '../../src/checkin/short-code.ts';
import { qrToken, qrUrl, verifyQrToken } from '../../src/checkin/tokens.ts';

const secret = 'test-secret-0123456789-abcdefghijklmnop';
const oldSecret = 'old-test-secret-9876543210-zyxwvutsrqpon';
const now = new Date('2026-05-06T02:00:00Z');
const keys = parseCheckinKeys({ CHECKIN_SECRET: secret }).keys!;
const rotation = (until: string) =>
	parseCheckinKeys({
		CHECKIN_SECRET: secret,
		CHECKIN_SECRET_PREVIOUS: oldSecret,
		CHECKIN_SECRET_PREVIOUS_UNTIL: until,
	});

describe('check-in keys', () => {
	it('are missing without CHECKIN_SECRET', () => {
		expect(parseCheckinKeys({}).keys).toBeNull();
	});

	it('refuse a short secret and say how to make a good one', () => {
		const parsed = parseCheckinKeys({ CHECKIN_SECRET: 'short' });
		expect(parsed.keys).toBeNull();
		expect(parsed.problems[0]).toContain('openssl rand -base64 32');
	});

	it('take their id from the key, without giving the key away', () => {
		expect(keys.current.kid).toBe(keyId(secret));
		expect(keys.current.kid).toMatch(/^[0-9a-f]{4}$/);
		expect(secret).not.toContain(keys.current.kid);
	});

	it('keep the previous key until the end of the given day in China', () => {
		expect(parseUntil('2026-05-31')?.toISOString()).toBe('2026-05-31T16:00:00.000Z');
		expect(parseUntil('2026-05-31T12:00:00+08:00')?.toISOString()).toBe('2026-05-31T04:00:00.000Z');
		expect(parseUntil('2026-05-31T12:00:00')).toBeNull();
		expect(parseUntil('soon')).toBeNull();
	});

	it('treat a previous key without an end date as expired, and say so', () => {
		const parsed = parseCheckinKeys({ CHECKIN_SECRET: secret, CHECKIN_SECRET_PREVIOUS: oldSecret });
		expect(parsed.keys?.previous?.validUntil?.getTime()).toBe(0);
		expect(parsed.problems[0]).toContain('CHECKIN_SECRET_PREVIOUS_UNTIL');
	});
});

describe('QR tokens', () => {
	it('carry the key id and verify for their own stop only', () => {
		const token = qrToken('alpha', keys);

		expect(token.startsWith(`${keys.current.kid}.`)).toBe(true);
		expect(verifyQrToken(token, 'alpha', keys, now)).toBe('valid');
		expect(verifyQrToken(token, 'beta', keys, now)).toBe('bad');
	});

	it('are refused when forged, altered, truncated or under an unknown key', () => {
		const token = qrToken('alpha', keys);
		const [kid, signature] = token.split('.') as [string, string];
		const flipped = signature[0] === 'A' ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
		const otherKeys = parseCheckinKeys({ CHECKIN_SECRET: oldSecret }).keys!;

		expect(verifyQrToken(`${kid}.${flipped}`, 'alpha', keys, now)).toBe('bad');
		expect(verifyQrToken(`${kid}.${signature.slice(0, 10)}`, 'alpha', keys, now)).toBe('bad');
		expect(verifyQrToken(`ffff.${signature}`, 'alpha', keys, now)).toBe('bad');
		expect(verifyQrToken(qrToken('alpha', otherKeys), 'alpha', keys, now)).toBe('bad');
		expect(verifyQrToken('', 'alpha', keys, now)).toBe('bad');
		expect(verifyQrToken(`${token}.x`, 'alpha', keys, now)).toBe('bad');
	});

	it('under the previous key work until the grace period ends, then are expired', () => {
		const oldToken = qrToken('alpha', parseCheckinKeys({ CHECKIN_SECRET: oldSecret }).keys!);
		const rotated = rotation('2026-05-31').keys!;

		expect(verifyQrToken(oldToken, 'alpha', rotated, now)).toBe('valid');
		expect(verifyQrToken(oldToken, 'alpha', rotated, new Date('2026-05-31T15:59:59Z'))).toBe(
			'valid',
		);
		expect(verifyQrToken(oldToken, 'alpha', rotated, new Date('2026-05-31T16:00:00Z'))).toBe(
			'expired',
		);
		expect(verifyQrToken(qrToken('alpha', rotated), 'alpha', rotated, new Date('2030-01-01'))).toBe(
			'valid',
		);
	});

	it('sit in the stop page’s address on the poster', () => {
		const url = new URL(qrUrl('alpha', 'https://boai.example.cn', keys));

		expect(url.origin + url.pathname).toBe('https://boai.example.cn/route/alpha/');
		expect(url.searchParams.get('t')).toBe(qrToken('alpha', keys));
	});
});

describe('short codes', () => {
	it('are six unambiguous characters, different per stop and per key', () => {
		const code = shortCode('alpha', keys);
		const otherKey = shortCode('alpha', parseCheckinKeys({ CHECKIN_SECRET: oldSecret }).keys!);

		expect(code).toHaveLength(6);
		expect([...code].every((char) => shortCodeAlphabet.includes(char))).toBe(true);
		expect(shortCode('beta', keys)).not.toBe(code);
		expect(otherKey).not.toBe(code);
	});

	it('avoid characters that are easily confused', () => {
		for (const confusable of '0O1IL2Z5S8BUVQDGMN')
			expect(shortCodeAlphabet).not.toContain(confusable);
	});

	it('verify however they are typed, and refuse a near miss', () => {
		const code = shortCode('alpha', keys);
		const nearMiss = code.slice(0, 5) + (code[5] === '3' ? '4' : '3');

		expect(
			verifyShortCode(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`, 'alpha', keys, now),
		).toBe('valid');
		expect(verifyShortCode(nearMiss, 'alpha', keys, now)).toBe('bad');
		expect(verifyShortCode(code, 'beta', keys, now)).toBe('bad');
	});

	it('under the previous key work during the grace period, then are expired', () => {
		const oldCode = shortCode('alpha', parseCheckinKeys({ CHECKIN_SECRET: oldSecret }).keys!);
		const rotated = rotation('2026-05-31').keys!;

		expect(verifyShortCode(oldCode, 'alpha', rotated, now)).toBe('valid');
		expect(verifyShortCode(oldCode, 'alpha', rotated, new Date('2026-06-01T00:00:00Z'))).toBe(
			'expired',
		);
	});
});
