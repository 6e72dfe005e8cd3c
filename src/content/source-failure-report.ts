/**
 * How a failing content source is logged. During an outage the page queries of the content
 * cache and the snapshot of the published content fail together, so they share one report:
 * one warning per interval for the whole outage, saying what failed, since when and what
 * visitors see meanwhile, and one info line when the source answers again.
 */
import type { Logger } from '../log.ts';

/** One failed request to the source. */
export interface SourceFailure {
	/** What failed, as a plural or definite noun phrase: "page queries", "the snapshot …". */
	what: string;
	error: unknown;
	/**
	 * When the snapshot of the published content that stands in for the source was taken:
	 * `null` while none is kept, left out where no snapshot stands behind the source.
	 */
	snapshotTakenAt?: number | null;
}

/** What callers tell of their requests to one content source. */
export interface SourceFailureReport {
	failed(failure: SourceFailure): void;
	/** Told after every good answer; logs the recovery if the source was failing. */
	answered(): void;
}

export interface SourceFailureReportOptions {
	log: Logger;
	/** The source's kind, e.g. `sanity`. */
	kind: string;
	/** How often at most a failing source is logged. */
	intervalMs?: number;
	now?: () => number;
}

/** A report for the source of `kind`, logging at most one warning per interval. */
export function createSourceFailureReport(
	options: SourceFailureReportOptions,
): SourceFailureReport {
	const { log, kind } = options;
	const intervalMs = options.intervalMs ?? 60_000;
	const now = options.now ?? Date.now;
	let failingSince: number | null = null;
	let failures = 0;
	let loggedAt = Number.NEGATIVE_INFINITY;
	let unlogged = 0;
	// Everything that failed since the last warning, so that the next one names it all.
	const failedSinceWarning = new Set<string>();

	function warn({ error, snapshotTakenAt }: SourceFailure): void {
		const since = new Date(failingSince ?? now()).toISOString();
		const what = [...failedSinceWarning];
		const message = error instanceof Error ? error.message : String(error);
		log.warn(
			{ err: error, source: kind, failing: what, failingSince: since, failuresNotLogged: unlogged },
			`the ${kind} content source failed for ${listed(what)} (${message}), failing since ${since}; visitors see ${shownMeanwhile(snapshotTakenAt)}. Check that the source is reachable; this is logged at most once ${every(intervalMs)}`,
		);
	}

	return {
		failed(failure) {
			failingSince ??= now();
			failures += 1;
			failedSinceWarning.add(failure.what);
			if (now() - loggedAt < intervalMs) {
				unlogged += 1;
				return;
			}

			warn(failure);
			loggedAt = now();
			unlogged = 0;
			failedSinceWarning.clear();
		},
		answered() {
			if (failingSince === null) return;

			const since = new Date(failingSince).toISOString();
			const requests = failures === 1 ? '1 failed request' : `${failures} failed requests`;
			log.info(
				{ source: kind, failingSince: since, failures },
				`the ${kind} content source answers again, after ${requests} since ${since}; pages show its current content again`,
			);
			// The warning's interval runs on, so that a flapping source cannot fill the log.
			failingSince = null;
			failures = 0;
		},
	};
}

function shownMeanwhile(snapshotTakenAt: number | null | undefined): string {
	if (snapshotTakenAt === undefined) {
		return 'the last good content of pages already shown, and a page with none fails';
	}
	if (snapshotTakenAt === null) {
		return 'the last good content of pages already shown; no snapshot of the published content is kept yet, so any other page answers 503 "Service Unavailable"';
	}
	return `the last good content: each page as the source last gave it, else the snapshot of the published content taken at ${new Date(snapshotTakenAt).toISOString()}`;
}

function listed(items: string[]): string {
	if (items.length <= 1) return items[0] ?? 'a request';
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function every(intervalMs: number): string {
	if (intervalMs === 60_000) return 'a minute';
	return `every ${Math.round(intervalMs / 1000)} s`;
}
