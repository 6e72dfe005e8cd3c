/**
 * How short codes are written and read back. No crypto here: the browser imports this to
 * tidy what a visitor types before sending it.
 */

/**
 * The characters a short code is made of: digits and capitals that cannot be mistaken for one
 * another when printed, typed or read aloud: none of 0/O/Q/D, 1/I/L/T, 2/Z, 5/S, 8/B, U/V, G,
 * and neither M nor N, which sound alike.
 */
export const shortCodeAlphabet = '34679ACEFHJKPRWXY';

/** How many characters a short code has; printed as two groups of three (`K7R-4XP`). */
export const shortCodeLength = 6;

/**
 * A typed code reduced to its characters: capitals, without spaces, hyphens or dots, with the
 * full-width forms a Chinese keyboard may produce turned into ordinary ones.
 */
export function normalizeShortCode(typed: string): string {
	return typed
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s\-_.·—–]/g, '');
}

/** A code as printed and read aloud: `K7R4XP` → `K7R-4XP`. */
export function formatShortCode(code: string): string {
	const plain = normalizeShortCode(code);
	const half = Math.ceil(plain.length / 2);
	return `${plain.slice(0, half)}-${plain.slice(half)}`;
}

/** Whether a typed code could be a short code at all (right length, right characters). */
export function isShortCodeShaped(typed: string): boolean {
	const plain = normalizeShortCode(typed);
	if (plain.length !== shortCodeLength) return false;
	return [...plain].every((char) => shortCodeAlphabet.includes(char));
}
