/**
 * The rough geography of Zhuzhou's nine districts, cities and counties, enough to place
 * sample outreach sites plausibly: a centre on land and how far samples may stray from it.
 * Urban areas keep clear of the Xiang River (天元区 lies west of it; 芦淞区, 荷塘区 and
 * 石峰区 east and north of it), so no sample point lands in the water.
 */
import type { districts } from '../../../src/content/models.ts';
import type { Bilingual } from '../locale.ts';
import type { LatLng } from './fields.ts';
import type { SeededRandom } from './seeded-random.ts';

/** A district's stored value, e.g. `tianyuan`. */
export type District = (typeof districts)[number];

/** One district's names and the area its sample sites are scattered over. */
export interface DistrictArea {
	name: Bilingual;
	centre: LatLng;
	/** Half the extent of the area, in degrees of latitude and longitude. */
	spread: LatLng;
}

/** Zhuzhou's districts in the contract's order. */
export const districtAreas: Record<District, DistrictArea> = {
	tianyuan: {
		name: { zh: '天元区', en: 'Tianyuan District' },
		centre: { lat: 27.815, lng: 113.065 },
		spread: { lat: 0.022, lng: 0.022 },
	},
	hetang: {
		name: { zh: '荷塘区', en: 'Hetang District' },
		centre: { lat: 27.86, lng: 113.19 },
		spread: { lat: 0.018, lng: 0.028 },
	},
	lusong: {
		name: { zh: '芦淞区', en: 'Lusong District' },
		centre: { lat: 27.795, lng: 113.175 },
		spread: { lat: 0.018, lng: 0.022 },
	},
	shifeng: {
		name: { zh: '石峰区', en: 'Shifeng District' },
		centre: { lat: 27.905, lng: 113.145 },
		spread: { lat: 0.018, lng: 0.022 },
	},
	lukou: {
		name: { zh: '渌口区', en: 'Lukou District' },
		centre: { lat: 27.68, lng: 113.2 },
		spread: { lat: 0.03, lng: 0.028 },
	},
	liling: {
		name: { zh: '醴陵市', en: 'Liling City' },
		centre: { lat: 27.65, lng: 113.5 },
		spread: { lat: 0.04, lng: 0.05 },
	},
	youxian: {
		name: { zh: '攸县', en: 'You County' },
		centre: { lat: 27.0, lng: 113.35 },
		spread: { lat: 0.04, lng: 0.04 },
	},
	chaling: {
		name: { zh: '茶陵县', en: 'Chaling County' },
		centre: { lat: 26.79, lng: 113.54 },
		spread: { lat: 0.035, lng: 0.035 },
	},
	yanling: {
		name: { zh: '炎陵县', en: 'Yanling County' },
		centre: { lat: 26.49, lng: 113.77 },
		spread: { lat: 0.03, lng: 0.03 },
	},
};

/** The address a sample site shows: the district, and plainly no street. */
export function sampleAddress(district: District): Bilingual {
	const { name } = districtAreas[district];
	return {
		zh: `株洲市${name.zh}（示例地址）`,
		en: `${name.en}, Zhuzhou (sample address)`,
	};
}

/** A point inside the district's area, evenly spread over its ellipse. */
export function scatterInDistrict(district: District, random: SeededRandom): LatLng {
	const { centre, spread } = districtAreas[district];

	// The square root keeps points from crowding at the centre.
	const radius = Math.sqrt(random.next());
	const angle = random.next() * 2 * Math.PI;

	return {
		lat: round6(centre.lat + radius * spread.lat * Math.sin(angle)),
		lng: round6(centre.lng + radius * spread.lng * Math.cos(angle)),
	};
}

function round6(value: number): number {
	return Math.round(value * 1e6) / 1e6;
}
