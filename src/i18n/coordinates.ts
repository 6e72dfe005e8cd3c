import type { Locale } from './locale.ts';

/** A point in WGS-84 degrees. */
export interface LatLng {
	lat: number;
	lng: number;
}

/**
 * A point as people read it, to five decimals (about a metre): `北纬27.82740°，东经113.13400°`
 * in Chinese, `27.82740° N, 113.13400° E` in English.
 */
export function formatCoordinates({ lat, lng }: LatLng, locale: Locale): string {
	const latitude = Math.abs(lat).toFixed(5);
	const longitude = Math.abs(lng).toFixed(5);

	if (locale === 'zh') {
		return `${lat >= 0 ? '北纬' : '南纬'}${latitude}°，${lng >= 0 ? '东经' : '西经'}${longitude}°`;
	}
	return `${latitude}° ${lat >= 0 ? 'N' : 'S'}, ${longitude}° ${lng >= 0 ? 'E' : 'W'}`;
}
