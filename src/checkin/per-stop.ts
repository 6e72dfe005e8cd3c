/**
 * Values derived from a check-in key and a stop's slug (a QR signature, a short code), kept
 * for as long as the key object lives. Each is an HMAC that would otherwise be computed again
 * for every check-in at the stop; a route has a handful of stops, and the bound only guards
 * against a caller passing slugs that are not stops.
 */
import type { CheckinKey } from './keys.ts';

const maxStopsPerKey = 1_000;

/** `derive`, remembered per key and stop. */
export function perKeyAndStop<T>(
	derive: (key: CheckinKey, stopSlug: string) => T,
): (key: CheckinKey, stopSlug: string) => T {
	const byKey = new WeakMap<CheckinKey, Map<string, T>>();

	return (key, stopSlug) => {
		let byStop = byKey.get(key);
		if (!byStop) byKey.set(key, (byStop = new Map()));

		const known = byStop.get(stopSlug);
		if (known !== undefined) return known;

		const value = derive(key, stopSlug);
		if (byStop.size < maxStopsPerKey) byStop.set(stopSlug, value);
		return value;
	};
}
