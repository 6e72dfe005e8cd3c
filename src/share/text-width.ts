/**
 * How wide a line of text comes out in the bundled Boai Sans SC, in ems, for wrapping text on
 * pictures before they are drawn. Hanzi, CJK punctuation and the full-width forms are one em;
 * so are the curly quotes, the ellipsis, the em dash, the middle dot and the symbols, which a
 * Chinese font draws full-width (a title with “ ” measured as Latin overflows its line).
 * Latin letters and digits average about 0.6 em in its bold; 0.62 errs on the wide side.
 */

const fullWidth = /[\u00b7\u2014-\u2bff\u2e80-\uffff\u{20000}-\u{3ffff}]/u;

/** The width of `text` in ems, erring on the wide side. */
export function emWidth(text: string): number {
	let ems = 0;
	for (const character of text) ems += fullWidth.test(character) ? 1 : 0.62;
	return ems;
}
