/**
 * The marker icons of the outreach map, one per site kind, drawn by the project as SVG in
 * `public/map/icons/`: each kind has its own outline shape, symbol and colour, so that no
 * kind is told apart by colour alone. The icons are served by the site; Leaflet's default
 * marker images are not used (their paths break once bundled).
 */

/**
 * Icon size in CSS pixels, the SVGs' own size, so that they are drawn unscaled: a 36 px
 * shape in a white halo over a pointer, in a box 44 px wide, the touch target the site
 * gives a finger everywhere.
 */
export const markerIconSize: [width: number, height: number] = [44, 54];

/** The pixel of the icon that sits on the site's point: the tip of the pointer. */
export const markerIconAnchor: [x: number, y: number] = [22, 49];

/** Where a popup opens, relative to the anchor: just above the shape's halo. */
export const markerPopupAnchor: [x: number, y: number] = [0, -48];

/** The address of `kind`'s icon. */
export function kindIconUrl(kind: string): string {
	return `/map/icons/${encodeURIComponent(kind)}.svg`;
}
