/**
 * Distances on the ground between WGS-84 points. Small enough for a browser bundle: the
 * map's "near me" and the check-in radius use the same function.
 */
import type { Wgs84 } from './coordinates.ts';

/** The Earth's mean radius in metres (IUGG), the sphere the haversine formula assumes. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The great-circle distance in metres from `from` to `to`. A sphere differs from the WGS-84
 * ellipsoid by at most about 0.5 %, a few metres across a city: well inside GPS error.
 */
export function distanceInMetres(from: Wgs84, to: Wgs84): number {
	const dLat = radians(to.lat - from.lat);
	const dLng = radians(to.lng - from.lng);

	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLng / 2) ** 2;

	// `min` keeps rounding from pushing `h` past 1 for antipodal points.
	return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether `point` lies within `metres` of `centre` (the edge counts as within). */
export function isWithin(point: Wgs84, centre: Wgs84, metres: number): boolean {
	return distanceInMetres(point, centre) <= metres;
}
