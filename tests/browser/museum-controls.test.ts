import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { HALL_WIDTH } from '../../src/museum/hall-layout.ts';
import type { MuseumView } from '../../src/museum/view-data.ts';
import {
	goToHallEntrance,
	hallState,
	museumView,
	SLOW,
	waitForArrival,
	watchVisits,
} from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';

const t = messages('zh').hall3d;

let server: RunningServer;
let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;
let view: MuseumView;
const visits = watchVisits();

beforeAll(async () => {
	server = await startServer();
	browser = await launchChromium();
	desktop = await visits.newContext(browser);
	phone = await newPhone();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

function newPhone(): Promise<BrowserContext> {
	return visits.newContext(browser, {
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
	});
}

/** Opens the first hall at its entrance, with the debug hook, and waits until it rests. */
async function openHall(context: BrowserContext): Promise<Page> {
	const page = await visits.newPage(context);
	await goToHallEntrance(page, `${server.url}/museum/?view=3d&museumDebug=1`);
	view ??= await museumView(page);
	return page;
}

function look(page: Page) {
	return page.evaluate(() => window.__boaiMuseum!.look());
}

function position(page: Page) {
	return page.evaluate(() => window.__boaiMuseum!.trail().at(-1)!);
}

/** Sends touch pointers to the 3D view, as a phone's fingers would. */
function touch(page: Page, type: string, id: number, x: number, y: number) {
	return page.evaluate(
		([type, id, x, y]) => {
			const stage = document.querySelector('.hall-stage')!;
			stage.dispatchEvent(
				new PointerEvent(type as string, {
					pointerId: id as number,
					pointerType: 'touch',
					isPrimary: id === 1,
					clientX: x as number,
					clientY: y as number,
					bubbles: true,
				}),
			);
		},
		[type, id, x, y],
	);
}

describe('the 3D hall’s controls', () => {
	test(
		'turn the view by dragging with the mouse, zoom with the wheel, and go where a picture is clicked',
		async () => {
			const page = await openHall(desktop);
			const stage = (await page.locator('.hall-stage').boundingBox())!;
			const centre = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };

			// A drag turns the view without moving the visitor or visiting anything.
			const before = await look(page);
			const standing = await position(page);
			await page.mouse.move(centre.x, centre.y);
			await page.mouse.down();
			for (let step = 1; step <= 10; step++) {
				await page.mouse.move(centre.x + step * 20, centre.y + step * 4);
			}
			await page.mouse.up();
			const dragged = await look(page);
			expect(Math.abs(dragged.yaw - before.yaw)).toBeGreaterThan(0.5);
			expect(dragged.pitch).not.toBe(before.pitch);
			expect(await position(page)).toEqual(standing);
			expect((await hallState(page)).exhibitIndex).toBeNull();

			// The wheel zooms: down widens the view, up narrows it.
			await page.mouse.wheel(0, 400);
			await page.waitForFunction((fov) => window.__boaiMuseum!.look().fov > fov, dragged.fov);
			const wide = (await look(page)).fov;
			await page.mouse.wheel(0, -800);
			await page.waitForFunction((fov) => window.__boaiMuseum!.look().fov < fov, wide);

			// Back at the entrance, a click on a picture in the scene (not on its label) goes there.
			await page.evaluate(() => window.__boaiMuseum!.controller.enterHall(0));
			await page.waitForFunction(() => window.__boaiMuseum!.state().exhibitIndex === null);
			await page.waitForTimeout(300);
			const target = view.halls[0]!.exhibits[2]!;
			const label = page.locator('.scene-label', { hasText: target.title.text });
			await label.waitFor({ state: 'visible' });
			const box = (await label.boundingBox())!;
			await page.mouse.click(box.x + box.width / 2, box.y + box.height + 30);
			await waitForArrival(page, target.title.text);
			expect((await hallState(page)).exhibitIndex).toBe(2);
			await page.close();
		},
		SLOW,
	);

	test(
		'walk with WASD inside the walls, and step with the on-screen previous and next buttons',
		async () => {
			const page = await openHall(desktop);
			await page.locator('.hall-stage').focus();

			const start = await position(page);
			await page.keyboard.down('KeyW');
			await page.waitForFunction(
				(z) => (window.__boaiMuseum!.trail().at(-1)?.[2] ?? z) < z - 1,
				start[2]!,
			);
			await page.keyboard.up('KeyW');

			// Strafing left for long enough to cross the hall stops at the wall.
			await page.keyboard.down('KeyA');
			await page.waitForTimeout(4500);
			await page.keyboard.up('KeyA');
			const atWall = await position(page);
			expect(atWall[0]!).toBeLessThan(start[0]! - 2);
			expect(atWall[0]!).toBeGreaterThan(-HALL_WIDTH / 2);

			const hall = view.halls[0]!;
			await page.getByRole('button', { name: t.next }).click();
			await waitForArrival(page, hall.exhibits[0]!.title.text);
			await page.getByRole('button', { name: t.next }).click();
			await waitForArrival(page, hall.exhibits[1]!.title.text);
			await page.getByRole('button', { name: t.previous }).click();
			await waitForArrival(page, hall.exhibits[0]!.title.text);
			await page.close();
		},
		SLOW,
	);

	test(
		'zoom with a pinch and look around with a one-finger drag on a phone',
		async () => {
			const page = await openHall(phone);
			const stage = (await page.locator('.hall-stage').boundingBox())!;
			const x = stage.x + stage.width / 2;
			const y = stage.y + stage.height / 2;

			const before = await look(page);
			await touch(page, 'pointerdown', 1, x, y);
			for (let step = 1; step <= 5; step++) await touch(page, 'pointermove', 1, x - step * 15, y);
			await touch(page, 'pointerup', 1, x - 75, y);
			const turned = await look(page);
			expect(turned.yaw).not.toBe(before.yaw);

			// Two fingers moving apart zoom in: a narrower field of view.
			await touch(page, 'pointerdown', 1, x - 20, y);
			await touch(page, 'pointerdown', 2, x + 20, y);
			for (let step = 1; step <= 5; step++) {
				await touch(page, 'pointermove', 1, x - 20 - step * 15, y);
				await touch(page, 'pointermove', 2, x + 20 + step * 15, y);
			}
			await touch(page, 'pointerup', 1, x - 95, y);
			await touch(page, 'pointerup', 2, x + 95, y);
			const pinched = await look(page);
			expect(pinched.fov).toBeLessThan(turned.fov - 5);
			expect(pinched.yaw).toBe(turned.yaw);
			await page.close();
		},
		SLOW,
	);

	test(
		'look around by moving the phone only after the visitor allows it from a tap',
		async () => {
			for (const answer of ['granted', 'denied'] as const) {
				const context = await newPhone();
				// iOS asks for permission; the stand-in answers and remembers it was asked.
				await context.addInitScript((reply) => {
					const asked: boolean[] = [];
					Object.assign(window, { asked });
					Object.assign(window.DeviceOrientationEvent, {
						requestPermission: () => {
							asked.push(navigator.userActivation.isActive);
							return Promise.resolve(reply);
						},
					});
				}, answer);
				const page = await openHall(context);

				await page.locator('.hall-menu summary').click();
				await page.getByRole('button', { name: t.lookAround }).click();
				expect(
					await page.evaluate(() => (window as unknown as { asked: boolean[] }).asked),
				).toEqual([true]);

				const tilt = (alpha: number) =>
					page.evaluate((a) => {
						window.dispatchEvent(
							new DeviceOrientationEvent('deviceorientation', { alpha: a, beta: 90, gamma: 0 }),
						);
					}, alpha);
				await tilt(0);
				await tilt(30);

				if (answer === 'granted') {
					await page.getByRole('button', { name: t.lookAroundStop }).waitFor();
					const turned = await look(page);
					expect(turned.deviceYaw).toBeCloseTo(Math.PI / 6, 2);
					await page.getByRole('button', { name: t.lookAroundStop }).click();
					expect((await look(page)).deviceYaw).toBe(0);
				} else {
					await page.getByText(t.lookAroundDenied).waitFor();
					expect((await look(page)).deviceYaw).toBe(0);
				}
				await context.close();
			}
		},
		SLOW,
	);

	visits.testClean();
});
