/**
 * The hall's layer of time: the timeline across the halls' eras moves the visitor through
 * history and from hall to hall, and a model's glTF animation plays when its exhibit is
 * visited, ends by itself, and stops or stays still when the visitor asks for less motion.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { hallLinkQuery } from '../../src/museum/deep-link.ts';
import { timelineStops } from '../../src/museum/timeline.ts';
import type { MuseumView } from '../../src/museum/view-data.ts';
import {
	framesDuring,
	goToExhibit,
	goToHall,
	goToHallEntrance,
	hallState,
	museumView,
	SLOW,
	waitForArrival,
	waitUntilStill,
	watchVisits,
} from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';

const zh = messages('zh').hall3d;

let server: RunningServer;
let browser: Browser;
let view: MuseumView;
let animated: { slug: string; title: string };
const visits = watchVisits();

beforeAll(async () => {
	server = await startServer();
	browser = await launchChromium();
	const context = await newContext('no-preference');
	const page = await visits.newPage(context);
	await goToHall(page, `${server.url}/museum/?view=3d&museumDebug=1`);
	view = await museumView(page);
	animated = await findAnimatedExhibit(page);
	await context.close();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

function newContext(reducedMotion: 'reduce' | 'no-preference'): Promise<BrowserContext> {
	return visits.newContext(browser, { reducedMotion });
}

// The first exhibit whose model has an animation, found by loading each hall in turn.
async function findAnimatedExhibit(page: Page): Promise<{ slug: string; title: string }> {
	for (const [hallIndex, hall] of view.halls.entries()) {
		if (!hall.exhibits.some((exhibit) => exhibit.model)) continue;
		const models = hall.exhibits.filter((exhibit) => exhibit.model).map((e) => e.slug);
		await page.evaluate((h) => window.__boaiMuseum!.controller.enterHall(h), hallIndex);
		await page.waitForFunction(
			([h, slugs]) => {
				const state = window.__boaiMuseum!.state();
				const settled = (slug: string) => slug in state.animated || slug in state.failures;
				return state.hallIndex === h && (slugs as string[]).every(settled);
			},
			[hallIndex, models] as const,
			{ timeout: 45_000 },
		);
		const flags = await page.evaluate(() => window.__boaiMuseum!.state().animated);
		const exhibit = hall.exhibits.find((entry) => flags[entry.slug]);
		if (exhibit) return { slug: exhibit.slug, title: exhibit.title.text };
	}
	throw new Error('No exhibit of the dataset has an animated model to test with.');
}

/** Opens the hall holding the animated exhibit, waits for its models, then goes to it. */
async function visitAnimated(page: Page): Promise<void> {
	const hall = view.halls.find((entry) => entry.exhibits.some((e) => e.slug === animated.slug))!;
	await goToHall(page, `${server.url}/museum/?view=3d&hall=${hall.slug}&museumDebug=1`);
	await page.waitForFunction((slug) => window.__boaiMuseum!.state().animated[slug], animated.slug);
	await page.click(`[data-exhibit="${animated.slug}"]`);
	await waitForArrival(page, animated.title);
}

describe('the hall’s timeline and animations', () => {
	test(
		'steps along the timeline with the keyboard, through the eras and into the next hall',
		async () => {
			const context = await newContext('no-preference');
			const page = await visits.newPage(context);
			await goToHallEntrance(page, `${server.url}/museum/?view=3d&museumDebug=1`);

			const stops = timelineStops(view.halls);
			const slider = page.getByRole('slider', { name: zh.timeline });
			const start = Number(await slider.inputValue());
			expect(stops[start]!.hallIndex).toBe(0);
			const leaving = stops.findIndex((stop, index) => index > start && stop.hallIndex !== 0);
			expect(leaving).toBeGreaterThan(start);

			await slider.focus();
			for (let index = start + 1; index <= leaving; index++) {
				const stop = stops[index]!;
				const hall = view.halls[stop.hallIndex]!;
				const exhibit = hall.exhibits[stop.exhibitIndex]!;
				await page.keyboard.press('ArrowRight');
				await waitForArrival(page, exhibit.title.text);

				expect(await slider.getAttribute('aria-valuetext')).toBe(
					zh.timelineValue(stop.year, exhibit.title.text),
				);
				expect(await page.locator('.hall-where strong').textContent()).toBe(hall.title.text);
				expect(await page.locator('[data-hall-announcement]').textContent()).toContain(
					exhibit.title.text,
				);
			}
			expect((await hallState(page)).hallIndex).toBe(stops[leaving]!.hallIndex);

			// One step back returns to the first hall, at the last of its stops on the way.
			await page.keyboard.press('ArrowLeft');
			const back = stops[leaving - 1]!;
			await waitForArrival(page, view.halls[0]!.exhibits[back.exhibitIndex]!.title.text);
			expect((await hallState(page)).hallIndex).toBe(0);
			await context.close();
		},
		SLOW,
	);

	test(
		'plays a model’s animation when its exhibit is visited, and stops it when reduced motion is turned on',
		async () => {
			const context = await newContext('no-preference');
			const page = await visits.newPage(context);
			await visitAnimated(page);

			// The camera has arrived; frames go on because the model moves.
			expect(await framesDuring(page, 1500)).toBeGreaterThan(1);

			await page.emulateMedia({ reducedMotion: 'reduce' });
			await page.waitForFunction(() => !window.__boaiMuseum!.state().animations);
			await page.waitForTimeout(300);
			expect(await framesDuring(page, 1500)).toBe(0);
			await context.close();
		},
		SLOW,
	);

	test(
		'under reduced motion an animation does not start by itself, and one asked for ends by itself',
		async () => {
			const context = await newContext('reduce');
			const page = await visits.newPage(context);
			await visitAnimated(page);
			await page.waitForTimeout(300);
			expect(await framesDuring(page, 1500)).toBe(0);

			await page.getByRole('button', { name: zh.playAnimation }).click();
			expect(await framesDuring(page, 1500)).toBeGreaterThan(1);
			await waitUntilStill(page, 30_000);
			expect(await framesDuring(page, 1500)).toBe(0);
			await context.close();
		},
		SLOW,
	);

	test(
		'plays the animation of a model that finished loading after the visitor arrived',
		async () => {
			const context = await newContext('no-preference');
			const page = await visits.newPage(context);
			await goToExhibit(
				page,
				`${server.url}/museum/${hallLinkQuery({ exhibit: animated.slug })}&museumDebug=1`,
				animated.title,
			);
			expect(await framesDuring(page, 1500)).toBeGreaterThan(1);
			await context.close();
		},
		SLOW,
	);

	visits.testClean();
});
