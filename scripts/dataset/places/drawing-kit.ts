/**
 * The pieces the project's place drawings are made of: sky, hills, trees, buildings, the
 * red cross. Each returns an SVG fragment on a 1200 × 800 canvas whose y grows downwards.
 * The drawings carry no text, so they read the same in every language.
 */

export const WIDTH = 1200;
export const HEIGHT = 800;

/** The colours every drawing shares, so that the set looks like one hand drew it. */
export const palette = {
	skyTop: '#e3eef0',
	skyLow: '#fbf5ec',
	sun: '#f0b44c',
	cloud: '#ffffff',
	hillFar: '#bcd5ca',
	hillMid: '#9dbfae',
	hillNear: '#7fa897',
	grass: '#b8d1a6',
	path: '#e9dccb',
	water: '#8fb8c4',
	trunk: '#7a5a3a',
	leaf: '#6f9d86',
	leafLight: '#93b89a',
	pine: '#47766a',
	wall: '#f3eee4',
	wallShade: '#ddd5c6',
	window: '#9cc3d5',
	roof: '#4b5563',
	stone: '#d8ccbb',
	red: '#c8102e',
	medical: '#1f8a8a',
	white: '#ffffff',
	ink: '#3d3a3f',
} as const;

/** A point of a drawing, in canvas pixels. */
export type Point = readonly [x: number, y: number];

/** The finished SVG document around the given layers, back to front. */
export function canvas(...layers: string[]): string {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
		...layers,
		'</svg>',
	].join('\n');
}

/** A sky fading from `top` to `low` over the whole canvas. */
export function sky(top: string = palette.skyTop, low: string = palette.skyLow): string {
	return `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${low}"/></linearGradient></defs>
<rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>`;
}

export function sun(x: number, y: number, radius = 56): string {
	return `<circle cx="${x}" cy="${y}" r="${radius}" fill="${palette.sun}" opacity="0.9"/>`;
}

export function cloud(x: number, y: number, scale = 1): string {
	return `<g transform="translate(${x} ${y}) scale(${scale})" fill="${palette.cloud}" opacity="0.85">
<ellipse cx="0" cy="0" rx="70" ry="26"/><ellipse cx="-38" cy="-14" rx="36" ry="26"/><ellipse cx="28" cy="-22" rx="42" ry="32"/></g>`;
}

/** A smooth ridge through `points`, filled down to the bottom of the canvas. */
export function ridge(points: readonly Point[], colour: string): string {
	return `<path d="${smoothPath(points)} L ${WIDTH} ${HEIGHT} L 0 ${HEIGHT} Z" fill="${colour}"/>`;
}

/** Flat ground from `y` down. */
export function ground(y: number, colour: string = palette.grass): string {
	return `<rect x="0" y="${y}" width="${WIDTH}" height="${HEIGHT - y}" fill="${colour}"/>`;
}

/** A broadleaf tree standing on (x, y). */
export function tree(x: number, y: number, size = 1, colour: string = palette.leaf): string {
	return `<g transform="translate(${x} ${y}) scale(${size})">
<rect x="-7" y="-70" width="14" height="70" rx="4" fill="${palette.trunk}"/>
<circle cx="0" cy="-100" r="48" fill="${colour}"/><circle cx="-30" cy="-78" r="30" fill="${colour}"/><circle cx="32" cy="-80" r="32" fill="${colour}"/></g>`;
}

/** A pine or cypress standing on (x, y). */
export function pine(x: number, y: number, size = 1): string {
	return `<g transform="translate(${x} ${y}) scale(${size})">
<rect x="-6" y="-30" width="12" height="30" fill="${palette.trunk}"/>
<path d="M0 -190 L44 -30 L-44 -30 Z" fill="${palette.pine}"/><path d="M0 -150 L54 -60 L-54 -60 Z" fill="${palette.pine}"/></g>`;
}

/** The red cross on a white ground, centred on (x, y). */
export function redCross(x: number, y: number, size = 60, framed = true): string {
	const arm = size / 3;
	const frame = framed
		? `<rect x="${x - size * 0.65}" y="${y - size * 0.65}" width="${size * 1.3}" height="${size * 1.3}" rx="${size * 0.15}" fill="${palette.white}"/>`
		: '';
	return `${frame}<rect x="${x - arm / 2}" y="${y - size / 2}" width="${arm}" height="${size}" fill="${palette.red}"/><rect x="${x - size / 2}" y="${y - arm / 2}" width="${size}" height="${arm}" fill="${palette.red}"/>`;
}

/**
 * A hospital's sign: a teal cross. Hospitals do not carry the red cross, which the law
 * reserves for the Red Cross itself and for army medical services.
 */
export function medicalCross(x: number, y: number, size = 60): string {
	return redCross(x, y, size, true).replaceAll(palette.red, palette.medical);
}

/** How a building looks: its size, colour and rows of windows. */
export interface BuildingShape {
	x: number;
	/** Where the building meets the ground. */
	y: number;
	width: number;
	height: number;
	colour?: string;
	rows?: number;
	columns?: number;
	roof?: 'flat' | 'pitched';
}

/** A building with a grid of windows; `roof` adds a pitched roof above it. */
export function building(shape: BuildingShape): string {
	const {
		x,
		y,
		width,
		height,
		colour = palette.wall,
		rows = 3,
		columns = 4,
		roof = 'flat',
	} = shape;
	const top = y - height;
	const parts = [
		`<rect x="${x}" y="${top}" width="${width}" height="${height}" fill="${colour}"/>`,
	];
	parts.push(
		`<rect x="${x}" y="${top}" width="${width}" height="10" fill="${palette.wallShade}"/>`,
	);

	const cellWidth = width / columns;
	const cellHeight = (height - 30) / rows;
	for (let row = 0; row < rows; row++) {
		for (let column = 0; column < columns; column++) {
			const wx = x + column * cellWidth + cellWidth * 0.25;
			const wy = top + 24 + row * cellHeight;
			parts.push(
				`<rect x="${wx}" y="${wy}" width="${cellWidth * 0.5}" height="${cellHeight * 0.55}" rx="3" fill="${palette.window}"/>`,
			);
		}
	}

	if (roof === 'pitched') {
		parts.push(
			`<path d="M${x - 16} ${top} L${x + width / 2} ${top - height * 0.35} L${x + width + 16} ${top} Z" fill="${palette.roof}"/>`,
		);
	}
	return parts.join('');
}

/** A person seen from afar, standing on (x, y). */
export function person(x: number, y: number, colour: string, size = 1): string {
	return `<g transform="translate(${x} ${y}) scale(${size})" fill="${colour}">
<circle cx="0" cy="-62" r="11"/><rect x="-12" y="-50" width="24" height="34" rx="10"/><rect x="-10" y="-20" width="8" height="20" rx="3"/><rect x="2" y="-20" width="8" height="20" rx="3"/></g>`;
}

/** A row of small round flowers between x and x + width on the line y. */
export function flowers(x: number, y: number, width: number, colours: readonly string[]): string {
	const parts: string[] = [];
	for (let i = 0; i * 22 < width; i++) {
		const colour = colours[i % colours.length] ?? palette.white;
		parts.push(`<circle cx="${x + i * 22}" cy="${y - (i % 2) * 8}" r="9" fill="${colour}"/>`);
	}
	return parts.join('');
}

/** A curved roof of a Chinese hall, eaves turned up, over the span x … x + width. */
export function hallRoof(x: number, y: number, width: number, colour: string): string {
	const lift = width * 0.08;
	return `<path d="M${x - lift} ${y - lift} Q${x + width * 0.1} ${y} ${x + width * 0.2} ${y - width * 0.12} L${x + width * 0.8} ${y - width * 0.12} Q${x + width * 0.9} ${y} ${x + width + lift} ${y - lift} L${x + width} ${y + 8} L${x} ${y + 8} Z" fill="${colour}"/>`;
}

// Catmull-Rom through the points, written as cubic Béziers.
function smoothPath(points: readonly Point[]): string {
	const [first] = points;
	if (first === undefined) return 'M 0 0';

	let d = `M ${first[0]} ${first[1]}`;
	for (let i = 0; i < points.length - 1; i++) {
		const p0 = points[Math.max(0, i - 1)] ?? first;
		const p1 = points[i] ?? first;
		const p2 = points[i + 1] ?? p1;
		const p3 = points[Math.min(points.length - 1, i + 2)] ?? p2;
		const c1 = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
		const c2 = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
		d += ` C ${c1[0]} ${c1[1]} ${c2[0]} ${c2[1]} ${p2[0]} ${p2[1]}`;
	}
	return d;
}
