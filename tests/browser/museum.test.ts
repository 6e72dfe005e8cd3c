import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { hallLinkQuery } from '../../src/museum/deep-link.ts';
import { captionLines } from '../../src/museum/captions.ts';
import type { MuseumView } from '../../src/museum/view-data.ts';
import {
	collectErrors,
	expectSceneDrawn,
	framesDrawn,
	museumView,
	pixelVariety,
	tabTo,
	waitForArrival,
	waitForHall,
} from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { guardOffsiteRequests, seriousAccessibilityViolations } from './support/visit.ts';

// The machines running these are slow and shared, and SwiftShader draws on the CPU.
const SLOW = 180_000;

const zh = messages('zh').hall3d;
const en = messages('en').hall3d;

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let offsite: string[];
let view: MuseumView;
let viewEn: MuseumView;
// One live list per page: its errors arrive after it is opened.
const errors: string[][] = [];

beforeAll(async () => {
	server = await startServer();
	browser = await launchChromium();
	context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	offsite = await guardOffsiteRequests(context);

	const page = await context.newPage();
	await page.goto(`${server.url}/museum/`);
	view = await museumView(page);
	await page.goto(`${server.url}/en/museum/`);
	viewEn = await museumView(page);
	await page.close();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function newPage(target: BrowserContext = context): Promise<Page> {
	const page = await target.newPage();
	errors.push(collectErrors(page));
	return page;
}

describe('the 3D hall', () => {
	test(
		'is entered and toured with the keyboard alone, the story panel and live region following',
		async () => {
			const page = await newPage();
			// Records the short vibration each arrival asks for.
			await page.addInitScript(() => {
				const felt: unknown[] = [];
				Object.assign(window, { felt });
				Object.defineProperty(navigator, 'vibrate', {
					value: (pattern: unknown) => felt.push(pattern) > 0,
				});
			});
			await page.goto(`${server.url}/museum/?museumDebug=1`);

			await tabTo(page, '[data-museum-enter]');
			await page.keyboard.press('Enter');
			await waitForHall(page);
			expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
				'application',
			);

			// Arrow keys walk: holding ↑ moves the visitor down the hall.
			const before = await page.evaluate(() => window.__boaiMuseum!.trail().at(-1)!);
			await page.keyboard.down('ArrowUp');
			await page.waitForFunction(
				(z) => (window.__boaiMuseum!.trail().at(-1)?.[2] ?? z) < z - 1,
				before[2]!,
			);
			await page.keyboard.up('ArrowUp');

			const hall = view.halls[0]!;
			for (const [index, exhibit] of hall.exhibits.entries()) {
				await tabTo(page, `[data-exhibit="${exhibit.slug}"]`);
				await page.keyboard.press('Enter');
				await waitForArrival(page, exhibit.title.text);

				const announced = await page.locator('[data-hall-announcement]').textContent();
				expect(announced).toContain(exhibit.title.text);
				expect(announced).toContain(zh.exhibitOf(index + 1, hall.exhibits.length));
				expect(await page.getAttribute(`[data-exhibit="${exhibit.slug}"]`, 'aria-current')).toBe(
					'true',
				);
				expect(page.url()).toContain(hallLinkQuery({ exhibit: exhibit.slug }).slice(1));
			}
			expect(
				await page.evaluate(() => (window as unknown as { felt: unknown[] }).felt.length),
			).toBe(hall.exhibits.length);

			// Escape steps back to the hall, then leaves it and returns focus to the button.
			await page.keyboard.press('Escape');
			await page.waitForFunction(
				(title) => document.querySelector('[data-panel-title]')?.textContent === title,
				hall.title.text,
			);
			await page.keyboard.press('Escape');
			await page.waitForSelector('[data-museum-dialog]', { state: 'hidden' });
			expect(await page.locator('[data-museum-dialog]').getAttribute('open')).toBeNull();
			expect(
				await page.evaluate(() => document.activeElement?.hasAttribute('data-museum-enter')),
			).toBe(true);
			expect(new URL(page.url()).searchParams.get('view')).toBeNull();
			await page.close();
		},
		SLOW,
	);

	test(
		'runs the guided tour from start to end with captions, and pauses and resumes',
		async () => {
			const page = await newPage();
			const last = view.halls.at(-1)!;
			await page.goto(`${server.url}/museum/?view=3d&hall=${last.slug}&tourSpeed=25&museumDebug=1`);
			await waitForHall(page);
			await page.evaluate(() => {
				const seen: string[] = [];
				(window as unknown as { captions: string[] }).captions = seen;
				new MutationObserver(() => {
					const text = document.querySelector('.hall-caption')?.textContent;
					if (text && seen.at(-1) !== text) seen.push(text);
				}).observe(document.body, { subtree: true, childList: true, characterData: true });
			});

			await page.getByRole('button', { name: zh.tourStart }).click();
			await page.waitForFunction(
				() =>
					window.__boaiMuseum!.state().tour.status === 'running' &&
					'stepIndex' in window.__boaiMuseum!.state().tour &&
					(window.__boaiMuseum!.state().tour as { stepIndex: number }).stepIndex >= 1,
				null,
				{ timeout: 45_000 },
			);

			await page.getByRole('button', { name: zh.tourPause }).click();
			await page.waitForSelector('[data-tour-status="paused"]');
			// Paused, the tour neither narrates nor moves on; a camera already on its way to the
			// stop may still arrive there (the phase then reads "narrating", silently).
			const progress = () =>
				page.evaluate(() => {
					const tour = window.__boaiMuseum!.state().tour as { status: string; stepIndex: number };
					return {
						captions: (window as unknown as { captions: string[] }).captions.length,
						status: tour.status,
						stepIndex: tour.stepIndex,
						caption: document.querySelector('.hall-caption')?.textContent ?? null,
					};
				});
			const paused = await progress();
			await page.waitForTimeout(1500);
			expect(await progress()).toEqual(paused);

			await page.getByRole('button', { name: zh.tourResume }).click();
			await page.waitForFunction(
				() => window.__boaiMuseum!.state().tour.status === 'finished',
				null,
				{ timeout: 60_000 },
			);
			expect(await page.locator('[data-hall-announcement]').textContent()).toContain(
				zh.tourFinished,
			);

			// Every stop was narrated: the first caption line of each exhibit was on screen.
			const captions = await page.evaluate(
				() => (window as unknown as { captions: string[] }).captions,
			);
			for (const exhibit of last.exhibits) {
				const first = captionLines(exhibit.narration.text.text, exhibit.narration.text.lang)[0];
				expect(captions).toContain(first);
			}
			await page.waitForFunction(() => !document.querySelector('.hall-captions'));
			await page.close();
		},
		SLOW,
	);

	test(
		'opens at the exhibit a deep link names, in English too',
		async () => {
			const page = await newPage();
			const hall = viewEn.halls[2]!;
			const exhibit = hall.exhibits[1]!;
			await page.goto(
				`${server.url}/en/museum/${hallLinkQuery({ exhibit: exhibit.slug })}&museumDebug=1`,
			);
			await waitForHall(page);
			await waitForArrival(page, exhibit.title.text);

			// Opened by an address, not a tap: nothing may sound until the visitor taps or types.
			expect(await page.evaluate(() => window.__boaiMuseum!.state().audioReady)).toBe(false);
			await page.keyboard.press('Shift');
			expect(await page.evaluate(() => window.__boaiMuseum!.state().audioReady)).toBe(true);
			await page.getByRole('button', { name: en.mute }).click();
			await page.getByRole('button', { name: en.unmute }).waitFor();
			expect(await page.evaluate(() => window.__boaiMuseum!.state().soundOn)).toBe(false);

			expect(await page.locator('.hall-where strong').textContent()).toBe(hall.title.text);
			expect(await page.getAttribute(`[data-exhibit="${exhibit.slug}"]`, 'aria-current')).toBe(
				'true',
			);
			expect(await page.locator('[data-hall-announcement]').textContent()).toContain(
				en.exhibitOf(2, hall.exhibits.length),
			);

			// The exhibit's own page links into the hall at the same exhibit.
			await page.goto(`${server.url}${exhibit.pageUrl}`);
			await page.getByRole('link', { name: en.seeInHall }).click();
			await waitForHall(page);
			await waitForArrival(page, exhibit.title.text);
			await page.close();
		},
		SLOW,
	);

	test(
		'comes back after the WebGL context is lost and restored',
		async () => {
			const page = await newPage();
			await page.goto(
				`${server.url}/museum/${hallLinkQuery({ exhibit: view.halls[0]!.exhibits[1]!.slug })}&museumDebug=1`,
			);
			await waitForHall(page);
			await waitForArrival(page, view.halls[0]!.exhibits[1]!.title.text);

			await page.evaluate(() => {
				const gl = document.querySelector('.hall-stage canvas') as HTMLCanvasElement;
				(window as unknown as { lose: WEBGL_lose_context }).lose = gl
					.getContext('webgl2')!
					.getExtension('WEBGL_lose_context')!;
				(window as unknown as { lose: WEBGL_lose_context }).lose.loseContext();
			});
			await page.waitForSelector('.hall-context-lost[role="alert"]');
			expect(await page.locator('.hall-context-lost').textContent()).toContain(zh.contextLost);

			const framesBefore = await framesDrawn(page);
			await page.evaluate(() =>
				(window as unknown as { lose: WEBGL_lose_context }).lose.restoreContext(),
			);
			await page.waitForSelector('.hall-context-lost', { state: 'detached' });
			await page.waitForFunction((n) => window.__boaiMuseum!.frames() > n, framesBefore);
			await page.waitForTimeout(300);

			await expectSceneDrawn(page, 'after-context-restored');
			await page.close();
		},
		SLOW,
	);

	test(
		'cuts instead of flying when reduced motion is asked for',
		async () => {
			const hall = view.halls[0]!;
			const from = hall.exhibits[0]!;
			const to = hall.exhibits[4]!;

			async function cameraPath(reducedMotion: 'reduce' | 'no-preference') {
				const motion = await browser.newContext({
					reducedMotion,
					viewport: { width: 1280, height: 800 },
				});
				await guardOffsiteRequests(motion);
				const page = await newPage(motion);
				await page.goto(
					`${server.url}/museum/${hallLinkQuery({ exhibit: from.slug })}&museumDebug=1`,
				);
				await waitForHall(page);
				await waitForArrival(page, from.title.text);
				const settings = await page.evaluate(() => window.__boaiMuseum!.state().animations);

				await page.evaluate(() => window.__boaiMuseum!.clearTrail());
				await page.click(`[data-exhibit="${to.slug}"]`);
				await waitForArrival(page, to.title.text);
				const trail = await page.evaluate(() => window.__boaiMuseum!.trail());
				await motion.close();
				return { trail, animations: settings };
			}

			const cut = await cameraPath('reduce');
			const flight = await cameraPath('no-preference');
			const start = flight.trail[0]!;
			const end = flight.trail.at(-1)!;
			const between = (trail: number[][]) =>
				trail.filter(
					(p) =>
						Math.hypot(p[0]! - start[0]!, p[2]! - start[2]!) > 0.01 &&
						Math.hypot(p[0]! - end[0]!, p[2]! - end[2]!) > 0.01,
				);

			expect(between(flight.trail).length).toBeGreaterThan(3);
			expect(between(cut.trail)).toEqual([]);
			expect(cut.trail.at(-1)).toEqual(end);
			expect(cut.animations).toBe(false);
			expect(flight.animations).toBe(true);
		},
		SLOW,
	);

	test(
		'draws a scene that is not blank, on a desktop and on a phone, and keeps the screenshots',
		async () => {
			const phone = await browser.newContext({
				viewport: { width: 390, height: 844 },
				deviceScaleFactor: 2,
				isMobile: true,
				hasTouch: true,
			});
			await guardOffsiteRequests(phone);
			const shots: Array<[BrowserContext, string, string]> = [
				[context, 'desktop-entrance', `/museum/?view=3d&museumDebug=1`],
				[
					context,
					'desktop-exhibit-en',
					`/en/museum/${hallLinkQuery({ exhibit: view.halls[3]!.exhibits[4]!.slug })}`,
				],
				[
					phone,
					'phone-exhibit',
					`/museum/${hallLinkQuery({ exhibit: view.halls[1]!.exhibits[1]!.slug })}`,
				],
			];

			for (const [target, name, path] of shots) {
				const page = await newPage(target);
				await page.goto(server.url + path);
				await waitForHall(page);
				await page.waitForTimeout(500);
				await expectSceneDrawn(page, name);

				// The mute control stays in view wherever the visitor scrolls.
				await page.locator('.hall-panel').scrollIntoViewIfNeeded();
				expect(await page.locator('.hall-sound').isVisible(), name).toBe(true);
				const box = await page.locator('.hall-sound').boundingBox();
				expect(box && box.y >= 0 && box.y < 120, name).toBe(true);
				await page.close();
			}
			await phone.close();

			// A click on an exhibit's name in the scene goes to the exhibit.
			const page = await newPage();
			await page.goto(`${server.url}/museum/?view=3d`);
			await waitForHall(page);
			const ahead = view.halls[0]!.exhibits[2]!;
			await page.locator('.scene-label', { hasText: ahead.title.text }).click();
			await waitForArrival(page, ahead.title.text);
			await page.close();
		},
		SLOW,
	);

	test(
		'the exhibit page loads its model viewer only on request, and turns the model',
		async () => {
			const page = await newPage();
			const scripts: string[] = [];
			page.on('response', (response) => {
				if (response.request().resourceType() === 'script') scripts.push(response.url());
			});
			const exhibit = view.halls[0]!.exhibits.find((entry) => entry.model)!;
			await page.goto(server.url + exhibit.pageUrl, { waitUntil: 'networkidle' });
			const before = scripts.length;

			await page.getByRole('button', { name: zh.viewModel }).click();
			await page.waitForSelector('.model-viewer-stage canvas');
			await page.waitForSelector('.model-viewer-loading', { state: 'detached', timeout: 45_000 });
			expect(scripts.length).toBeGreaterThan(before);
			expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe(
				'application',
			);

			await page.waitForTimeout(300);
			const front = await page.locator('.model-viewer-stage').screenshot();
			expect((await pixelVariety(front)).colours).toBeGreaterThan(30);
			for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
			await page.waitForTimeout(300);
			const turned = await page.locator('.model-viewer-stage').screenshot();
			expect(turned.equals(front)).toBe(false);

			// A drag turns it too.
			const box = (await page.locator('.model-viewer-stage').boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			await page.mouse.down();
			await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2, { steps: 6 });
			await page.mouse.up();
			await page.waitForTimeout(300);
			const dragged = await page.locator('.model-viewer-stage').screenshot();
			expect(dragged.equals(turned)).toBe(false);
			await page.close();
		},
		SLOW,
	);

	test(
		'draws no frame while nothing moves',
		async () => {
			const page = await newPage();
			await page.goto(`${server.url}/museum/?view=3d&museumDebug=1`);
			await waitForHall(page);
			await page.waitForFunction(() => window.__boaiMuseum!.state().announcement !== '');
			await page.waitForTimeout(500);

			const before = await framesDrawn(page);
			await page.waitForTimeout(2000);
			expect(await framesDrawn(page)).toBe(before);
			await page.close();
		},
		SLOW,
	);

	test(
		'draws no frame while the visitor stands still and captions change during narration',
		async () => {
			// Muted narration runs captions alone, so each line changes the page and nothing else.
			const exhibit = view.halls[0]!.exhibits.find(
				(entry) =>
					!entry.model &&
					captionLines(entry.narration.text.text, entry.narration.text.lang).length >= 4,
			)!;
			const page = await newPage();
			await page.addInitScript(() => localStorage.setItem('boai.museum.sound', 'off'));
			await page.goto(
				`${server.url}/museum/${hallLinkQuery({ exhibit: exhibit.slug })}&tourSpeed=6&museumDebug=1`,
			);
			await waitForHall(page);
			await waitForArrival(page, exhibit.title.text);
			await page.evaluate(() => {
				const seen: string[] = [];
				(window as unknown as { captions: string[] }).captions = seen;
				new MutationObserver(() => {
					const text = document.querySelector('.hall-caption')?.textContent;
					if (text && seen.at(-1) !== text) seen.push(text);
				}).observe(document.body, { subtree: true, childList: true, characterData: true });
			});
			await page.waitForTimeout(500);
			const labelsShown = () =>
				page.$$eval('.scene-label', (labels) =>
					labels.filter((label) => label.style.visibility === 'visible').map((l) => l.textContent),
				);
			const shown = await labelsShown();
			expect(shown.length).toBeGreaterThan(0);

			const before = await framesDrawn(page);
			await page.getByRole('button', { name: zh.listen }).click();
			await page.waitForFunction(
				() => (window as unknown as { captions: string[] }).captions.length >= 4,
				null,
				{ timeout: 30_000 },
			);
			expect(await framesDrawn(page)).toBe(before);
			// No label was hidden by a re-render and left waiting for a frame to show it again.
			expect(await labelsShown()).toEqual(shown);
			await page.close();
		},
		SLOW,
	);

	test(
		'has no serious accessibility violation with the 3D view closed or open, in both languages',
		async () => {
			const problems: string[] = [];
			for (const path of ['/museum/', '/en/museum/']) {
				const page = await newPage();
				await page.goto(server.url + path);
				for (const violation of await seriousAccessibilityViolations(page)) {
					problems.push(`${path} closed: ${violation}`);
				}

				await page.click('[data-museum-enter]');
				await waitForHall(page);
				await page.click('.hall-exhibit >> nth=1');
				await page.waitForFunction(() => document.querySelector('[data-panel-title]'));
				for (const violation of await seriousAccessibilityViolations(page)) {
					problems.push(`${path} open: ${violation}`);
				}
				await page.close();
			}
			expect(problems).toEqual([]);
		},
		SLOW,
	);

	test(
		'printed no error and asked nothing of another site',
		() => {
			expect(errors.flat()).toEqual([]);
			expect(offsite).toEqual([]);
		},
		SLOW,
	);
});
