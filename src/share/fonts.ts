/**
 * Which installed font, if any, can draw text in a language on this server. Share images
 * carry their title only when one can: the site downloads no fonts, and a server without
 * Chinese fonts would otherwise draw empty boxes.
 */
import { execFile } from 'node:child_process';

const found = new Map<string, Promise<string | null>>();

/** The family name of an installed font covering `language` (`zh-cn`, `en`), or `null`. */
export function fontFamilyFor(language: string): Promise<string | null> {
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
