/**
 * The museum's timeline: every exhibit on one axis of years, across the halls' eras, so
 * that moving along it moves the visitor through history (and from hall to hall).
 */

/** What the timeline needs from a hall. */
export interface TimelineHall {
	eraStart: number;
	eraEnd: number;
	exhibits: Array<{ slug: string; year: number }>;
}

/** One exhibit on the timeline. */
export interface TimelineStop {
	year: number;
	slug: string;
	hallIndex: number;
	exhibitIndex: number;
}

/** The years the timeline spans. */
export interface TimelineSpan {
	start: number;
	end: number;
}

/**
 * Every exhibit of every hall ordered by year; exhibits of the same year keep the order of
 * their halls and, within a hall, their own order.
 */
export function timelineStops(halls: TimelineHall[]): TimelineStop[] {
	const stops = halls.flatMap((hall, hallIndex) =>
		hall.exhibits.map((exhibit, exhibitIndex) => ({
			year: exhibit.year,
			slug: exhibit.slug,
			hallIndex,
			exhibitIndex,
		})),
	);

	return stops.sort(
		(a, b) => a.year - b.year || a.hallIndex - b.hallIndex || a.exhibitIndex - b.exhibitIndex,
	);
}

/** From the earliest era start or exhibit year to the latest; `null` for an empty museum. */
export function timelineSpan(halls: TimelineHall[]): TimelineSpan | null {
	const years = halls.flatMap((hall) => [
		hall.eraStart,
		hall.eraEnd,
		...hall.exhibits.map((exhibit) => exhibit.year),
	]);
	const finite = years.filter((year) => Number.isFinite(year));
	if (finite.length === 0) return null;

	return { start: Math.min(...finite), end: Math.max(...finite) };
}

/** Where `year` sits on the span, from 0 (start) to 1 (end). */
export function yearFraction(span: TimelineSpan, year: number): number {
	if (span.end <= span.start) return 0;
	return Math.min(1, Math.max(0, (year - span.start) / (span.end - span.start)));
}

/** The position of the exhibit `slug` on the timeline, or −1. */
export function stopIndexOf(stops: TimelineStop[], slug: string): number {
	return stops.findIndex((stop) => stop.slug === slug);
}

/** The stop closest in time to `year` (the earlier one on a tie), or −1 when there is none. */
export function nearestStopIndex(stops: TimelineStop[], year: number): number {
	let best = -1;
	let bestGap = Infinity;
	stops.forEach((stop, index) => {
		const gap = Math.abs(stop.year - year);
		if (gap < bestGap) {
			best = index;
			bestGap = gap;
		}
	});
	return best;
}
