/**
 * `npm run bench:checkin`: figures for the check-in API, printed, never asserted.
 *
 * 1. Throughput and latency of `POST /api/checkins` on the production server (100 concurrent
 *    clients for 20 s, every request a new visitor's valid QR check-in, with ids made as the
 *    route's pages make them), beside a bare `node:http` server answering a constant, and
 *    their ratio. On Linux also the CPU time each request cost the server (all its threads),
 *    the load generator and a PostgreSQL on this machine, which share its CPUs: their sum
 *    bounds the throughput this machine can show.
 * 2. What storing a check-in costs SQLite alone, in this process: the floor under the first.
 * 3. A crash test: the server is killed with SIGKILL in the middle of a burst of check-ins and
 *    restarted; every check-in that was answered 2xx must be stored.
 *
 * 1 and 3 run on SQLite, and on PostgreSQL too when DATABASE_URL or TEST_DATABASE_URL is set (a
 * fresh database is created beside it and dropped afterwards). Needs a build:
 * `npm run build` first, or BOAI_DIST=dist-x for a build in another folder.
 * BENCH_SECONDS shortens the load runs; BENCH_CONNECTIONS changes the client count.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

import { newId } from '../site/scripts/route/visitor.ts';
import { newCertificateId } from '../src/checkin/certificate-id.ts';
import { parseCheckinKeys } from '../src/checkin/keys.ts';
import { chinaDay } from '../src/checkin/opening-hours.ts';
import { openCheckinStore } from '../src/checkin/storage/open-store.ts';
import type { NewCheckin } from '../src/checkin/storage/store.ts';
import { qrToken } from '../src/checkin/tokens.ts';
import { logger } from '../src/log.ts';

const root = resolve(import.meta.dirname, '..');
const dist = process.env.BOAI_DIST ? resolve(process.env.BOAI_DIST) : join(root, 'dist');
const entry = join(dist, 'server', 'entry.mjs');
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 100);
const secret = `bench-${randomBytes(24).toString('hex')}`;
const keys = parseCheckinKeys({ CHECKIN_SECRET: secret }).keys!;
const log = logger.child({ module: 'bench' }, { level: 'error' });

// The stop open longest (06:00–22:00 every day in the bundled dataset), checked in at 10:00
// China time on the latest past day: the bench measures stamps, not "closed" refusals.
const stop = 'li-zan-sheng-ming-hong-shi-zi-sheng-ming-wen-hua-gong-yuan';
const token = qrToken(stop, keys);
const madeAt = latestMorningInChina().toISOString();

function latestMorningInChina(): Date {
	const hour = 3_600_000;
	const chinaMidnight = Math.floor((Date.now() + 8 * hour) / (24 * hour)) * 24 * hour - 8 * hour;
	const morning = chinaMidnight + 10 * hour;
	return new Date(morning <= Date.now() ? morning : morning - 24 * hour);
}

// Ids made as the route's pages make them.
function checkinBody(visitorId = newId()): string {
	return JSON.stringify({
		idempotencyKey: newId(),
		visitorId,
		stop,
		method: 'qr',
		token,
		madeAt,
	});
}

interface Storage {
	name: string;
	env: Record<string, string>;
	url: string;
	cleanup: () => Promise<void>;
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createNetServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			probe.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

interface Server {
	url: string;
	child: ChildProcess;
	output: () => string;
}

async function startSite(storage: Storage): Promise<Server> {
	const port = await freePort();
	const child = spawn(process.execPath, [entry], {
		cwd: root,
		env: {
			...process.env,
			...storage.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			CHECKIN_SECRET: secret,
			// Every bench client shares one address: the per-address limit would measure itself.
			CHECKIN_ADDRESS_RATE: '0',
			LOG_LEVEL: 'warn',
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let printed = '';
	child.stdout?.on('data', (chunk) => (printed += chunk));
	child.stderr?.on('data', (chunk) => (printed += chunk));
	const url = `http://127.0.0.1:${port}`;

	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the server exited:\n${printed}`);
		try {
			// A passport read opens and migrates the storage, so the load starts warm.
			const response = await fetch(`${url}/api/passport/${newId()}`);
			if (response.ok) return { url, child, output: () => printed };
		} catch {
			// Not listening yet.
		}
		await new Promise((done) => setTimeout(done, 200));
	}
	child.kill('SIGKILL');
	throw new Error(`the server did not answer within 30 s:\n${printed}`);
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((done) => {
		child.once('exit', () => done());
		child.kill(signal);
	});
}

// The bare server runs in a process of its own, as the site does, so that neither shares a
// thread with the load generator.
const bareServerSource = `
	const body = JSON.stringify({ ok: true });
	require('node:http')
		.createServer((request, response) => {
			request.resume();
			request.on('end', () => {
				response.writeHead(201, { 'Content-Type': 'application/json' });
				response.end(body);
			});
		})
		.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
`;

// CPU seconds a process has used, all its threads together; `null` where /proc is missing.
// Linux counts in ticks of 1/100 s (USER_HZ).
function processCpuSeconds(pid: number | undefined): number | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return (Number(fields[11]) + Number(fields[12])) / 100;
	} catch {
		return null;
	}
}

// CPU seconds of every `postgres` process on this machine, by process id; empty where there
// are none (a database elsewhere) or no /proc.
function postgresCpuSeconds(): Map<number, number> {
	const seconds = new Map<number, number>();
	let entries: string[] = [];
	try {
		entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
	} catch {
		return seconds;
	}
	for (const entry of entries) {
		try {
			if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
			const used = processCpuSeconds(Number(entry));
			if (used !== null) seconds.set(Number(entry), used);
		} catch {
			// The process ended while the list was read.
		}
	}
	return seconds;
}

// What PostgreSQL's processes used between two readings; a backend started in between counts
// from zero, one that ended in between is lost (the pool keeps its connections open).
function postgresCpuBetween(
	before: Map<number, number>,
	after: Map<number, number>,
): number | null {
	if (after.size === 0) return null;
	let total = 0;
	for (const [pid, used] of after) total += used - (before.get(pid) ?? 0);
	return total;
}

async function startBareServer(): Promise<{
	url: string;
	pid: number | undefined;
	close: () => Promise<void>;
}> {
	const port = await freePort();
	const child = spawn(process.execPath, ['-e', bareServerSource], {
		env: { ...process.env, PORT: String(port) },
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	await new Promise<void>((done, fail) => {
		child.stdout?.once('data', () => done());
		child.once('exit', (code) => fail(new Error(`the bare server exited with code ${code}`)));
	});
	return { url: `http://127.0.0.1:${port}`, pid: child.pid, close: () => stopProcess(child) };
}

interface LoadFigures {
	requestsPerSecond: number;
	p50: number;
	p99: number;
	ok: number;
	failed: number;
	/**
	 * CPU time per request of the server, of the load generator (this process) and, when it runs
	 * on this machine, of PostgreSQL, in µs.
	 */
	cpu: { server: number; generator: number; database: number | null } | null;
}

// Bodies are made before the clock starts, so that the load generator spends its share of
// the CPUs sending requests, not writing them: a new one per request up to 25,000 check-ins a
// second, or a few thousand sent again and again to the bare server, which ignores them.
function checkinBodies(unique: boolean): string[] {
	const count = unique ? Math.ceil(25_000 * seconds) : 5_000;
	return Array.from({ length: count }, () => checkinBody());
}

async function load(
	url: string,
	serverPid: number | undefined,
	options: { unique: boolean; postgres?: boolean },
): Promise<LoadFigures> {
	const bodies = checkinBodies(options.unique);
	let sent = 0;

	const databaseBefore = options.postgres ? postgresCpuSeconds() : new Map<number, number>();
	const serverBefore = processCpuSeconds(serverPid);
	const generatorBefore = process.cpuUsage();
	const result = await autocannon({
		url: `${url}/api/checkins`,
		connections,
		duration: seconds,
		requests: [
			{
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				setupRequest: (request) => ({
					...request,
					body: bodies[sent++ % bodies.length] ?? checkinBody(),
				}),
			},
		],
	});
	const generator = process.cpuUsage(generatorBefore);
	const serverAfter = processCpuSeconds(serverPid);
	const database = options.postgres
		? postgresCpuBetween(databaseBefore, postgresCpuSeconds())
		: null;

	const requests = result.requests.total;
	const cpu =
		serverBefore === null || serverAfter === null || requests === 0
			? null
			: {
					server: ((serverAfter - serverBefore) * 1e6) / requests,
					generator: (generator.user + generator.system) / requests,
					database: database === null ? null : (database * 1e6) / requests,
				};
	return {
		requestsPerSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		ok: result['2xx'],
		failed: result.non2xx + result.errors + result.timeouts,
		cpu,
	};
}

// What the CPU figures allow: with every CPU busy, requests per second at these costs.
function cpuLine(figures: LoadFigures, postgres = false): string {
	if (!figures.cpu) return '';

	const { server, generator, database } = figures.cpu;
	const parts = [`server ${server.toFixed(0)} µs`, `load generator ${generator.toFixed(0)} µs`];
	if (database !== null) parts.push(`PostgreSQL ${database.toFixed(0)} µs`);
	const ceiling = (availableParallelism() * 1e6) / (server + generator + (database ?? 0));
	const uncounted =
		postgres && database === null ? " (PostgreSQL's processes not counted: it runs elsewhere)" : '';
	return `\n  CPU per request: ${parts.join(', ')}; all ${availableParallelism()} CPUs busy at these costs would give at most ${ceiling.toFixed(0)} req/s${uncounted}`;
}

function row(label: string, figures: LoadFigures): string {
	return `${label.padEnd(26)} ${figures.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(figures.p50).padStart(4)} ms   p99 ${String(figures.p99).padStart(4)} ms   2xx ${figures.ok}   other ${figures.failed}`;
}

async function throughput(storage: Storage, bare: LoadFigures): Promise<void> {
	const site = await startSite(storage);
	try {
		const postgres = storage.name === 'postgres';
		const figures = await load(site.url, site.child.pid, { unique: true, postgres });
		const store = await openStore(storage);
		const stored = (await store.counts()).checkins;
		await store.close();

		const ratio = figures.requestsPerSecond / bare.requestsPerSecond;
		console.log(row(`check-ins (${storage.name})`, figures) + cpuLine(figures, postgres));
		console.log(
			`  ratio to bare server: ${ratio.toFixed(2)} (goal ≥ 0.50: ${ratio >= 0.5 ? 'met' : 'not met'}); p99 goal < 50 ms: ${figures.p99 < 50 ? 'met' : 'not met'}; rows stored ${stored} ≥ answered 2xx ${figures.ok} (requests in flight at the end are stored, not counted)`,
		);
	} finally {
		await stopProcess(site.child);
	}
}

function openStore(storage: Storage) {
	return openCheckinStore(
		storage.name === 'postgres'
			? { databaseUrl: storage.url, sqlitePath: ':memory:', log }
			: { sqlitePath: storage.url, log },
	);
}

// Clients send check-ins back to back; the server is killed mid-burst. Only answers that
// arrived (2xx) are counted as promised; everything in flight at the kill is not.
async function crash(storage: Storage): Promise<void> {
	const site = await startSite(storage);
	const promised: string[] = [];
	let refused = 0;
	let inFlight = 0;
	let running = true;

	async function client() {
		while (running) {
			const visitorId = newId();
			inFlight++;
			try {
				const response = await fetch(`${site.url}/api/checkins`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: checkinBody(visitorId),
				});
				await response.arrayBuffer();
				inFlight--;
				if (response.status === 201 || response.status === 200) promised.push(visitorId);
				else refused++;
			} catch {
				return;
			}
		}
	}

	const clients = Array.from({ length: 50 }, client);
	// Kill once a few hundred are answered (or after 15 s on a very slow machine), so the kill
	// lands in the middle of the burst with dozens of requests in flight.
	const deadline = Date.now() + 15_000;
	while (promised.length < 300 && Date.now() < deadline) {
		await new Promise((done) => setTimeout(done, 20));
	}
	await stopProcess(site.child, 'SIGKILL');
	const unanswered = inFlight;
	running = false;
	await Promise.all(clients);

	const restarted = await startSite(storage);
	let missing = 0;
	try {
		const store = await openStore(storage);
		for (const visitorId of promised) {
			const visitor = await store.visitor(visitorId);
			if (!visitor.stamps.some((stamp) => stamp.stop === stop)) missing++;
		}
		await store.close();

		// And through the restarted server's API, for a sample of them.
		for (const visitorId of promised.slice(-20)) {
			const passport = (await (
				await fetch(`${restarted.url}/api/passport/${visitorId}`)
			).json()) as {
				stamps: unknown[];
			};
			if (passport.stamps.length !== 1) missing++;
		}
	} finally {
		await stopProcess(restarted.child);
	}

	console.log(
		`crash test (${storage.name}): killed with SIGKILL after ${promised.length} check-ins answered 2xx (${refused} refused, ${unanswered} in flight); after restart ${missing === 0 ? 'every one is stored' : `${missing} MISSING`}`,
	);
	if (missing > 0) process.exitCode = 1;
}

function sqliteStorage(): Storage {
	const dir = mkdtempSync(join(tmpdir(), 'boai-bench-'));
	const path = join(dir, 'checkins.sqlite');
	return {
		name: 'sqlite',
		env: { CHECKIN_DB_PATH: path },
		url: path,
		cleanup: async () => rmSync(dir, { recursive: true, force: true }),
	};
}

async function postgresStorage(base: string): Promise<Storage> {
	const name = `boai_bench_${randomBytes(6).toString('hex')}`;
	const admin = new pg.Client({ connectionString: base });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();

	const url = new URL(base);
	url.pathname = `/${name}`;
	return {
		name: 'postgres',
		env: { DATABASE_URL: url.href },
		url: url.href,
		cleanup: async () => {
			const client = new pg.Client({ connectionString: base });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
			await client.end();
		},
	};
}

// The store on its own, in this process: what a check-in costs SQLite without HTTP, the
// request's checks or the thread hand-off, 100 at a time as the group commit takes them.
async function storageAlone(): Promise<void> {
	const storage = sqliteStorage();
	const store = await openStore(storage);
	const count = 50_000;
	const batch = 100;
	const requiredStops = Array.from({ length: 7 }, (_, index) => `stop-${index}`);
	const newCheckin = (): NewCheckin => {
		const receivedAt = new Date();
		return {
			idempotencyKey: newId(),
			fingerprint: randomBytes(24).toString('base64url'),
			id: newId(),
			visitorId: newId(),
			displayName: null,
			stop,
			method: 'qr',
			at: new Date(madeAt),
			day: chinaDay(new Date(madeAt)),
			distanceBucket: null,
			receivedAt,
			requiredStops,
			certificateId: newCertificateId(),
		};
	};

	try {
		const started = process.hrtime.bigint();
		const before = process.cpuUsage();
		for (let done = 0; done < count; done += batch) {
			await Promise.all(Array.from({ length: batch }, () => store.record(newCheckin())));
		}
		const used = process.cpuUsage(before);
		const wall = Number(process.hrtime.bigint() - started) / 1e9;
		console.log(
			`storage alone (sqlite, in this process, no HTTP): ${((used.user + used.system) / count).toFixed(0)} µs CPU per check-in, ${(count / wall).toFixed(0)} check-ins/s on one thread`,
		);
	} finally {
		await store.close();
		await storage.cleanup();
	}
}

async function main() {
	if (!existsSync(entry)) {
		console.error(`${entry} is missing: run \`npm run build\` first (or set BOAI_DIST).`);
		process.exit(1);
	}

	const postgresUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
	const storages = [sqliteStorage()];
	if (postgresUrl) storages.push(await postgresStorage(postgresUrl));
	else console.log('PostgreSQL: skipped (set DATABASE_URL or TEST_DATABASE_URL to include it)');

	console.log(
		`\n${connections} concurrent clients, ${seconds} s each, on ${process.platform} with ${availableParallelism()} CPUs (figures are pessimistic on a shared machine)\n`,
	);

	const bareServer = await startBareServer();
	const bare = await load(bareServer.url, bareServer.pid, { unique: false });
	await bareServer.close();
	console.log(row('bare node:http', bare) + cpuLine(bare));

	try {
		for (const storage of storages) await throughput(storage, bare);
		await storageAlone();
		console.log('');
		for (const storage of storages) await crash(storage);
	} finally {
		for (const storage of storages) await storage.cleanup();
	}
}

await main();
