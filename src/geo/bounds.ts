/** Rectangles of latitude and longitude: the extent of a set of points and tests against it. */
import type { LatLng } from './coordinates.ts';

/** A latitude/longitude rectangle in degrees, in the datum of the points it was made from. */
export interface Bounds {
	readonly south: number;
	readonly west: number;
	readonly north: number;
	readonly east: number;
}

/** The smallest rectangle holding every point, or `null` for no points. */
export function boundsOf(points: Iterable<LatLng>): Bounds | null {
	let bounds: Bounds | null = null;

	for (const { lat, lng } of points) {
		bounds = bounds
			? {
					south: Math.min(bounds.south, lat),
					west: Math.min(bounds.west, lng),
					north: Math.max(bounds.north, lat),
					east: Math.max(bounds.east, lng),
				}
			: { south: lat, west: lng, north: lat, east: lng };
	}
	return bounds;
}

/** Whether `point` lies inside `bounds`, edges included. */
export function contains(bounds: Bounds, point: LatLng): boolean {
	return (
		point.lat >= bounds.south &&
		point.lat <= bounds.north &&
		point.lng >= bounds.west &&
		point.lng <= bounds.east
	);
}

/** The centre of `bounds` (for rectangles that do not cross the antimeridian). */
export function centreOf(bounds: Bounds): LatLng {
	return { lat: (bounds.south + bounds.north) / 2, lng: (bounds.west + bounds.east) / 2 };
}

/** Leaflet's `[[south, west], [north, east]]` form of `bounds`. */
export function toCornerPairs(bounds: Bounds): [[number, number], [number, number]] {
	return [
		[bounds.south, bounds.west],
		[bounds.north, bounds.east],
	];
}
