import { describe, expect, test } from 'vitest';

import { createSourceFailureReport } from '../../src/content/source-failure-report.ts';
import { captureLog } from '../fixtures/capture-log.ts';

const refused = new Error('connect ECONNREFUSED 127.0.0.1:9');

describe('the report of a failing content source', () => {
	test('names everything that failed since the last warning, once per interval', () => {
		let clock = 0;
		const { log, warnings } = captureLog();
		const failures = createSourceFailureReport({
			log,
			kind: 'sanity',
			intervalMs: 30_000,
			now: () => clock,
		});

		failures.failed({ what: 'page queries', error: refused, snapshotTakenAt: null });
		clock = 10_000;
		failures.failed({ what: 'the snapshot of the published content', error: refused });
		clock = 31_000;
		failures.failed({ what: 'page queries', error: refused, snapshotTakenAt: null });

		expect(warnings()).toHaveLength(2);
		expect(warnings()[0]?.msg).toContain('no snapshot of the published content is kept yet');
		expect(warnings()[0]?.msg).toContain('this is logged at most once every 30 s');
		expect(warnings()[1]).toMatchObject({
			failing: ['the snapshot of the published content', 'page queries'],
			failingSince: '1970-01-01T00:00:00.000Z',
			failuresNotLogged: 1,
		});
	});

	test('without a snapshot behind the source, says that a page with no earlier content fails', () => {
		const { log, warnings } = captureLog();
		const failures = createSourceFailureReport({ log, kind: 'embedded' });

		failures.failed({ what: 'page queries', error: 'the content folder is gone' });

		expect(warnings()[0]?.msg).toBe(
			'the embedded content source failed for page queries (the content folder is gone), failing since ' +
				warnings()[0]?.failingSince +
				'; visitors see the last good content of pages already shown, and a page with none fails. Check that the source is reachable; this is logged at most once a minute',
		);
	});

	test('tells of the recovery once, and a flapping source not more often than the interval', () => {
		let clock = 0;
		const { log, lines, warnings } = captureLog();
		const failures = createSourceFailureReport({ log, kind: 'sanity', now: () => clock });

		failures.answered();
		failures.failed({ what: 'page queries', error: refused });
		clock = 5_000;
		failures.answered();
		failures.answered();
		clock = 6_000;
		failures.failed({ what: 'page queries', error: refused });

		const recoveries = lines.filter((line) => line.msg.includes('answers again'));
		expect(recoveries).toHaveLength(1);
		expect(recoveries[0]?.msg).toBe(
			'the sanity content source answers again, after 1 failed request since 1970-01-01T00:00:00.000Z; pages show its current content again',
		);
		expect(warnings()).toHaveLength(1);
	});
});
