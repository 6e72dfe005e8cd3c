/**
 * Whether a stored location can go on the map. A geopoint typed by hand can be missing, out
 * of the globe's range, have latitude and longitude swapped, or point somewhere other than
 * Zhuzhou (0, 0 or a GCJ-02/BD-09 value far off is the usual slip); such a place is left
 * off the map and named to the editors instead of stretching the map across the world.
 */
import { contains, type Bounds } from './bounds.ts';
import type { Wgs84 } from './coordinates.ts';
import { zhuzhouBounds } from './zhuzhou.ts';

/** Why a location cannot be drawn. */
export type LocationProblem = 'missing' | 'out-of-range' | 'swapped' | 'outside-area';

/** A location that can be drawn, or the reason it cannot. */
export type LocationCheck = { ok: true; location: Wgs84 } | { ok: false; problem: LocationProblem };

const finite = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);

/**
 * Checks a stored `{ lat, lng }` (anything, as it came from the CMS) against `area`,
 * Zhuzhou by default, and gives the WGS-84 point or the problem.
 */
export function checkLocation(raw: unknown, area: Bounds = zhuzhouBounds): LocationCheck {
	const { lat, lng } = (raw ?? {}) as { lat?: unknown; lng?: unknown };
	if (!finite(lat) || !finite(lng)) return { ok: false, problem: 'missing' };

	if (contains(area, { lat, lng })) return { ok: true, location: { lat, lng } };

	if (contains(area, { lat: lng, lng: lat })) return { ok: false, problem: 'swapped' };

	const onTheGlobe = Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
	return { ok: false, problem: onTheGlobe ? 'outside-area' : 'out-of-range' };
}

/**
 * What an editor reads in the log about `problem` for the value `raw`: what is wrong and
 * what to do in the Studio's "地图位置 (location)" field.
 */
export function explainLocationProblem(problem: LocationProblem, raw: unknown): string {
	const { lat, lng } = (raw ?? {}) as { lat?: unknown; lng?: unknown };
	const value = `lat ${String(lat)}, lng ${String(lng)}`;

	switch (problem) {
		case 'missing':
			return 'has no usable 地图位置 (location): place it on the map in the Studio';
		case 'out-of-range':
			return `has a 地图位置 (location) outside the range of latitudes and longitudes (${value}): place it again on the map in the Studio`;
		case 'swapped':
			return `has a 地图位置 (location) whose latitude and longitude look swapped (${value}): swap them in the Studio`;
		case 'outside-area':
			return `has a 地图位置 (location) outside Zhuzhou (${value}): check it in the Studio, and enter WGS-84 (GPS) coordinates, not Gaode or Baidu ones`;
	}
}
