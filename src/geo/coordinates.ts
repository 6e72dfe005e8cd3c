/**
 * Points in degrees, named by the datum they are in. The site stores, measures and checks
 * everything in WGS-84; GCJ-02 exists only to draw markers on tiles made in that datum.
 *
 * The `datum` tag is optional, so a stored geopoint `{ lat, lng }` is accepted as either, but
 * a point typed as one datum cannot be passed where the other is expected.
 */

/** Latitude (north positive) and longitude (east positive), in degrees. */
export interface LatLng {
	readonly lat: number;
	readonly lng: number;
}

/**
 * A point in WGS-84: what GPS, `navigator.geolocation` and the stored geopoints give.
 * Tianditu's CGCS2000 differs from it by centimetres, so its tiles take WGS-84 as is.
 */
export type Wgs84 = LatLng & { readonly datum?: 'WGS-84' };

/**
 * A point in GCJ-02, the officially offset datum of AutoNavi/Gaode and Tencent tiles
 * (several hundred metres from WGS-84 in Zhuzhou). For display on those tiles only.
 */
export type Gcj02 = LatLng & { readonly datum?: 'GCJ-02' };

/** The datums the site names; the tile providers say which one their tiles are drawn in. */
export type Datum = 'WGS-84' | 'GCJ-02';

/** `[lng, lat]`, the order of GeoJSON positions and of gcoord. */
export type LngLatPair = [lng: number, lat: number];
