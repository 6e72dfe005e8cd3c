/**
 * What the pages show about the visitor's stamps, from three sources that may disagree for
 * a while: the last passport from the server, the answers the outbox received since, and
 * the check-ins still waiting in the outbox.
 */
import type { Passport } from '../../../src/checkin/api.ts';
import type { CheckinOutcome, QueuedCheckin } from './store.ts';

/** A stop's stamp as the visitor sees it. */
export type StampState = 'stamped' | 'pending' | 'none';

/** The visitor's progress along the route. */
export interface Progress {
	/** Stamped stops among those the certificate needs. */
	stamped: number;
	/** How many stops the certificate needs. */
	total: number;
	completed: boolean;
}

/** Each stop's stamp state, for `stops` (slugs). */
export function stampStates(
	stops: readonly string[],
	passport: Passport | undefined,
	outcomes: readonly CheckinOutcome[],
	pending: readonly QueuedCheckin[],
): Map<string, StampState> {
	const stamped = new Set(passport?.stamps.map((stamp) => stamp.stop) ?? []);
	for (const outcome of outcomes) {
		if (outcome.kind !== 'refused') stamped.add(outcome.stop);
	}
	const waiting = new Set(pending.map((entry) => entry.request.stop));

	return new Map(
		stops.map((stop): [string, StampState] => {
			if (stamped.has(stop)) return [stop, 'stamped'];
			return [stop, waiting.has(stop) ? 'pending' : 'none'];
		}),
	);
}

/**
 * Progress towards the certificate. The server's passport says which stops count (sample
 * stops do not); before the first passport arrives, `requiredStops` as the page knows them.
 */
export function progress(
	states: ReadonlyMap<string, StampState>,
	passport: Passport | undefined,
	requiredStops: readonly string[],
): Progress {
	const required = passport?.requiredStops ?? requiredStops;
	const stamped = required.filter((stop) => states.get(stop) === 'stamped').length;

	return {
		stamped,
		total: required.length,
		completed: Boolean(passport?.completed) || (required.length > 0 && stamped === required.length),
	};
}
