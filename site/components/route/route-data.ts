/**
 * What the route's pages hand their browser scripts (as `data-*` JSON) and the directions
 * they write between stops, computed on the server from the route as published.
 */
import type { RouteStop, RouteWithStops } from '../../../src/content/models.ts';
import type { Wgs84 } from '../../../src/geo/coordinates.ts';
import { distanceInMetres } from '../../../src/geo/distance.ts';
import { pick, type Locale } from '../../../src/i18n/locale.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { localePath, paths } from '../../../src/i18n/paths.ts';
import type { TileSettings } from '../../../src/map/tile-providers.ts';
import type { RouteMapData } from '../../scripts/route/route-map.ts';
import type { PageStop } from '../../scripts/route/page-parts.ts';

/** The route's address pages, per locale. */
export const routePaths = {
	privacy: (locale: Locale) => localePath('/route/privacy/', locale),
	stats: (locale: Locale) => localePath('/route/stats/', locale),
	posters: (locale: Locale) => localePath('/route/posters/', locale),
	poster: (slug: string, locale: Locale) =>
		localePath(`/route/posters/${encodeURIComponent(slug)}/`, locale),
	certificate: (id: string, locale: Locale) =>
		localePath(`/route/certificate/${encodeURIComponent(id)}/`, locale),
	certificateImage: (id: string, format: 'png' | 'svg') =>
		`/route/certificate/${encodeURIComponent(id)}/certificate.${format}`,
};

/** The stops as the scripts know them: slug, title in `locale`, whether the certificate needs it. */
export function pageStops(route: RouteWithStops | null, locale: Locale): PageStop[] {
	return (route?.stops ?? []).map((stop) => ({
		slug: stop.slug,
		title: pick(stop.title, locale),
		required: !stop.sample,
	}));
}

/** The pages a visitor needs offline: the route, each stop and the privacy page. */
export function offlinePages(route: RouteWithStops | null, locale: Locale): string[] {
	return [
		paths.route(locale),
		...(route?.stops ?? []).map((stop) => paths.routeStop(stop.slug, locale)),
		routePaths.privacy(locale),
	];
}

/** The map's data: tiles, and the stops in walking order with their pages. */
export function routeMapData(
	route: RouteWithStops | null,
	tiles: TileSettings,
	locale: Locale,
): RouteMapData {
	const t = messages(locale);
	return {
		tiles,
		stops: (route?.stops ?? []).map((stop, index) => ({
			slug: stop.slug,
			number: index + 1,
			label: t.routeCheckin.mapStopLabel(index + 1, pick(stop.title, locale)),
			url: paths.routeStop(stop.slug, locale),
			lat: stop.location.lat,
			lng: stop.location.lng,
		})),
	};
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The initial compass bearing from `from` to `to`, in degrees clockwise from north. */
export function bearingInDegrees(from: Wgs84, to: Wgs84): number {
	const φ1 = radians(from.lat);
	const φ2 = radians(to.lat);
	const Δλ = radians(to.lng - from.lng);
	const y = Math.sin(Δλ) * Math.cos(φ2);
	const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
	return ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
}

/**
 * How to get from the previous stop to `stop`, in words: `从上一站往东北约2.3公里。`.
 * `null` for the first stop.
 */
export function legFromPrevious(
	previous: RouteStop | undefined,
	stop: RouteStop,
	locale: Locale,
): string | null {
	if (!previous) return null;

	const t = messages(locale).routeCheckin;
	const metres = distanceInMetres(previous.location, stop.location);
	const sector = Math.round(bearingInDegrees(previous.location, stop.location) / 45) % 8;
	return t.fromPrevious(t.distance(metres), t.bearings[sector] ?? '');
}
