/**
 * The sample outreach sites that fill the plan's 100 until staff enter the real ones.
 * Their names are plainly generic and numbered, their addresses name only the district,
 * and their coordinates are scattered inside the district by a seeded generator, so every
 * build writes the same points. Urban districts get more sites; every district and every
 * kind of site appears.
 */
import { activitiesByKind, kindNames, type ActivityKey, type SiteKind } from './activities.ts';
import { districtAreas, sampleAddress, scatterInDistrict, type District } from './districts.ts';
import type { Bilingual } from '../locale.ts';
import type { LatLng } from './fields.ts';
import { seededRandom, type SeededRandom } from './seeded-random.ts';

/** Some sample sites of one kind; `sharePoint` puts them all at one spot (one campus). */
interface SiteGroup {
	kind: SiteKind;
	count: number;
	sharePoint?: boolean;
}

/** A sample site as planned here, before it becomes an `outreachSite` document. */
export interface SampleSiteRecord {
	name: Bilingual;
	kind: SiteKind;
	district: District;
	address: Bilingual;
	location: LatLng;
	activities: ActivityKey[];
	hasPhoto: boolean;
}

// Share of sample sites that show their kind's drawing.
const PHOTO_SHARE = 0.4;

/** How many sample sites of each kind every district gets: 92, beside the plan's 8. */
export const sampleSitePlan: Record<District, SiteGroup[]> = {
	tianyuan: [
		{ kind: 'community', count: 4 },
		{ kind: 'school', count: 3 },
		{ kind: 'enterprise', count: 2 },
		{ kind: 'park', count: 2 },
		{ kind: 'hospital', count: 1 },
		{ kind: 'station', count: 1 },
		{ kind: 'village', count: 1 },
		{ kind: 'scenic', count: 1 },
	],
	hetang: [
		{ kind: 'community', count: 4 },
		{ kind: 'school', count: 2 },
		{ kind: 'enterprise', count: 2 },
		{ kind: 'park', count: 1 },
		{ kind: 'hospital', count: 2 },
		{ kind: 'station', count: 1 },
		{ kind: 'village', count: 1 },
	],
	lusong: [
		{ kind: 'community', count: 4 },
		{ kind: 'school', count: 2 },
		{ kind: 'enterprise', count: 2 },
		{ kind: 'park', count: 1 },
		{ kind: 'hospital', count: 1 },
		{ kind: 'station', count: 2, sharePoint: true },
		{ kind: 'village', count: 1 },
	],
	shifeng: [
		{ kind: 'community', count: 3 },
		{ kind: 'school', count: 3, sharePoint: true },
		{ kind: 'school', count: 1 },
		{ kind: 'enterprise', count: 3 },
		{ kind: 'park', count: 1 },
		{ kind: 'station', count: 1 },
	],
	lukou: [
		{ kind: 'community', count: 2 },
		{ kind: 'school', count: 1 },
		{ kind: 'enterprise', count: 1 },
		{ kind: 'station', count: 1 },
		{ kind: 'village', count: 3 },
		{ kind: 'scenic', count: 1 },
	],
	liling: [
		{ kind: 'community', count: 2 },
		{ kind: 'school', count: 2 },
		{ kind: 'enterprise', count: 2 },
		{ kind: 'hospital', count: 1 },
		{ kind: 'village', count: 2 },
		{ kind: 'scenic', count: 1 },
	],
	youxian: [
		{ kind: 'community', count: 2 },
		{ kind: 'school', count: 1 },
		{ kind: 'hospital', count: 1 },
		{ kind: 'village', count: 3 },
		{ kind: 'scenic', count: 1 },
	],
	chaling: [
		{ kind: 'community', count: 1 },
		{ kind: 'school', count: 1 },
		{ kind: 'hospital', count: 1 },
		{ kind: 'village', count: 2 },
		{ kind: 'scenic', count: 1 },
	],
	yanling: [
		{ kind: 'community', count: 1 },
		{ kind: 'school', count: 1 },
		{ kind: 'station', count: 1 },
		{ kind: 'village', count: 2 },
		{ kind: 'scenic', count: 1 },
	],
};

/** Every sample site, district by district in the table's order. */
export function planSampleSites(): SampleSiteRecord[] {
	const sites: SampleSiteRecord[] = [];

	for (const [district, groups] of Object.entries(sampleSitePlan) as [District, SiteGroup[]][]) {
		const numbers = new Map<SiteKind, number>();

		for (const group of groups) {
			const random = seededRandom(
				`sample-sites:${district}:${group.kind}:${numbers.get(group.kind) ?? 0}`,
			);
			const sharedPoint = group.sharePoint ? scatterInDistrict(district, random) : undefined;

			for (let i = 0; i < group.count; i++) {
				const number = (numbers.get(group.kind) ?? 0) + 1;
				numbers.set(group.kind, number);
				const siteRandom = seededRandom(`sample-site:${district}:${group.kind}:${number}`);

				sites.push({
					name: sampleName(district, group.kind, number),
					kind: group.kind,
					district,
					address: sampleAddress(district),
					location: sharedPoint ?? scatterInDistrict(district, siteRandom),
					activities: pickActivities(group.kind, siteRandom),
					hasPhoto: siteRandom.chance(PHOTO_SHARE),
				});
			}
		}
	}
	return sites;
}

// "天元区社区人道传播阵地（示例）01": generic, numbered, and marked as a sample in its name.
function sampleName(district: District, kind: SiteKind, number: number): Bilingual {
	const { name } = districtAreas[district];
	const label = kindNames[kind];
	const nn = String(number).padStart(2, '0');
	return {
		zh: `${name.zh}${label.zh}人道传播阵地（示例）${nn}`,
		en: `${name.en} ${label.en} outreach site (sample) ${nn}`,
	};
}

// One to three different activities that suit the kind, in the table's order.
function pickActivities(kind: SiteKind, random: SeededRandom): ActivityKey[] {
	const pool = activitiesByKind[kind];
	const count = Math.min(pool.length, random.integer(1, 3));
	const chosen = new Set<ActivityKey>();
	while (chosen.size < count) chosen.add(random.pick(pool));
	return pool.filter((activity) => chosen.has(activity));
}
