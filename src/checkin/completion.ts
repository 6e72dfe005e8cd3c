/**
 * What completing the route means. The certificate needs a stamp at every stop that is not
 * sample data: a sample stop (such as the planned museum, which cannot be visited yet) can be
 * stamped, and its stamp is shown, but it is optional. A route made only of sample stops (a
 * demonstration dataset) needs all of them.
 */

/** A stop as completion sees it. */
export interface CompletionStop {
	slug: string;
	sample: boolean;
}

/** The slugs of the stops the certificate needs, in walking order. */
export function requiredStops(stops: readonly CompletionStop[]): string[] {
	const real = stops.filter((stop) => !stop.sample);
	return (real.length > 0 ? real : stops).map((stop) => stop.slug);
}

/** How many of `required` are among `stamped`, and whether that is all of them. */
export function progress(
	stamped: Iterable<string>,
	required: readonly string[],
): { stampedRequired: number; completed: boolean } {
	const have = new Set(stamped);
	const stampedRequired = required.filter((slug) => have.has(slug)).length;
	return { stampedRequired, completed: required.length > 0 && stampedRequired === required.length };
}

/** How many required stamps count as half way (rounded up: 4 of 7). */
export function halfWay(requiredCount: number): number {
	return Math.ceil(requiredCount / 2);
}
