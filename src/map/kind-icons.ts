/**
 * The marker icons of the outreach map, one per site kind, drawn by the project as SVG in
 * `public/map/icons/`: each kind has its own outline shape, symbol and colour, so that no
 * kind is told apart by colour alone. The icons are served by the site; Leaflet's default
 * marker images are not used (their paths break once bundled).
 */

/** Icon size in CSS pixels: a 36 × 36 shape over a pointer whose tip marks the place. */
export const markerIconSize: [width: number, height: number] = [36, 46];

/** The pixel of the icon that sits on the site's point: the tip of the pointer. */
export const markerIconAnchor: [x: number, y: number] = [18, 45];

/** Where a popup opens, relative to the anchor. */
export const markerPopupAnchor: [x: number, y: number] = [0, -42];

/** The address of `kind`'s icon. */
export function kindIconUrl(kind: string): string {
	return `/map/icons/${encodeURIComponent(kind)}.svg`;
}
