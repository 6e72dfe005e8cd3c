/**
 * `npm test`: every check Boai has, in the order a failure is cheapest to find.
 * Each step runs even when an earlier one failed, unless it needs what that step
 * makes (the browser tests need the build); the summary lists every failure.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CHROMIUM_MISSING, findChromium } from '../tests/browser/support/chromium.ts';

interface Step {
	name: string;
	command: string[];
	needs?: string;
	env?: Record<string, string>;
	/** Where a vitest step writes its JSON report, for the test count. */
	report?: string;
}

process.env.DO_NOT_TRACK ??= '1';

const reports = mkdtempSync(join(tmpdir(), 'boai-test-'));
const tokenCanary = `boai-canary-${randomBytes(12).toString('hex')}`;

const steps: Step[] = [
	{ name: 'formatting', command: ['prettier', '--check', '.'] },
	{ name: 'types', command: ['astro', 'check'] },
	{ name: 'Studio schema', command: ['npm', 'run', '--silent', 'schema:validate'] },
	vitest('unit and dataset tests', 'vitest.config.ts'),
	{ name: 'Studio build', command: ['npm', 'run', '--silent', 'studio:build'] },
	{
		name: 'site build',
		command: ['astro', 'build'],
		env: { SANITY_READ_TOKEN: tokenCanary },
	},
	{ ...vitest('browser tests', 'vitest.browser.config.ts'), needs: 'site build' },
];

function vitest(name: string, config: string): Step {
	const report = join(reports, `${config}.json`);
	return {
		name,
		command: [
			'vitest',
			'run',
			'--config',
			config,
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${report}`,
		],
		env: { BOAI_TOKEN_CANARY: tokenCanary },
		report,
	};
}

if (!findChromium()) {
	process.stderr.write(`\nnpm test needs Chromium for its browser tests. ${CHROMIUM_MISSING}\n`);
	process.exit(1);
}

const failed = new Set<string>();
const counts = { passed: 0, failed: 0, skipped: 0 };

for (const step of steps) {
	if (step.needs && failed.has(step.needs)) {
		process.stdout.write(`\n── ${step.name}: not run, because ${step.needs} failed\n`);
		failed.add(step.name);
		continue;
	}

	process.stdout.write(`\n── ${step.name}: ${step.command.join(' ')}\n`);
	const started = Date.now();
	const result = spawnSync(resolveBin(step.command[0]!), step.command.slice(1), {
		stdio: 'inherit',
		env: { ...process.env, ...step.env },
	});
	const seconds = ((Date.now() - started) / 1000).toFixed(1);

	// A vitest step counts its tests; any other step counts as one check.
	if (step.report) addCounts(step.report);
	else counts[result.status === 0 ? 'passed' : 'failed'] += 1;
	if (result.status === 0) {
		process.stdout.write(`── ${step.name}: ok (${seconds} s)\n`);
	} else {
		process.stdout.write(
			`── ${step.name}: FAILED (exit ${result.status ?? result.signal}, ${seconds} s)\n`,
		);
		failed.add(step.name);
	}
}

// Local tools from node_modules/.bin, like npm scripts see them.
function resolveBin(command: string): string {
	const local = join(import.meta.dirname, '..', 'node_modules', '.bin', command);
	return existsSync(local) ? local : command;
}

function addCounts(report: string) {
	if (!existsSync(report)) return;

	const json = JSON.parse(readFileSync(report, 'utf8')) as {
		numPassedTests: number;
		numFailedTests: number;
		numPendingTests: number;
		numTodoTests: number;
	};
	counts.passed += json.numPassedTests;
	counts.failed += json.numFailedTests;
	counts.skipped += json.numPendingTests + json.numTodoTests;
}

process.stdout.write(`\n${steps.length - failed.size} of ${steps.length} steps passed`);
process.stdout.write(failed.size ? `; failed: ${[...failed].join(', ')}\n` : '\n');
process.stdout.write(
	`tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
);
process.exit(failed.size ? 1 : 0);
