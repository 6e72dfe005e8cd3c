/**
 * The location rule: a position counts as being at a stop when its reported accuracy is at most
 * 200 m and its distance to the stop is at most the stop's radius plus the accuracy, the
 * accuracy counting for at most 50 m. A coarse fix cannot stretch a stop's reach further.
 */
import { distanceInMetres } from '../geo/distance.ts';
import type { Wgs84 } from '../geo/coordinates.ts';
import type { Position } from './api.ts';

/** The worst accuracy (metres) a location check-in may report. */
export const maxAccuracyMetres = 200;

/** The most that a fix's accuracy adds to a stop's radius (metres). */
export const maxAccuracyAllowanceMetres = 50;

/** The verdict on a position, with the figures a visitor is told. */
export type LocationVerdict =
	| { ok: true; distanceMetres: number }
	| { ok: false; reason: 'poor_accuracy'; distanceMetres: number; accuracyMetres: number }
	| { ok: false; reason: 'too_far'; distanceMetres: number; allowedMetres: number };

/** Whether `position` is at the stop at `stopLocation` with check-in radius `radiusMetres`. */
export function judgeLocation(
	position: Position,
	stopLocation: Wgs84,
	radiusMetres: number,
): LocationVerdict {
	const distanceMetres = distanceInMetres(position, stopLocation);

	if (position.accuracy > maxAccuracyMetres) {
		return {
			ok: false,
			reason: 'poor_accuracy',
			distanceMetres,
			accuracyMetres: position.accuracy,
		};
	}

	const allowedMetres = radiusMetres + Math.min(position.accuracy, maxAccuracyAllowanceMetres);
	if (distanceMetres > allowedMetres) {
		return { ok: false, reason: 'too_far', distanceMetres, allowedMetres };
	}

	return { ok: true, distanceMetres };
}
