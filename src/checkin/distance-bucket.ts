import type { DistanceBucket } from './api.ts';

// Upper bounds (metres, inclusive) of each bucket but the last, in order.
const bounds: readonly [number, DistanceBucket][] = [
	[25, '0-25'],
	[50, '25-50'],
	[100, '50-100'],
	[200, '100-200'],
	[500, '200-500'],
];

/**
 * The coarse bucket a location check-in's distance to the stop falls in: `0-25` means at most
 * 25 m, `25-50` more than 25 and at most 50 m, and so on up to `500+`. The server stores only
 * the bucket, so no visitor's position can be recovered from the check-ins.
 */
export function distanceBucket(metres: number): DistanceBucket {
	for (const [bound, bucket] of bounds) {
		if (metres <= bound) return bucket;
	}
	return '500+';
}
