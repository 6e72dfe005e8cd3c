import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..');

// BOAI_DIST tests a build in another folder of the project (`astro build --outDir dist-x`);
// it must sit inside the project, where the server finds node_modules.
const DIST = process.env.BOAI_DIST ? resolve(process.env.BOAI_DIST) : join(ROOT, 'dist');
const ENTRY = join(DIST, 'server', 'entry.mjs');

/** A production server started for a test, with everything it printed. */
export interface RunningServer {
	url: string;
	output: () => string;
	stop: () => Promise<void>;
}

/**
 * Starts the built site (`dist/server/entry.mjs`) on a free local port and waits
 * until it answers. `env` adds to or overrides the environment, e.g. `CONTENT_DIR`.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
	if (!existsSync(ENTRY)) {
		throw new Error(
			'dist/server/entry.mjs is missing: run `npm run build` before the browser tests.',
		);
	}

	const port = await freePort();
	const child = spawn(process.execPath, [ENTRY], {
		cwd: ROOT,
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let printed = '';
	child.stdout?.on('data', (chunk) => (printed += chunk));
	child.stderr?.on('data', (chunk) => (printed += chunk));

	const url = `http://127.0.0.1:${port}`;
	await waitUntilAnswering(url, child, () => printed);
	return { url, output: () => printed, stop: () => stop(child) };
}

async function waitUntilAnswering(url: string, child: ChildProcess, printed: () => string) {
	const deadline = Date.now() + 30_000;

	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`The site server exited with code ${child.exitCode}:\n${printed()}`);
		}
		try {
			await fetch(`${url}/`, { signal: AbortSignal.timeout(2_000) });
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
	}

	child.kill();
	throw new Error(`The site server did not answer at ${url} within 30 s:\n${printed()}`);
}

function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return Promise.resolve();

	return new Promise((resolve) => {
		child.once('exit', () => resolve());
		child.kill('SIGTERM');
	});
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}
