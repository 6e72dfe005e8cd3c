/**
 * Outreach sites with the point they are drawn at, or the reason they are left off the map.
 * Every page, the map's data and the exports place sites through here, so a site with a bad
 * location is treated alike everywhere: listed as "location pending", never drawn.
 */
import { districts, type OutreachSite } from '../content/models.ts';
import { createWarnOnce } from '../content/warn-once.ts';
import type { Wgs84 } from '../geo/coordinates.ts';
import { checkLocation, explainLocationProblem, type LocationProblem } from '../geo/validity.ts';
import type { Logger } from '../log.ts';

/** A site with its WGS-84 point, or with `location: null` and the problem. */
export type PlacedSite =
	| { site: OutreachSite; location: Wgs84; problem: null }
	| { site: OutreachSite; location: null; problem: LocationProblem };

/** Called for each site whose location cannot be drawn (to warn the editors). */
export type LocationProblemReport = (site: OutreachSite, problem: LocationProblem) => void;

/** Places `sites`, keeping their order, and reports each one that cannot be drawn. */
export function placeSites(
	sites: readonly OutreachSite[],
	report: LocationProblemReport = () => {},
): PlacedSite[] {
	return sites.map((site): PlacedSite => {
		const checked = checkLocation(site.location);
		if (checked.ok) return { site, location: checked.location, problem: null };

		report(site, checked.problem);
		return { site, location: null, problem: checked.problem };
	});
}

/**
 * A `placeSites` that warns in `log` about each bad location once per process, naming the
 * document by id and Chinese name and saying what to fix: make one per server, as pages are
 * read on every request.
 */
export function createSitePlacer(log: Logger): (sites: readonly OutreachSite[]) => PlacedSite[] {
	const warnOnce = createWarnOnce(log);

	return (sites) =>
		placeSites(sites, (site, problem) =>
			warnOnce(
				{ id: site._id, type: 'outreachSite', name: site.name.zh },
				[explainLocationProblem(problem, site.location)],
				'listed as "location pending" and left off the map',
			),
		);
}

/** The points of the sites that are drawn. */
export function locatedPoints(placed: readonly PlacedSite[]): Wgs84[] {
	return placed.flatMap((entry) => (entry.location ? [entry.location] : []));
}

const districtRank = new Map<string, number>(districts.map((district, index) => [district, index]));

/**
 * `placed` in the order the list shows them: by district in the city's own order (urban
 * districts first), real sites before sample ones, then by slug (pinyin order).
 */
export function inListOrder(placed: readonly PlacedSite[]): PlacedSite[] {
	return [...placed].sort(
		(a, b) =>
			(districtRank.get(a.site.district) ?? 99) - (districtRank.get(b.site.district) ?? 99) ||
			Number(a.site.sample) - Number(b.site.sample) ||
			a.site.slug.localeCompare(b.site.slug),
	);
}
