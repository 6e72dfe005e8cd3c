/**
 * The visitor's position, asked for only when they press "nearest to me". Positions from
 * `navigator.geolocation` are WGS-84, like the stored sites, so distances need no conversion.
 */
import type { Wgs84 } from '../../../src/geo/coordinates.ts';

/** Why no position came: refused, not found in time, or no geolocation in this browser. */
export type LocateFailure = 'denied' | 'unavailable' | 'unsupported';

export type LocateResult = { ok: true; position: Wgs84 } | { ok: false; failure: LocateFailure };

/** Asks the browser for the visitor's position (the browser asks them first). */
export function locateVisitor(): Promise<LocateResult> {
	if (!('geolocation' in navigator) || !window.isSecureContext) {
		return Promise.resolve({ ok: false, failure: 'unsupported' });
	}

	return new Promise((resolve) => {
		navigator.geolocation.getCurrentPosition(
			({ coords }) =>
				resolve({ ok: true, position: { lat: coords.latitude, lng: coords.longitude } }),
			(error) =>
				resolve({
					ok: false,
					failure: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable',
				}),
			{ enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
		);
	});
}
