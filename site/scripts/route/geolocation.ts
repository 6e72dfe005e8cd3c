/**
 * The visitor's position for a location check-in: one fresh, high-accuracy fix, or the
 * reason there is none, in words the page can explain.
 */

/** A position as the check-in API takes it (WGS-84 degrees; accuracy in metres). */
export interface Fix {
	lat: number;
	lng: number;
	accuracy: number;
}

export type FixResult =
	| { kind: 'fix'; fix: Fix }
	| { kind: 'failed'; reason: 'denied' | 'unavailable' | 'timeout' | 'unsupported' };

// Outdoors a phone needs a while for its first satellite fix; past this the visitor is told.
const fixTimeoutMs = 20_000;

// A fix a few seconds old is as good as a new one for someone standing at a stop.
const maximumAgeMs = 10_000;

/** Asks the browser for the position once; never rejects. */
export function currentFix(
	geolocation: Geolocation | undefined = navigator.geolocation,
): Promise<FixResult> {
	if (!geolocation || !window.isSecureContext) {
		return Promise.resolve({ kind: 'failed', reason: 'unsupported' });
	}

	return new Promise((resolve) => {
		geolocation.getCurrentPosition(
			({ coords }) =>
				resolve({
					kind: 'fix',
					fix: { lat: coords.latitude, lng: coords.longitude, accuracy: coords.accuracy },
				}),
			(error) => {
				const reason =
					error.code === error.PERMISSION_DENIED
						? 'denied'
						: error.code === error.TIMEOUT
							? 'timeout'
							: 'unavailable';
				resolve({ kind: 'failed', reason });
			},
			{ enableHighAccuracy: true, timeout: fixTimeoutMs, maximumAge: maximumAgeMs },
		);
	});
}
