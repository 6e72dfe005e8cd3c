/**
 * Coordinates pasted or typed by an editor: two numbers in any of the usual forms — a
 * Tencent or Baidu copy (`27.8274,113.134`), an AutoNavi/Gaode copy (longitude first,
 * `113.134,27.8274`), degrees with hemispheres (`27.8274° N, 113.134° E`, `北纬27.8274°，
 * 东经113.134°`) — and the datum they were read in, converted once to the WGS-84 the
 * dataset stores.
 */
import gcoord from 'gcoord';

import type { LatLng, Wgs84 } from '../../src/geo/coordinates.ts';
import { gcj02ToWgs84 } from '../../src/geo/datum.ts';

/** Where a pasted point came from. */
export const pastedDatums = [
	{ value: 'WGS-84', title: 'WGS-84（GPS、天地图、手机定位）' },
	{ value: 'GCJ-02', title: 'GCJ-02（高德地图、腾讯地图）' },
	{ value: 'BD-09', title: 'BD-09（百度地图）' },
] as const;

export type PastedDatum = (typeof pastedDatums)[number]['value'];

/** A pasted text read as a point in its own datum, or what is wrong with it. */
export type PastedPoint = { ok: true; point: LatLng } | { ok: false; message: string };

const number = /[-+]?\d+(?:\.\d+)?/g;

/** Reads latitude and longitude from `text`, whichever order they come in. */
export function readPastedCoordinates(text: string): PastedPoint {
	const numbers = [...text.matchAll(number)].map((match) => Number(match[0]));
	if (numbers.length !== 2) {
		return {
			ok: false,
			message: `需要两个数字（纬度和经度），这里有 ${numbers.length} 个：请粘贴如“27.8274, 113.1340”的十进制度数`,
		};
	}

	let [first = 0, second = 0] = numbers;
	// Southern and western hemispheres, when written with letters or characters.
	if (/(^|[^a-z])[Ss]([^a-z]|$)|南纬/.test(text)) first = -Math.abs(first);
	if (/(^|[^a-z])[Ww]([^a-z]|$)|西经/.test(text)) second = -Math.abs(second);

	// A latitude is never beyond ±90, so a first number beyond it is a longitude (Gaode's order).
	const longitudeFirst = Math.abs(first) > 90 || /^\s*(东经|西经|lng|lon)/i.test(text);
	const point = longitudeFirst ? { lat: second, lng: first } : { lat: first, lng: second };

	if (Math.abs(point.lat) > 90 || Math.abs(point.lng) > 180) {
		return {
			ok: false,
			message: '纬度应在 -90 到 90 之间、经度在 -180 到 180 之间：请检查粘贴的坐标',
		};
	}
	return { ok: true, point };
}

/** `point`, read in `datum`, as the WGS-84 point to store. */
export function toWgs84(point: LatLng, datum: PastedDatum): Wgs84 {
	if (datum === 'GCJ-02') return gcj02ToWgs84(point);
	if (datum === 'BD-09') {
		const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.BD09, gcoord.WGS84);
		return { lat, lng };
	}
	return { lat: point.lat, lng: point.lng };
}

/** Degrees rounded to 7 decimals (about a centimetre): what is stored. */
export function roundDegrees(degrees: number): number {
	return Math.round(degrees * 1e7) / 1e7;
}
