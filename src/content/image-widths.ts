/**
 * The widths the site offers a bundled image at. Pages ask for these widths only, and the
 * server resizes to these only: a fixed ladder lets `srcset` fit the picture to its box on
 * any screen while keeping the number of resized copies, and so the server's work, bounded.
 */

/** Formats the server resizes, keeping the format; others (SVG, GIF) are sent as they are. */
export const resizableExtensions: ReadonlySet<string> = new Set(['webp', 'jpg', 'jpeg', 'png', 'avif']);

/** Every width, in pixels, a bundled image may be resized to. */
export const imageWidths: readonly number[] = [320, 480, 640, 800, 960, 1200, 1600, 2048];

/**
 * The widths worth offering for a picture shown `width` CSS pixels wide from a file
 * `original` pixels wide: every ladder step up to twice the box (a phone's pixel density),
 * ending at the first that covers it. A step at or above the original is the file itself.
 */
export function widthsFor(width: number, original: number): number[] {
	const enough = 2 * width;
	const steps = imageWidths.filter((step) => step < original);
	const below = steps.filter((step) => step < enough);
	const covering = steps.find((step) => step >= enough) ?? original;

	return [...below, covering];
}

/** Whether the server resizes a file `original` pixels wide to `width`. */
export function isOfferedWidth(width: number, original: number): boolean {
	return imageWidths.includes(width) && width < original;
}
