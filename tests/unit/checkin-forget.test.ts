/**
 * `scripts/checkins-forget.ts`, run as staff run it, on SQLite and (when available)
 * PostgreSQL: it deletes one visitor, found by visitor id or certificate id, and nobody else.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { newCertificateId } from '../../src/checkin/certificate-id.ts';
import type { CheckinStore, NewCheckin } from '../../src/checkin/storage/store.ts';
import { storageKinds, wednesdayMorning } from '../support/checkin-fixtures.ts';
import { runScript } from '../support/run-script.ts';

const script = join(import.meta.dirname, '..', '..', 'scripts', 'checkins-forget.ts');

function checkin(visitorId: string, stop: string): NewCheckin {
	return {
		idempotencyKey: randomUUID(),
		fingerprint: 'fp',
		id: randomUUID(),
		visitorId,
		displayName: '孙八',
		stop,
		method: 'qr',
		at: wednesdayMorning,
		day: '2026-05-06',
		distanceBucket: null,
		receivedAt: wednesdayMorning,
		requiredStops: ['alpha', 'beta'],
		certificateId: newCertificateId(),
	};
}

describe.each(storageKinds)('forgetting a visitor on $name', (kind) => {
	let store: CheckinStore;
	let url: string;
	let cleanup: () => Promise<void>;

	function forget(...args: string[]) {
		const env: Record<string, string> =
			kind.name === 'postgres'
				? { DATABASE_URL: url, CHECKIN_DB_PATH: '' }
				: { CHECKIN_DB_PATH: url, DATABASE_URL: '' };
		return runScript(script, args, { ...env, LOG_LEVEL: 'info' });
	}

	async function visitorWithCertificate(): Promise<{ visitorId: string; certificateId: string }> {
		const visitorId = randomUUID();
		await store.record(checkin(visitorId, 'alpha'));
		const last = checkin(visitorId, 'beta');
		await store.record(last);
		return { visitorId, certificateId: last.certificateId };
	}

	beforeAll(async () => {
		if (!kind.enabled) return;
		({ store, url, cleanup } = await kind.fresh());
	});

	afterAll(async () => {
		await cleanup?.();
	});

	describe.skipIf(!kind.enabled)('', () => {
		it('deletes everything kept about the visitor id it is given, and nobody else', async () => {
			const { visitorId, certificateId } = await visitorWithCertificate();
			const bystander = await visitorWithCertificate();

			const { code, output } = await forget(visitorId);

			expect(code, output).toBe(0);
			expect(output).toContain('deleted everything kept about this visitor');
			expect(await store.visitor(visitorId)).toEqual({
				displayName: null,
				stamps: [],
				certificate: null,
			});
			expect(await store.certificate(certificateId)).toBeNull();
			expect((await store.visitor(bystander.visitorId)).stamps).toHaveLength(2);
		});

		it('finds the visitor by the id of their certificate', async () => {
			const { visitorId, certificateId } = await visitorWithCertificate();

			const { code, output } = await forget(certificateId.toUpperCase());

			expect(code, output).toBe(0);
			expect((await store.visitor(visitorId)).stamps).toEqual([]);
		});

		it('only says what it would delete with --dry-run', async () => {
			const { visitorId } = await visitorWithCertificate();

			const { code, output } = await forget(visitorId, '--dry-run');

			expect(code, output).toBe(0);
			expect(output).toContain('dry run: nothing deleted');
			expect((await store.visitor(visitorId)).stamps).toHaveLength(2);
		});

		it('refuses an id it cannot use, saying why, and deletes nothing', async () => {
			const before = await store.counts();

			const malformed = await forget('not-an-id');
			const unknown = await forget(randomUUID());
			const none = await forget();

			expect(malformed.code).toBe(1);
			expect(malformed.output).toContain('is neither a visitor id');
			expect(unknown.code).toBe(1);
			expect(unknown.output).toContain('Nothing is kept about visitor');
			expect(none.code).toBe(1);
			expect(none.output).toContain('Give exactly one id');
			expect(await store.counts()).toEqual(before);
		});
	});
});
