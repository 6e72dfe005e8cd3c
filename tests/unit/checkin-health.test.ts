/** The check-in storage's part of `/healthz`. */
import { describe, expect, it } from 'vitest';

import { createStorageHealthCheck } from '../../src/checkin/storage-health.ts';

describe('the check-in storage health', () => {
	it('is ok when the storage answers its probe', async () => {
		const health = await createStorageHealthCheck({ kind: 'sqlite', probe: async () => {} })();

		expect(health).toMatchObject({ kind: 'sqlite', ok: true });
		expect(health.error).toBeUndefined();
	});

	it('is failing, saying why, when the storage refuses or does not answer', async () => {
		const refused = await createStorageHealthCheck({
			kind: 'postgres',
			probe: async () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')),
		})();
		const silent = await createStorageHealthCheck({
			kind: 'postgres',
			probe: () => new Promise(() => {}),
			timeoutMs: 50,
		})();

		expect(refused).toMatchObject({ ok: false, error: 'connect ECONNREFUSED 127.0.0.1:5432' });
		expect(silent).toMatchObject({ ok: false, error: 'no answer within 50 ms' });
	});

	it('probes the storage at most once in a while, however often it is asked', async () => {
		let probes = 0;
		const check = createStorageHealthCheck({
			kind: 'sqlite',
			probe: async () => void probes++,
			reuseMs: 60_000,
		});
		await Promise.all([check(), check(), check()]);
		await check();

		expect(probes).toBe(1);
	});
});
