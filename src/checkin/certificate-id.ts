/**
 * Certificate ids: 128 random bits written in 26 lowercase base-32 characters. An id cannot be
 * guessed, and an altered one matches no stored certificate.
 */
import { pooledRandomBytes } from './random-bytes.ts';

const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
const idLength = 26;
const idBytes = 17;

/** A new, random certificate id. */
export function newCertificateId(): string {
	const bytes = pooledRandomBytes(idBytes);
	let bits = 0;
	let value = 0;
	let id = '';

	for (const byte of bytes) {
		value = (value << 8) | byte;
		bits += 8;
		while (bits >= 5 && id.length < idLength) {
			id += alphabet[(value >>> (bits - 5)) & 31];
			bits -= 5;
		}
		value &= (1 << bits) - 1;
	}
	return id;
}

/** Whether `value` has the shape of a certificate id (checked before any database lookup). */
export function isCertificateIdShaped(value: string): boolean {
	return value.length === idLength && [...value].every((char) => alphabet.includes(char));
}
