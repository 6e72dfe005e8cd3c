/** Runs one of the project's Node scripts as staff would, for tests of its output and exit code. */
import { spawn } from 'node:child_process';

/** What the script printed (standard output and error together) and how it exited. */
export interface ScriptRun {
	code: number | null;
	output: string;
}

/** Runs `script` with `args` under this Node, with `env` added to the environment. */
export function runScript(
	script: string,
	args: readonly string[],
	env: Record<string, string>,
): Promise<ScriptRun> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [script, ...args], {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.once('error', reject);
		child.once('exit', (code) => resolve({ code, output }));
	});
}
