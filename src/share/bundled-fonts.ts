/**
 * The fonts that come with Boai for the pictures its server draws: Boai Sans SC, a subset of
 * Noto Sans CJK SC in `src/share/fonts/` (rebuilt by `scripts/build-fonts.py`). Chinese text on
 * a share picture or a certificate must not depend on what a server happens to have installed.
 *
 * Pictures are drawn by sharp from SVG (librsvg, with Pango and fontconfig inside sharp's own
 * libvips). We hand fontconfig a configuration that adds the bundled folder to the machine's own
 * (FONTCONFIG_FILE), rather than turning text into outlines ourselves: Pango then keeps doing
 * what it does well — bold, kerning, Latin and CJK in one line — and a character the subset
 * lacks is still drawn from any system font that has it, or as a box, never by failing. The
 * price is timing: fontconfig reads the variable once, when sharp first lays out text, so this
 * must run before that; every module that draws text calls `useBundledFonts()` first.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

import { logger } from '../log.ts';
import { escapeXml } from '../seo/sitemap.ts';

const log = logger.child({ module: 'fonts' });

/** The bundled family's name, as a font-family list names it. */
export const bundledFamily = 'Boai Sans SC';

export const bundledFontFiles = ['BoaiSansSC-Regular.otf', 'BoaiSansSC-Bold.otf'] as const;

// Fontconfig's own configuration on Linux, kept so the machine's fonts remain as fallbacks.
const systemConfig = '/etc/fonts/fonts.conf';

let installed: boolean | undefined;

/**
 * Makes the bundled fonts available to sharp's text rendering in this process. Returns
 * whether they are; without them, text falls back to the machine's fonts (one warning says
 * why). Safe to call before every picture: it does its work once.
 */
export function useBundledFonts(): boolean {
	installed ??= install();
	return installed;
}

/** The folder holding the bundled fonts, or `null` when neither place has them. */
export function bundledFontsFolder(): string | null {
	// Beside this module when it runs from the source (tests, `astro dev`); under the working
	// folder when it runs from a build in `dist/`, which is started from the project's folder.
	const candidates = [
		join(dirname(fileURLToPath(import.meta.url)), 'fonts'),
		resolve(process.cwd(), 'src', 'share', 'fonts'),
	];
	return (
		candidates.find((folder) => bundledFontFiles.every((file) => existsSync(join(folder, file)))) ??
		null
	);
}

function install(): boolean {
	const folder = bundledFontsFolder();
	if (!folder) {
		log.warn(
			`the bundled fonts (${bundledFontFiles.join(', ')}) are in neither src/share/fonts beside the server's code nor under ${process.cwd()}: pictures are drawn with the machine's own fonts, which may show Chinese as boxes. Start the server from the project's folder.`,
		);
		return false;
	}
	if (!isMainThread) {
		// A worker's process.env is its own copy, which native code such as sharp never reads.
		log.warn(
			'pictures are drawn in a worker thread, where the bundled fonts cannot be handed to sharp: draw them on the main thread.',
		);
		return false;
	}

	const previous = process.env.FONTCONFIG_FILE;
	if (previous && alreadyIncludes(previous, folder)) return true;

	try {
		process.env.FONTCONFIG_FILE = writeConfig(folder, previous ?? systemConfig);
		return true;
	} catch (error) {
		log.warn(
			{ err: error },
			`the fontconfig file for the bundled fonts could not be written in ${tmpdir()}: pictures are drawn with the machine's own fonts. Make the temporary folder (TMPDIR) writable. ${(error as Error).message}`,
		);
		return false;
	}
}

// A configuration that reads the machine's own first, so its fonts stay available as fallbacks,
// then adds the bundled folder. Named by its content, so that every process that wants the
// same one shares one file, written whole before it is put in place.
function writeConfig(folder: string, machineConfig: string): string {
	const text = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
	<include ignore_missing="yes">${escapeXml(machineConfig)}</include>
	<dir>${escapeXml(folder)}</dir>
	<cachedir prefix="xdg">fontconfig</cachedir>
</fontconfig>
`;
	const name = `boai-fonts-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.conf`;
	const directory = join(tmpdir(), 'boai-fonts');
	const file = join(directory, name);
	if (existsSync(file)) return file;

	mkdirSync(directory, { recursive: true });
	const partial = `${file}.${process.pid}.partial`;
	writeFileSync(partial, text);
	renameSync(partial, file);
	return file;
}

// A child process inherits the variable: its configuration already adds the folder.
function alreadyIncludes(config: string, folder: string): boolean {
	try {
		return readFileSync(config, 'utf8').includes(`<dir>${escapeXml(folder)}</dir>`);
	} catch {
		return false;
	}
}
