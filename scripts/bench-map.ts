/**
 * `npm run bench:map`: the outreach map's budgets, measured on the production build
 * (`dist/`, or the folder in BOAI_DIST) in headless Chromium.
 *
 * - JavaScript that /map/ loads, gzip-compressed: at most 70 KB, on the default tiles and on
 *   Gaode's (which also load gcoord to convert the markers to GCJ-02).
 * - With 10,000 generated sites (a dataset written to a temporary folder and served through
 *   CONTENT_DIR), no main-thread task over 200 ms while the page loads or while the map is
 *   panned and zoomed (PerformanceObserver "longtask"). The time the server takes to render
 *   /map/ for them is printed too; a page that does not come within 3 minutes fails.
 *
 * Prints the figures and exits with 1 when a budget is exceeded. `--throttle N` slows the
 * CPU N times (Chrome DevTools' CPU throttling) to stand in for a mid-range phone. Run it on
 * an otherwise idle machine: another busy process shows up as long tasks.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

import { districts, outreachSiteKinds } from '../src/content/models.ts';
import { zhuzhouBounds } from '../src/geo/zhuzhou.ts';
import { launchChromium } from '../tests/browser/support/chromium.ts';
import { startServer, type RunningServer } from '../tests/browser/support/server.ts';

const JS_BUDGET_KB = 70;
const TASK_BUDGET_MS = 200;
const GENERATED_SITES = 10_000;
const PAGE_TIMEOUT_MS = 180_000;
const ROOT = join(import.meta.dirname, '..');

const throttleFlag = process.argv.indexOf('--throttle');
const throttle = throttleFlag > 0 ? Number(process.argv[throttleFlag + 1]) : 1;

// A small deterministic generator, so that every run draws the same sites.
function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state * 1_664_525 + 1_013_904_223) >>> 0;
		return state / 2 ** 32;
	};
}

/** A copy of the bundled dataset whose outreach sites are replaced by `count` generated ones. */
async function generateDataset(count: number): Promise<string> {
	const folder = await mkdtemp(join(tmpdir(), 'boai-bench-map-'));
	await cp(join(ROOT, 'content'), folder, { recursive: true });

	const kept = (await readFile(join(folder, 'data.ndjson'), 'utf8'))
		.split('\n')
		.filter((line) => line.trim() !== '' && JSON.parse(line)._type !== 'outreachSite');

	const random = seededRandom(2029);
	const { south, north, west, east } = zhuzhouBounds;
	const generated = Array.from({ length: count }, (_, index) => {
		const number = String(index + 1).padStart(5, '0');
		const district = districts[index % districts.length]!;
		return JSON.stringify({
			_id: `site-bench-${number}`,
			_type: 'outreachSite',
			name: { _type: 'localeString', zh: `测试阵地${number}`, en: `Bench site ${number}` },
			slug: { _type: 'slug', current: `ce-shi-zhen-di-${number}` },
			kind: outreachSiteKinds[index % outreachSiteKinds.length],
			district,
			address: { _type: 'localeString', zh: `株洲市测试路${number}号` },
			location: {
				_type: 'geopoint',
				lat: south + 0.2 + random() * (north - south - 0.4),
				lng: west + 0.2 + random() * (east - west - 0.4),
			},
			activities: [{ _type: 'localeString', _key: 'a1', zh: '应急救护培训' }],
			sample: true,
		});
	});

	await writeFile(join(folder, 'data.ndjson'), [...kept, ...generated].join('\n') + '\n');
	return folder;
}

async function openMap(browser: Browser, url: string): Promise<{ page: Page; readyMs: number }> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	await page.route('**/*', (route) =>
		new URL(route.request().url()).hostname === '127.0.0.1'
			? route.continue()
			: route.abort('blockedbyclient'),
	);
	await page.addInitScript(() => {
		const tasks: Array<{ start: number; duration: number }> = [];
		(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				tasks.push({ start: entry.startTime, duration: entry.duration });
		}).observe({ type: 'longtask', buffered: true });
	});
	if (throttle > 1) {
		const session = await page.context().newCDPSession(page);
		await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
	}

	const started = Date.now();
	await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
	await page.waitForSelector('[data-map-page][data-map-state="ready"]', {
		timeout: PAGE_TIMEOUT_MS,
	});
	return { page, readyMs: Date.now() - started };
}

async function longTasks(page: Page): Promise<Array<{ start: number; duration: number }>> {
	return page.evaluate(
		() =>
			(window as unknown as { __longTasks: Array<{ start: number; duration: number }> })
				.__longTasks,
	);
}

/** Drags the map around and zooms in and out, as a visitor exploring it would. */
async function panAndZoom(page: Page): Promise<void> {
	const box = await page.locator('[data-map]').boundingBox();
	if (!box) throw new Error('The map has no size: is the page laid out for a desktop?');

	const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	const moves = [
		[250, 0],
		[0, 200],
		[-300, -100],
		[120, -150],
	];
	for (const [dx, dy] of moves) {
		await page.mouse.move(centre.x, centre.y);
		await page.mouse.down();
		await page.mouse.move(centre.x + dx!, centre.y + dy!, { steps: 12 });
		await page.mouse.up();
		await page.waitForTimeout(400);
	}
	for (const delta of [-300, -300, 300, 300, -600]) {
		await page.mouse.move(centre.x, centre.y);
		await page.mouse.wheel(0, delta);
		await page.waitForTimeout(700);
	}
}

async function measureJavaScript(browser: Browser, server: RunningServer) {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
	const scripts = new Set<string>();
	const styles = new Set<string>();
	page.on('response', (response) => {
		const type = response.request().resourceType();
		if (type === 'script') scripts.add(response.url());
		if (type === 'stylesheet') styles.add(response.url());
	});
	await page.route('**/*', (route) =>
		new URL(route.request().url()).hostname === '127.0.0.1'
			? route.continue()
			: route.abort('blockedbyclient'),
	);
	await page.goto(`${server.url}/map/`);
	await page.waitForSelector('[data-map-page][data-map-state="ready"]', { timeout: 60_000 });
	await page.close();

	const gzipped = async (urls: Set<string>) => {
		const sizes = await Promise.all(
			[...urls].map(async (url) => {
				const body = Buffer.from(await (await fetch(url)).arrayBuffer());
				return {
					url: new URL(url).pathname,
					raw: body.length,
					gzip: gzipSync(body, { level: 9 }).length,
				};
			}),
		);
		return sizes.sort((a, b) => b.gzip - a.gzip);
	};
	return { scripts: await gzipped(scripts), styles: await gzipped(styles) };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');

let server: RunningServer | undefined;
let browser: Browser | undefined;
let dataset: string | undefined;
let failed = false;

async function cleanUp() {
	await browser?.close();
	await server?.stop();
	if (dataset) await rm(dataset, { recursive: true, force: true });
}

// Stopped from outside (Ctrl-C, a timeout): stop the server and remove the dataset too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		console.error(`\nbench:map stopped by ${signal}; cleaning up.`);
		void cleanUp().finally(() => process.exit(130));
	});
}

/** Prints the JavaScript /map/ loads on the tiles `env` chooses; returns whether it fits. */
async function reportJavaScript(label: string, env: Record<string, string>): Promise<boolean> {
	server = await startServer({ LOG_LEVEL: 'warn', ...env });
	const { scripts, styles } = await measureJavaScript(browser!, server);
	await server.stop();
	server = undefined;

	const jsTotal = scripts.reduce((sum, file) => sum + file.gzip, 0);
	console.log(`JavaScript loaded by /map/ on ${label} (gzip -9):`);
	for (const file of scripts)
		console.log(`  ${kb(file.gzip).padStart(6)} KB  (${kb(file.raw)} KB raw)  ${file.url}`);
	console.log(
		`  total ${kb(jsTotal)} KB of ${JS_BUDGET_KB} KB: ${verdict(jsTotal <= JS_BUDGET_KB * 1024)}`,
	);
	console.log(`  CSS: ${kb(styles.reduce((sum, file) => sum + file.gzip, 0))} KB gzip`);
	return jsTotal <= JS_BUDGET_KB * 1024;
}

/** Fetches the HTML of `url`, or says the server took too long to render it. */
async function timedHtml(url: string): Promise<{ html: string; ms: number } | null> {
	const started = Date.now();
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(PAGE_TIMEOUT_MS) });
		return { html: await response.text(), ms: Date.now() - started };
	} catch (error) {
		if ((error as Error).name !== 'TimeoutError') throw error;
		return null;
	}
}

try {
	browser = await launchChromium();
	failed ||= !(await reportJavaScript('Tianditu or OpenStreetMap tiles', { MAP_TILES: 'osm' }));
	failed ||= !(await reportJavaScript('Gaode tiles', { MAP_TILES: 'gaode' }));

	dataset = await generateDataset(GENERATED_SITES);
	server = await startServer({ CONTENT_DIR: dataset, LOG_LEVEL: 'warn' });
	console.log(
		`\n${GENERATED_SITES} generated sites${throttle > 1 ? `, CPU slowed ${throttle}×` : ''}:`,
	);
	const first = await timedHtml(`${server.url}/map/`);
	if (!first) {
		console.log(
			`  the server did not answer /map/ within ${PAGE_TIMEOUT_MS / 1000} s: OVER BUDGET (nothing else measured)`,
		);
		failed = true;
	} else {
		const again = await timedHtml(`${server.url}/map/`);
		const { html } = first;
		console.log(
			`  /map/ HTML: ${kb(Buffer.byteLength(html))} KB raw, ${kb(gzipSync(html).length)} KB gzip; rendered in ${(first.ms / 1000).toFixed(1)} s, then ${again ? `${(again.ms / 1000).toFixed(1)} s` : 'not within the limit'}`,
		);

		const { page, readyMs } = await openMap(browser, `${server.url}/map/`);
		const loading = await longTasks(page);
		await panAndZoom(page);
		const panning = (await longTasks(page)).slice(loading.length);
		await page.close();

		const longest = (tasks: Array<{ duration: number }>) =>
			tasks.reduce((max, task) => Math.max(max, task.duration), 0);
		for (const [phase, tasks] of [
			['loading', loading],
			['panning and zooming', panning],
		] as const) {
			const worst = longest(tasks);
			console.log(
				`  ${phase}: ${tasks.length} long tasks, longest ${worst.toFixed(0)} ms of ${TASK_BUDGET_MS} ms: ${verdict(worst <= TASK_BUDGET_MS)}`,
			);
			failed ||= worst > TASK_BUDGET_MS;
		}
		console.log(`  markers ready ${(readyMs / 1000).toFixed(1)} s after navigation started`);
	}
} finally {
	await cleanUp();
}

process.exitCode = failed ? 1 : 0;
