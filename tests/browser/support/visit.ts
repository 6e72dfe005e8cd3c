import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

import { tileHosts, tileProviderIds } from '../../../src/map/tile-providers.ts';

/** What one page visit showed: its status, console errors, and requests that left the site. */
export interface Visit {
	page: Page;
	status: number;
	consoleErrors: string[];
	offsiteRequests: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

// Map tiles are the one kind of request the site may send elsewhere. The tests block them
// (as an unreachable tile server would fail them) without counting them as a fault.
const TILE_HOSTS = new Set(tileProviderIds.flatMap(tileHosts));

/** Whether `message` is the browser reporting a map tile that could not load. */
export function isTileFailure(message: ConsoleMessage): boolean {
	const url = URL.parse(message.location().url);
	return url !== null && TILE_HOSTS.has(url.hostname);
}

/**
 * Blocks every request to another host in `context` and records those that are not map
 * tiles; the site must work without any, so a recorded request is a failure in itself.
 */
export async function guardOffsiteRequests(context: BrowserContext): Promise<string[]> {
	const offsite: string[] = [];

	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (LOCAL_HOSTS.has(url.hostname)) return route.continue();

		if (!TILE_HOSTS.has(url.hostname)) offsite.push(url.href);
		return route.abort('blockedbyclient');
	});
	return offsite;
}

/** Opens `url` in a fresh page and collects what went wrong while it loaded. */
export async function visit(context: BrowserContext, url: string): Promise<Visit> {
	const page = await context.newPage();
	const consoleErrors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && !isTileFailure(message)) consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));

	const response = await page.goto(url, { waitUntil: 'load' });
	return { page, status: response?.status() ?? 0, consoleErrors, offsiteRequests: [] };
}

/** The axe-core violations that block: serious or critical ones, one line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();

	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => {
			const targets = violation.nodes.map((node) => node.target.join(' ')).slice(0, 3);
			return `${violation.id} (${violation.impact}): ${violation.help} at ${targets.join(', ')}`;
		});
}
