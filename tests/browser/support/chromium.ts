import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** The Chromium the browser tests drive: `CHROMIUM_PATH`, or the first one installed. */
export function findChromium(): string | undefined {
	const configured = process.env.CHROMIUM_PATH;
	if (configured) return existsSync(configured) ? configured : undefined;

	return CANDIDATES.find((path) => existsSync(path));
}

export const CHROMIUM_MISSING = [
	'No Chromium was found for the browser tests.',
	'Install one with `sudo apt-get install -y chromium` (Debian, Ubuntu),',
	'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
].join(' ');

/** Launches headless Chromium, or fails saying how to install one. */
export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(CHROMIUM_MISSING);

	return chromium.launch({ executablePath, args: FLAGS });
}
