/**
 * Field values in the shapes ARCHITECTURE.md gives them, as the Sanity export layout
 * stores them. Every place document is assembled from these.
 */
import type { ExportImage } from '../assets.ts';
import { localeString, type Bilingual } from '../locale.ts';

/** A point in WGS-84 degrees. */
export interface LatLng {
	lat: number;
	lng: number;
}

/** A Sanity `slug` holding `current`. */
export function slugField(current: string) {
	return { _type: 'slug', current };
}

/** A Sanity `geopoint`. */
export function geopoint({ lat, lng }: LatLng) {
	return { _type: 'geopoint', lat, lng };
}

/** A strong reference to the document `id`; `key` makes it an array item. */
export function reference(id: string, key?: string) {
	return key === undefined
		? { _type: 'reference', _ref: id }
		: { _type: 'reference', _ref: id, _key: key };
}

/** An `accessibleImage`: the asset field plus alt text and a caption. */
export function accessibleImage(asset: ExportImage, alt: Bilingual, caption?: Bilingual) {
	return {
		...asset,
		alt: localeString(alt),
		...(caption === undefined ? {} : { caption: localeString(caption) }),
	};
}

/** What every drawing of a place says about itself: the project drew it, it is no photo. */
export const drawingCaption: Bilingual = {
	zh: '示意插画，由本项目绘制，并非实景照片',
	en: 'An illustration drawn by the project, not a photograph of the place',
};
