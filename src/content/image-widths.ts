/**
 * The widths the site offers an image at. Pages ask for these widths only, and the server
 * resizes a bundled image, or lets Sanity's image CDN resize one through the site's proxy, to
 * these only: a fixed ladder lets `srcset` fit the picture to its box on any screen while
 * keeping the number of resized copies, and so the work and the CDN calls, bounded.
 */

/** Formats the server resizes, keeping the format; others (SVG, GIF) are sent as they are. */
export const resizableExtensions: ReadonlySet<string> = new Set([
	'webp',
	'jpg',
	'jpeg',
	'png',
	'avif',
]);

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

/**
 * The ladder steps to ask an image CDN for, for the same box and original as `widthsFor`: the
 * original's own width, which is no step, becomes the step above it (a CDN asked to fit a
 * picture into a wider box sends it at its own width), or the largest step for a larger one.
 */
export function cdnWidthsFor(width: number, original: number): number[] {
	const largest = imageWidths[imageWidths.length - 1]!;
	const steps = widthsFor(width, original).map(
		(step) => imageWidths.find((candidate) => candidate >= step) ?? largest,
	);
	return [...new Set(steps)];
}

/** Whether the server resizes a file `original` pixels wide to `width`. */
export function isOfferedWidth(width: number, original: number): boolean {
	return imageWidths.includes(width) && width < original;
}
