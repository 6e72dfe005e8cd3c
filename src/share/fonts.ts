/**
 * Which fonts the server draws text on pictures with. The bundled Boai Sans SC comes first: it
 * draws Chinese and Latin text on any machine. Without it (its files missing), an installed
 * font covering the language is used if fontconfig knows one; with neither, a share picture is
 * composed without its title rather than with empty boxes.
 */
import { execFile } from 'node:child_process';

import { bundledFamily, useBundledFonts } from './bundled-fonts.ts';

/**
 * The font-family list for text on a picture: the bundled family, then the usual Chinese
 * families, whose characters fontconfig can also take for one the subset lacks.
 */
export const pictureFontFamily = `${bundledFamily}, Noto Sans CJK SC, Source Han Sans SC, WenQuanYi Micro Hei, sans-serif`;

const found = new Map<string, Promise<string | null>>();

/** The font-family list for text in `language` (`zh-cn`, `en`), or `null` for none. */
export function fontFamilyFor(language: string): Promise<string | null> {
	if (useBundledFonts()) return Promise.resolve(pictureFontFamily);

	let family = found.get(language);
	if (!family) {
		family = askFontconfig(language);
		found.set(language, family);
	}
	return family;
}

// `fc-list :lang=zh-cn family` lists the families whose fonts cover the language; no
// fontconfig (or no such font) means no text.
function askFontconfig(language: string): Promise<string | null> {
	return new Promise((resolve) => {
		execFile('fc-list', [`:lang=${language}`, 'family'], { timeout: 5_000 }, (error, stdout) => {
			if (error) return resolve(null);

			const families = stdout
				.split('\n')
				.map((line) => line.split(',')[0]?.trim() ?? '')
				.filter((name) => name !== '' && !/[<>&"]/.test(name))
				.sort(preferSans);
			resolve(families[0] ?? null);
		});
	});
}

// A sans-serif face reads best at a glance; otherwise keep fontconfig's order.
function preferSans(a: string, b: string): number {
	const rank = (name: string) => (/sans/i.test(name) && !/mono/i.test(name) ? 0 : 1);
	return rank(a) - rank(b);
}
