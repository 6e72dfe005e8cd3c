import { describe, expect, test } from 'vitest';

import type { ContentSource } from '../../src/content/source.ts';
import { createHealthCheck } from '../../src/health/health.ts';

function source(answer: () => Promise<unknown>): ContentSource & { calls: number } {
	const counted = {
		kind: 'sanity' as const,
		calls: 0,
		fetch<Result>() {
			counted.calls += 1;
			return answer() as Promise<Result>;
		},
	};
	return counted;
}

describe('the health report', () => {
	test('is ok with the version when the content source answers', async () => {
		const report = await createHealthCheck({ source: source(async () => 1), version: '1.2.3' })();

		expect(report).toMatchObject({
			status: 'ok',
			version: '1.2.3',
			content: { source: 'sanity', reachable: true },
		});
	});

	test('is degraded, saying why, when the source fails or is too slow', async () => {
		const failing = await createHealthCheck({
			source: source(async () => Promise.reject(new Error('503'))),
			version: '1',
		})();
		const slow = await createHealthCheck({
			source: source(() => new Promise(() => {})),
			version: '1',
			timeoutMs: 50,
		})();

		expect(failing).toMatchObject({
			status: 'degraded',
			content: { reachable: false, error: '503' },
		});
		expect(slow.content.error).toMatch(/no answer within 50 ms/);
	});

	test('asks the source at most once in a while, however often it is probed', async () => {
		const counted = source(async () => 1);
		const check = createHealthCheck({ source: counted, version: '1', reuseMs: 60_000 });
		await Promise.all([check(), check(), check()]);
		await check();

		expect(counted.calls).toBe(1);
	});
});
