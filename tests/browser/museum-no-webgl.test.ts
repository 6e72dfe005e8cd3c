import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { hallLinkQuery } from '../../src/museum/deep-link.ts';
import { CHROMIUM_MISSING, findChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations } from './support/visit.ts';

// The machines running these are slow and shared, and SwiftShader draws on the CPU.
const SLOW = 180_000;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
	server = await startServer();
	const executablePath = findChromium();
	if (!executablePath) throw new Error(CHROMIUM_MISSING);
	// A browser without WebGL, like an old phone or one with graphics switched off.
	browser = await chromium.launch({
		executablePath,
		args: ['--headless=new', '--no-sandbox', '--disable-3d-apis', '--disable-webgl'],
	});
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

describe('the museum without WebGL', () => {
	test(
		'offers the catalogue with a notice instead of the 3D hall',
		async () => {
			const context = await browser.newContext();
			await guardOffsiteRequests(context);
			const page = await context.newPage();
			await page.goto(`${server.url}/museum/`);

			await page.waitForSelector('[data-museum-no-webgl]', { state: 'visible' });
			expect(await page.locator('[data-museum-no-webgl]').textContent()).toBe(
				messages('zh').hall3d.noWebgl,
			);
			expect(await page.locator('[data-museum-enter]').isVisible()).toBe(false);
			expect(await page.locator('.exhibit-card').count()).toBeGreaterThan(10);
			expect(await seriousAccessibilityViolations(page)).toEqual([]);
			await context.close();
		},
		SLOW,
	);

	test(
		'leads a 3D address to its exhibit in the catalogue',
		async () => {
			const context = await browser.newContext();
			await guardOffsiteRequests(context);
			const page = await context.newPage();
			await page.goto(`${server.url}/en/museum/`);
			const card = page.locator('.exhibit-card a').nth(6);
			const href = (await card.getAttribute('href'))!;
			const slug = href.split('/').filter(Boolean).at(-1)!;

			await page.goto(`${server.url}/en/museum/${hallLinkQuery({ exhibit: slug })}`);
			await page.waitForSelector('[data-museum-deep-link-notice]', { state: 'visible' });
			expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
			expect(await page.locator('[data-museum-dialog]').getAttribute('open')).toBeNull();
			await context.close();
		},
		SLOW,
	);
});
