/**
 * Which image addresses the Sanity asset proxy serves: only those the site's own pages make
 * (`src/content/image-urls.ts`, through `@sanity/image-url`) — a width of the ladder in
 * `image-widths.ts`, the height that width gives the cropped picture, the editor's crop as a
 * `rect` inside the picture, `fit=max` or `fit=crop`, and `auto=format`. Anything else is
 * refused, so that a stranger cannot make the server ask the CDN for endless variants.
 */
import { imageWidths } from '../content/image-widths.ts';

/** The CDN query for an accepted address, or why the address is refused. */
export type ImageQuery = { query: string } | { refused: string };

interface Rect {
	left: number;
	top: number;
	width: number;
	height: number;
}

const builderParameters = ['w', 'h', 'rect', 'fit', 'auto'];
const pixelCount = /^(0|[1-9]\d{0,4})$/;

/**
 * The CDN query for the image `name` (`<sha1>-<w>x<h>.<ext>`) asked for with `query`, its
 * parameters in a stable order. `auto=format` lets the CDN choose a format per browser, which
 * a shared cache cannot follow: it becomes WebP, which every browser the site supports shows
 * (vector and animated images keep their format).
 */
export function imageQuery(query: URLSearchParams, name: string): ImageQuery {
	const asked = new Map<string, string>();
	for (const [key, value] of query) {
		if (!builderParameters.includes(key)) {
			return refuse(`"${key}" is not a parameter the site's pages use`);
		}
		if (asked.has(key)) return refuse(`"${key}" is given twice`);
		asked.set(key, value);
	}

	const picture = pictureSize(name);
	const problem = picture ? checkSize(asked, picture) : 'its name gives no size';
	if (problem) return refuse(problem);

	const kept = new Map(asked);
	kept.delete('auto');
	if (!/\.(svg|gif)$/.test(name)) kept.set('fm', 'webp');

	return {
		query: [...kept]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
			.join('&'),
	};
}

// The reason `asked` is not an address the pages make, or null when it is one.
function checkSize(asked: Map<string, string>, picture: Rect): string | null {
	if (asked.get('auto') !== 'format') return 'auto=format is missing';

	const rect = asked.has('rect') ? parseRect(asked.get('rect')!, picture) : picture;
	if (!rect) {
		return `rect must be left,top,width,height inside the ${picture.width} × ${picture.height} picture`;
	}

	const width = asked.get('w');
	if (width === undefined) return 'w is missing';
	if (!imageWidths.includes(Number(width)) || !pixelCount.test(width)) {
		return `w must be one of ${imageWidths.join(', ')}`;
	}

	const height = asked.get('h');
	if (height === undefined) return asked.get('fit') === 'max' ? null : 'fit must be max without h';
	if (asked.get('fit') !== 'crop') return 'fit must be crop with h';

	// The page asks for the height its width gives the cropped picture, rounded.
	const expected = (Number(width) * rect.height) / rect.width;
	const slack = Math.max(1, Number(width) / rect.width);
	if (!pixelCount.test(height) || Math.abs(Number(height) - expected) > slack) {
		return `h must be ${Math.round(expected)}, the height w=${width} gives the picture`;
	}
	return null;
}

function parseRect(value: string, picture: Rect): Rect | null {
	const parts = value.split(',');
	if (parts.length !== 4 || !parts.every((part) => pixelCount.test(part))) return null;

	const [left, top, width, height] = parts.map(Number) as [number, number, number, number];
	const inside =
		width >= 1 && height >= 1 && left + width <= picture.width && top + height <= picture.height;
	return inside ? { left, top, width, height } : null;
}

function pictureSize(name: string): Rect | null {
	const match = /-(\d+)x(\d+)\.[a-z]+$/.exec(name);
	if (!match) return null;
	return { left: 0, top: 0, width: Number(match[1]), height: Number(match[2]) };
}

function refuse(problem: string): ImageQuery {
	return {
		refused: `This image address is not one the site makes: ${problem}. Images are served at the widths ${imageWidths.join(', ')} only, with the parameters w, h, rect, fit and auto=format that the site's pages use.`,
	};
}
