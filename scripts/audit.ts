/**
 * `npm run audit`: Lighthouse, with its mobile settings (a mid-range phone on a slow 4G
 * network, simulated), against the production server on the home page, a story, the museum,
 * the map and the check-in route. Prints the four scores and the Core Web Vitals of each page,
 * and keeps each full report in `test-results/lighthouse/`.
 *
 *   npm run build && npm run audit                  # the build in dist/
 *   BOAI_DIST=dist-x npm run audit -- --strict      # another build; exit 1 below the goals
 *
 * Chromium comes from CHROME_PATH (default /usr/bin/chromium).
 *
 * The CPU is slowed four times, as Lighthouse's mobile settings do; AUDIT_CPU_SLOWDOWN sets
 * another factor (1 for none). The factor used is printed with the table, with the machine's
 * benchmark index: on a slow or busy machine 4× overshoots the phone it means to imitate, so
 * low scores there are worth reading together with that index. When the map's tile host
 * cannot be reached from this machine, the map pages are audited without a base map
 * (MAP_TILES=none), as tiles that fail to load would count as console errors of the site.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { lookup } from 'node:dns/promises';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const ROOT = join(import.meta.dirname, '..');
const DIST = resolve(ROOT, process.env.BOAI_DIST ?? 'dist');
const REPORTS = join(ROOT, 'test-results', 'lighthouse');
const strict = process.argv.includes('--strict');

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const goals: Record<(typeof categories)[number], number> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
};

// Lab values: Lighthouse has no interaction to measure, so Total Blocking Time stands in for
// Interaction to Next Paint.
const vitals = [
	['LCP', 'largest-contentful-paint', 's'],
	['CLS', 'cumulative-layout-shift', ''],
	['TBT', 'total-blocking-time', 'ms'],
	['FCP', 'first-contentful-paint', 's'],
] as const;

interface Row {
	page: string;
	scores: number[];
	vitals: string[];
	/** The machine's benchmark index Lighthouse measured during the run. */
	benchmark: number | undefined;
}

// Lighthouse's mobile CPU throttling.
const defaultSlowdown = 4;

async function main() {
	process.env.CHROME_PATH ??= '/usr/bin/chromium';
	const notes: string[] = [];
	const tiles = await tileSetting(notes);
	const server = await startSite(tiles);
	const chrome = await chromeLauncher.launch({
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
	});

	try {
		const pages = ['/', await firstStory(server.url), '/museum/', '/map/', '/route/'];
		await mkdir(REPORTS, { recursive: true });

		const slowdown = cpuSlowdown(notes);
		process.stderr.write(`CPU slowdown ${slowdown.factor}× (${slowdown.why})\n`);
		const rows: Row[] = [];
		for (const page of pages) {
			process.stderr.write(`auditing ${page} …\n`);
			rows.push(await audit(server.url, page, chrome.port, slowdown.factor));
		}
		print(rows);
		notes.push(benchmarkNote(rows, slowdown));
		for (const note of notes) console.log(note);

		const missed = rows.some((row) => row.scores.some((score, i) => score < goals[categories[i]!]));
		if (missed && strict) process.exitCode = 1;
	} finally {
		chrome.kill();
		server.stop();
	}
}

async function audit(origin: string, page: string, port: number, slowdown: number): Promise<Row> {
	const result = await lighthouse(
		origin + page,
		{ port, output: 'json', logLevel: 'error', onlyCategories: [...categories] },
		{
			extends: 'lighthouse:default',
			settings: { throttling: { ...mobileThrottling, cpuSlowdownMultiplier: slowdown } },
		},
	);
	if (!result) throw new Error(`Lighthouse gave no result for ${page}.`);

	const { lhr } = result;
	const name = page === '/' ? 'home' : page.replace(/^\/|\/$/g, '').replace(/\//g, '_');
	await writeFile(join(REPORTS, `${name}.json`), JSON.stringify(lhr, null, '\t'));

	const scores = categories.map((category) =>
		Math.round((lhr.categories[category]?.score ?? 0) * 100),
	);
	const values = vitals.map(([, id, unit]) => {
		const value = lhr.audits[id]?.numericValue;
		if (value === undefined) return '–';
		if (unit === 's') return `${(value / 1000).toFixed(1)} s`;
		if (unit === 'ms') return `${Math.round(value)} ms`;
		return value.toFixed(3);
	});

	for (const message of lhr.runWarnings) process.stderr.write(`  ${page}: ${message}\n`);
	return { page, scores, vitals: values, benchmark: lhr.environment.benchmarkIndex };
}

function print(rows: Row[]) {
	const header = ['page', 'perf', 'a11y', 'best', 'seo', ...vitals.map(([label]) => label)];
	const lines = rows.map((row) => [
		row.page.length > 40 ? `${row.page.slice(0, 39)}…` : row.page,
		...row.scores.map((score, i) => `${score}${score < goals[categories[i]!] ? '!' : ''}`),
		...row.vitals,
	]);
	const widths = header.map((_, i) =>
		Math.max(...[header, ...lines].map((line) => line[i]!.length)),
	);
	const format = (line: string[]) => line.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');

	console.log(format(header));
	console.log(widths.map((width) => '-'.repeat(width)).join('  '));
	for (const line of lines) console.log(format(line));
	console.log(
		`\ngoals: performance ≥ ${goals.performance}, accessibility ${goals.accessibility}, best practices ${goals['best-practices']}, SEO ${goals.seo} (! marks a miss); reports in ${REPORTS}`,
	);
}

// Lighthouse's default mobile network: slow 4G, simulated.
const mobileThrottling = {
	rttMs: 150,
	throughputKbps: 1.6 * 1024,
	requestLatencyMs: 150 * 3.75,
	downloadThroughputKbps: 1.6 * 1024 * 0.9,
	uploadThroughputKbps: 750 * 0.9,
};

interface Slowdown {
	factor: number;
	/** Where the factor comes from, for the printout. */
	why: string;
}

/** The CPU slowdown: Lighthouse's mobile 4×, or AUDIT_CPU_SLOWDOWN. */
function cpuSlowdown(notes: string[]): Slowdown {
	const standard = { factor: defaultSlowdown, why: "Lighthouse's mobile setting" };
	const asked = process.env.AUDIT_CPU_SLOWDOWN?.trim() ?? '';
	if (asked === '') return standard;

	const factor = Number(asked);
	if (Number.isFinite(factor) && factor >= 1) return { factor, why: 'AUDIT_CPU_SLOWDOWN' };

	notes.push(
		`AUDIT_CPU_SLOWDOWN is "${asked}", which is not a factor of 1 or more: ${defaultSlowdown}× was used.`,
	);
	return standard;
}

// The benchmark index says how fast this machine was while auditing: Lighthouse's 4× is
// calibrated for a fast desktop; on a much slower machine the simulated phone is slower
// than the one it stands for.
function benchmarkNote(rows: Row[], slowdown: Slowdown): string {
	const used = `CPU slowdown ${slowdown.factor}× (${slowdown.why})`;
	const indexes = rows.flatMap((row) => (row.benchmark === undefined ? [] : [row.benchmark]));
	if (indexes.length === 0) return `${used}.`;

	const low = Math.round(Math.min(...indexes));
	const high = Math.round(Math.max(...indexes));
	const range = low === high ? String(low) : `${low}–${high}`;
	return `${used}; this machine's benchmark index during the audits: ${range}.`;
}

/** MAP_TILES for the audited server: as configured, or `none` when the tile host is unreachable. */
async function tileSetting(notes: string[]): Promise<string | undefined> {
	if (process.env.MAP_TILES) return process.env.MAP_TILES;

	const host = process.env.TIANDITU_KEY ? 't0.tianditu.gov.cn' : 'tile.openstreetmap.org';
	try {
		await lookup(host);
		return undefined;
	} catch {
		notes.push(
			`${host} cannot be reached from this machine: the map pages were audited without a base map (MAP_TILES=none).`,
		);
		return 'none';
	}
}

async function firstStory(origin: string): Promise<string> {
	const html = await (await fetch(`${origin}/stories/`)).text();
	const story = /href="(\/stories\/[^"/]+\/)"/.exec(html)?.[1];
	if (!story) throw new Error('The stories page links to no story: is the dataset empty?');
	return story;
}

/** Starts the built server on a free port and waits for it to answer. */
async function startSite(tiles: string | undefined): Promise<{ url: string; stop: () => void }> {
	const entry = join(DIST, 'server', 'entry.mjs');
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, [entry], {
		cwd: ROOT,
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			LOG_LEVEL: 'warn',
			...(tiles ? { MAP_TILES: tiles } : {}),
		},
		stdio: ['ignore', 'ignore', 'inherit'],
	});
	const url = `http://127.0.0.1:${port}`;

	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`${entry} exited with code ${child.exitCode}: run \`npm run build\` first.`);
		}
		try {
			await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
			// Warm the server so the first audited page is not also the first request.
			await fetch(`${url}/`);
			return { url, stop: () => child.kill('SIGTERM') };
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	}
	child.kill();
	throw new Error(`The site server did not answer at ${url} within 30 s.`);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

await main();
