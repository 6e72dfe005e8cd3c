/**
 * `npm run bench:museum`: the 3D museum's budget figures, measured in headless Chromium
 * against the production build and printed beside their budgets.
 *
 * 1. JavaScript loaded by `/museum/` before entering the hall, and by entering it (gzip).
 * 2. Time from the "enter the 3D hall" tap to the hall's first frame (median of 3 cold runs).
 * 3. The heaviest view: every hall's entrance and every exhibit, on a desktop and a phone,
 *    for draw calls, triangles and texture memory (`renderer.info` and the textures' sizes).
 * 4. Frames drawn during 3 s of idleness (render on demand: must be 0), with reduced motion
 *    asked for and without it, at a hall's entrance and at an exhibit the camera flew to.
 * 5. GPU textures held after touring every hall and coming back (disposal).
 *
 * Needs a build (`npm run build`, or BOAI_DIST=dist-x for another folder) and Chromium
 * (CHROMIUM_PATH). Exits with 1 when a figure is over its budget. Timings on a busy machine
 * are pessimistic.
 */
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';

import { launchChromium } from '../tests/browser/support/chromium.ts';
import { startServer } from '../tests/browser/support/server.ts';
import { guardOffsiteRequests } from '../tests/browser/support/visit.ts';
import type {} from '../site/islands/museum/debug.ts';

const BUDGET = {
	pageKb: 30,
	hallKb: 400,
	firstFrameMs: 2500,
	drawCalls: 80,
	triangles: 150_000,
	textureMb: 128,
	idleFrames: 0,
};
const WAIT = 60_000;

interface ViewFigures {
	where: string;
	calls: number;
	triangles: number;
	textureBytes: number;
}

const lines: string[] = [];
let overBudget = false;

function print(line = '') {
	lines.push(line);
	process.stdout.write(`${line}\n`);
}

function figure(label: string, value: number, unit: string, budget: number, where = '') {
	const ok = value <= budget;
	if (!ok) overBudget = true;
	const shown = Number.isInteger(value) ? String(value) : value.toFixed(1);
	const limit = `budget ≤ ${budget}${unit ? ` ${unit}` : ''}`;
	const at = where ? `  at ${where}` : '';
	print(
		`  ${ok ? 'ok  ' : 'OVER'}  ${label.padEnd(40)} ${shown.padStart(9)} ${unit.padEnd(2)}  (${limit})${at}`,
	);
}

/** Records the gzip size of every script the page loads, by phase. */
function recordScripts(page: Page): { sizes: Map<string, number>; phase: { name: string } } {
	const sizes = new Map<string, number>();
	const phase = { name: 'page' };
	page.on('response', async (response) => {
		if (response.request().resourceType() !== 'script') return;
		try {
			const body = await response.body();
			sizes.set(
				`${phase.name} ${new URL(response.url()).pathname}`,
				gzipSync(body, { level: 9 }).length,
			);
		} catch {
			// A response without a body (a redirect) has nothing to count.
		}
	});
	return { sizes, phase };
}

function kilobytes(sizes: Map<string, number>, phase: string): number {
	let total = 0;
	for (const [key, size] of sizes) if (key.startsWith(`${phase} `)) total += size;
	return total / 1024;
}

async function waitForHall(page: Page) {
	await page.waitForSelector('[data-museum-shell]', { state: 'hidden', timeout: WAIT });
	await page.waitForFunction(() => !document.querySelector('.hall-loading'), null, {
		timeout: WAIT,
	});
}

/** One cold visit: page scripts, the tap, the first frame, and the scripts the tap loaded. */
async function enterOnce(context: BrowserContext, url: string) {
	const page = await context.newPage();
	const scripts = recordScripts(page);
	await page.goto(`${url}/museum/`, { waitUntil: 'networkidle' });

	scripts.phase.name = 'hall';
	await page.click('[data-museum-enter]');
	await page.waitForFunction(
		() => performance.getEntriesByName('boai-museum:first-frame').length > 0,
		null,
		{ timeout: WAIT },
	);
	const firstFrameMs = await page.evaluate(() => {
		const tap = performance.getEntriesByName('boai-museum:tap')[0]!.startTime;
		return performance.getEntriesByName('boai-museum:first-frame')[0]!.startTime - tap;
	});
	await waitForHall(page);
	const completeMs = await page.evaluate(() => {
		return performance.now() - performance.getEntriesByName('boai-museum:tap')[0]!.startTime;
	});
	await page.waitForLoadState('networkidle');
	await page.close();

	return {
		pageKb: kilobytes(scripts.sizes, 'page'),
		hallKb: kilobytes(scripts.sizes, 'hall'),
		firstFrameMs,
		completeMs,
		scripts: scripts.sizes,
	};
}

/** Draw calls, triangles and texture memory at every entrance and exhibit. */
async function measureViews(page: Page): Promise<ViewFigures[]> {
	const halls = await page.evaluate(() =>
		(
			JSON.parse(document.getElementById('museum-view')!.textContent!) as {
				halls: Array<{ slug: string; exhibits: Array<{ slug: string }> }>;
			}
		).halls.map((hall) => ({ slug: hall.slug, exhibits: hall.exhibits.map((e) => e.slug) })),
	);
	const views: ViewFigures[] = [];

	const sample = async (where: string, hall: string) => {
		await waitForHall(page);
		await page.waitForFunction((slug) => window.__boaiMuseum!.state().loadedHall === slug, hall, {
			timeout: WAIT,
		});
		// Two fresh frames, so that the renderer's counters describe this view.
		for (let i = 0; i < 2; i++) {
			const frames = await page.evaluate(() => window.__boaiMuseum!.frames());
			await page.evaluate(() => window.__boaiMuseum!.invalidate());
			await page.waitForFunction((n) => window.__boaiMuseum!.frames() > n, frames);
		}
		const info = await page.evaluate(() => ({
			...window.__boaiMuseum!.renderer(),
			textureBytes: window.__boaiMuseum!.textureBytes(),
		}));
		views.push({
			where,
			calls: info.calls,
			triangles: info.triangles,
			textureBytes: info.textureBytes,
		});
	};

	for (const [hallIndex, hall] of halls.entries()) {
		await page.evaluate((h) => window.__boaiMuseum!.controller.enterHall(h), hallIndex);
		await page.waitForFunction((h) => window.__boaiMuseum!.state().hallIndex === h, hallIndex);
		await sample(`${hall.slug} (entrance)`, hall.slug);

		for (const [exhibitIndex, slug] of hall.exhibits.entries()) {
			await page.evaluate(
				([h, e]) => window.__boaiMuseum!.controller.visit(h!, e!),
				[hallIndex, exhibitIndex],
			);
			await page.waitForFunction(
				([h, e]) => {
					const state = window.__boaiMuseum!.state();
					return state.hallIndex === h && state.exhibitIndex === e && state.arrived;
				},
				[hallIndex, exhibitIndex],
				{ timeout: WAIT },
			);
			await sample(slug, hall.slug);
		}
	}
	return views;
}

/** Frames drawn during 3 s once the hall has rested for a second. */
async function idleFrames(page: Page): Promise<number> {
	await page.waitForTimeout(1000);
	const before = await page.evaluate(() => window.__boaiMuseum!.frames());
	await page.waitForTimeout(3000);
	const after = await page.evaluate(() => window.__boaiMuseum!.frames());
	return after - before;
}

// Flies to an exhibit of the first hall — one whose model moves, if there is one — and waits
// for the camera to arrive and the animation the arrival started to end; returns its slug.
async function flyToAnExhibit(page: Page): Promise<string> {
	const slug = await page.evaluate(() => {
		const hook = window.__boaiMuseum!;
		const exhibits = hook.controller.layouts[0]!.exhibits;
		const moving = exhibits.findIndex((exhibit) => hook.state().animated[exhibit.slug]);
		const index = moving >= 0 ? moving : exhibits.length - 1;
		hook.controller.visit(0, index);
		return exhibits[index]!.slug;
	});
	await page.waitForFunction(() => window.__boaiMuseum!.state().arrived, null, { timeout: WAIT });
	// Rests once two seconds in a row draw nothing; after 30 s the idle figure says it did not.
	for (let round = 0, settled = 0; settled < 2 && round < 30; round++) {
		const before = await page.evaluate(() => window.__boaiMuseum!.frames());
		await page.waitForTimeout(1000);
		const after = await page.evaluate(() => window.__boaiMuseum!.frames());
		settled = after === before ? settled + 1 : 0;
	}
	return slug;
}

function heaviest(views: ViewFigures[], key: keyof Omit<ViewFigures, 'where'>): ViewFigures {
	return views.reduce((max, view) => (view[key] > max[key] ? view : max));
}

async function main() {
	const server = await startServer({ LOG_LEVEL: 'warn' });
	const browser = await launchChromium();

	try {
		print('Red Medicine Museum — 3D budgets (headless Chromium, SwiftShader WebGL)');
		print(`server ${server.url}, ${new Date().toISOString()}`);
		print();

		// 1 and 2: cold visits, each in a fresh context (empty cache).
		const runs = [];
		for (let i = 0; i < 3; i++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
			await guardOffsiteRequests(context);
			runs.push(await enterOnce(context, server.url));
			await context.close();
		}
		const first = runs[0]!;
		const median = (values: number[]) =>
			values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

		print('JavaScript (gzip -9 of each script the browser loaded)');
		figure('/museum/ before entering', first.pageKb, 'KB', BUDGET.pageKb);
		figure('loaded by entering the 3D hall', first.hallKb, 'KB', BUDGET.hallKb);
		for (const [key, size] of [...first.scripts].sort()) {
			print(`          ${key.padEnd(70)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
		}
		print();
		print('From the tap to the hall (3 cold runs)');
		figure(
			'tap → first frame, median',
			median(runs.map((run) => run.firstFrameMs)),
			'ms',
			BUDGET.firstFrameMs,
		);
		print(
			`          runs: ${runs.map((run) => Math.round(run.firstFrameMs)).join(', ')} ms; all pictures and models loaded after ${runs.map((run) => Math.round(run.completeMs)).join(', ')} ms`,
		);
		print();

		// 3 and 5: every view, desktop and phone; reduced motion cuts between exhibits.
		for (const device of ['desktop', 'phone'] as const) {
			const context = await browser.newContext(
				device === 'phone'
					? {
							viewport: { width: 390, height: 844 },
							deviceScaleFactor: 3,
							isMobile: true,
							hasTouch: true,
							reducedMotion: 'reduce',
						}
					: { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' },
			);
			await guardOffsiteRequests(context);
			const page = await context.newPage();
			await page.goto(`${server.url}/museum/?view=3d&museumDebug=1`);
			await waitForHall(page);
			const firstVisit = await page.evaluate(() => window.__boaiMuseum!.renderer().textures);

			const views = await measureViews(page);
			const calls = heaviest(views, 'calls');
			const triangles = heaviest(views, 'triangles');
			const memory = heaviest(views, 'textureBytes');
			print(`Heaviest view, ${device} (${views.length} views: every entrance and exhibit)`);
			figure('draw calls', calls.calls, '', BUDGET.drawCalls, calls.where);
			figure('triangles', triangles.triangles, '', BUDGET.triangles, triangles.where);
			figure(
				'texture memory',
				memory.textureBytes / 1024 / 1024,
				'MB',
				BUDGET.textureMb,
				memory.where,
			);

			await page.evaluate(() => window.__boaiMuseum!.controller.enterHall(0));
			await waitForHall(page);
			await page.waitForFunction(() => {
				const hook = window.__boaiMuseum!;
				return hook.state().hallIndex === 0 && hook.state().loadedHall !== null;
			});
			const back = await page.evaluate(() => window.__boaiMuseum!.renderer().textures);
			print(
				`          GPU textures in the first hall: ${firstVisit} at first, ${back} after touring every hall and coming back`,
			);
			if (back > firstVisit) {
				overBudget = true;
				print('  OVER  textures of halls left behind were not disposed');
			}

			if (device === 'desktop') {
				// 4: idle frames at the first hall's entrance, once everything has settled.
				figure(
					'idle frames in 3 s (reduced motion)',
					await idleFrames(page),
					'',
					BUDGET.idleFrames,
				);
			}
			print();
			await context.close();
		}

		// 4 again, with motion: camera flights and animations run, and must still come to rest.
		const moving = await browser.newContext({
			viewport: { width: 1280, height: 800 },
			reducedMotion: 'no-preference',
		});
		await guardOffsiteRequests(moving);
		const page = await moving.newPage();
		await page.goto(`${server.url}/museum/?view=3d&museumDebug=1`);
		await waitForHall(page);
		await page.waitForFunction(() => window.__boaiMuseum!.state().loadedHall !== null, null, {
			timeout: WAIT,
		});
		print('Idle, reduced motion off (desktop)');
		figure('idle frames in 3 s at the entrance', await idleFrames(page), '', BUDGET.idleFrames);
		const flown = await flyToAnExhibit(page);
		figure(
			'idle frames in 3 s after a flight',
			await idleFrames(page),
			'',
			BUDGET.idleFrames,
			flown,
		);
		print();
		await moving.close();

		print(overBudget ? 'Some figures are over budget.' : 'Every figure is within its budget.');
	} finally {
		await browser.close();
		await server.stop();
	}

	process.exitCode = overBudget ? 1 : 0;
}

await main();
