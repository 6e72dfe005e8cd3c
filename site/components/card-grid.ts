/**
 * The `sizes` of a picture that fills a cell of `.card-grid` (see `styles/global.css`): cells
 * at least 17rem wide with 1.5rem gaps, in a page 72rem wide at most with 1rem padding on each
 * side. One column below 37.5rem, two below 56rem, then three.
 */
export const cardGridSizes = [
	'(min-width: 72rem) 22.4rem',
	'(min-width: 56rem) calc((100vw - 5rem) / 3)',
	'(min-width: 37.5rem) calc(50vw - 1.75rem)',
	'calc(100vw - 2rem)',
].join(', ');
