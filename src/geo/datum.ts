/**
 * Conversion between WGS-84 and GCJ-02, through gcoord. GCJ-02 is for drawing on AutoNavi/
 * Gaode tiles only: distances, bounds checks and storage stay in WGS-84.
 */
import gcoord from 'gcoord';

import type { Gcj02, Wgs84 } from './coordinates.ts';

/** Where `point` is drawn on GCJ-02 tiles (AutoNavi/Gaode, Tencent). */
export function wgs84ToGcj02(point: Wgs84): Gcj02 {
	const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.WGS84, gcoord.GCJ02);
	return { lat, lng };
}

/**
 * The WGS-84 point of a position read off GCJ-02 tiles, e.g. one an editor picked on a
 * Gaode map. gcoord inverts the offset iteratively, to well under a metre.
 */
export function gcj02ToWgs84(point: Gcj02): Wgs84 {
	const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.GCJ02, gcoord.WGS84);
	return { lat, lng };
}
