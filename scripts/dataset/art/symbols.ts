/**
 * Symbols the drawings share: the red cross, the heart, the drop, cells, an eye, the AED,
 * the pulse line and people. Each takes its position in cover pixels and returns SVG.
 */
import { palette } from './canvas.ts';

const HEART_PATH =
	'M50 90C22 70 4 52 4 32C4 16 16 5 30 5C40 5 47 11 50 19C53 11 60 5 70 5C84 5 96 16 96 32C96 52 78 70 50 90Z';

const DROP_PATH = 'M50 2C50 2 12 46 12 66C12 86 29 98 50 98C71 98 88 86 88 66C88 46 50 2 50 2Z';

/** Draws `inner`, written in a 100 × 100 box, centred on (cx, cy) at `size` pixels. */
export function placed(cx: number, cy: number, size: number, inner: string): string {
	const scale = size / 100;
	return `<g transform="translate(${cx - size / 2} ${cy - size / 2}) scale(${scale})">${inner}</g>`;
}

/** The red cross: five equal squares, `size` pixels across. */
export function cross(cx: number, cy: number, size: number, fill: string = palette.red): string {
	const arm = size / 3;
	const path = `M${cx - arm / 2} ${cy - size / 2}h${arm}v${arm}h${arm}v${arm}h${-arm}v${arm}h${-arm}v${-arm}h${-arm}v${-arm}h${arm}z`;
	return `<path d="${path}" fill="${fill}"/>`;
}

/** A red cross on a white disc, the emblem hung on buildings and vehicles. */
export function emblem(cx: number, cy: number, size: number): string {
	return `<circle cx="${cx}" cy="${cy}" r="${size / 2}" fill="${palette.white}"/>${cross(cx, cy, size * 0.6)}`;
}

export function heart(cx: number, cy: number, size: number, fill: string = palette.red): string {
	return heartPath(cx, cy, size, `fill="${fill}"`);
}

/** The heart as one `<path>` element, for places that take no group, such as a clip path. */
export function heartPath(cx: number, cy: number, size: number, attributes = ''): string {
	const scale = size / 100;
	return `<path d="${HEART_PATH}" transform="translate(${cx - size / 2} ${cy - size / 2}) scale(${scale})" ${attributes}/>`;
}

export function drop(cx: number, cy: number, size: number, fill: string = palette.red): string {
	return placed(cx, cy, size, `<path d="${DROP_PATH}" fill="${fill}"/>`);
}

/** A round cell with its nucleus, for the stem cells. */
export function cell(cx: number, cy: number, r: number, fill: string = palette.blush): string {
	return [
		`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" stroke="${palette.red}" stroke-width="${r / 8}"/>`,
		`<circle cx="${cx + r * 0.15}" cy="${cy - r * 0.1}" r="${r * 0.38}" fill="${palette.red}"/>`,
	].join('');
}

/** An open eye with a bright pupil, for sight restored. */
export function eye(cx: number, cy: number, width: number): string {
	const eyelids = 'M4 50C22 20 78 20 96 50C78 80 22 80 4 50Z';
	return placed(
		cx,
		cy,
		width,
		[
			`<path d="${eyelids}" fill="${palette.white}" stroke="${palette.ink}" stroke-width="4"/>`,
			`<circle cx="50" cy="50" r="18" fill="${palette.deepSage}"/>`,
			`<circle cx="50" cy="50" r="8" fill="${palette.ink}"/>`,
			`<circle cx="56" cy="44" r="4" fill="${palette.white}"/>`,
		].join(''),
	);
}

/** An automated external defibrillator: a green case with a heart and a spark. */
export function defibrillator(cx: number, cy: number, size: number): string {
	return placed(
		cx,
		cy,
		size,
		[
			`<rect x="6" y="10" width="88" height="80" rx="14" fill="${palette.deepSage}"/>`,
			`<rect x="36" y="2" width="28" height="12" rx="5" fill="${palette.deepSage}"/>`,
			`<path d="${HEART_PATH}" transform="translate(20 24) scale(0.6)" fill="${palette.white}"/>`,
			`<path d="M53 30L42 52H52L46 70L60 46H50Z" fill="${palette.red}"/>`,
		].join(''),
	);
}

/** A heartbeat trace from x1 to x2 along y, with one beat at `beatX`. */
export function pulseLine(
	x1: number,
	x2: number,
	y: number,
	beatX: number,
	color: string = palette.red,
): string {
	const points = [
		[x1, y],
		[beatX - 60, y],
		[beatX - 40, y - 30],
		[beatX - 20, y + 40],
		[beatX, y - 90],
		[beatX + 22, y + 60],
		[beatX + 40, y],
		[x2, y],
	];
	const d = points.map(([x, py], i) => `${i === 0 ? 'M' : 'L'}${x} ${py}`).join('');
	return `<path d="${d}" fill="none" stroke="${color}" stroke-width="10" stroke-linecap="round" stroke-linejoin="round"/>`;
}

export interface PersonOptions {
	color?: string;
	armsUp?: boolean;
}

/** A simple figure standing on `ground`, `height` pixels tall. */
export function person(
	cx: number,
	ground: number,
	height: number,
	options: PersonOptions = {},
): string {
	const { color = palette.red, armsUp = false } = options;
	const head = height * 0.16;
	const bodyTop = ground - height + head * 2.2;
	const half = height * 0.19;
	const body = `M${cx - half} ${ground}V${bodyTop + half}A${half} ${half} 0 0 1 ${cx + half} ${bodyTop + half}V${ground}Z`;
	const arms = armsUp
		? `<path d="M${cx - half * 0.8} ${bodyTop + half * 0.6}L${cx - half * 1.9} ${bodyTop - half * 0.9}M${cx + half * 0.8} ${bodyTop + half * 0.6}L${cx + half * 1.9} ${bodyTop - half * 0.9}" stroke="${color}" stroke-width="${half * 0.55}" stroke-linecap="round"/>`
		: '';

	return [
		arms,
		`<path d="${body}" fill="${color}"/>`,
		`<circle cx="${cx}" cy="${ground - height + head}" r="${head}" fill="${color}"/>`,
	].join('');
}

/** A screen on a stand showing a heartbeat, for smart training equipment. */
export function monitor(cx: number, ground: number, width: number): string {
	const height = width * 0.62;
	const top = ground - height - width * 0.25;
	const left = cx - width / 2;

	return [
		`<rect x="${cx - width * 0.05}" y="${top + height}" width="${width * 0.1}" height="${width * 0.22}" fill="${palette.ink}"/>`,
		`<rect x="${cx - width * 0.22}" y="${ground - width * 0.04}" width="${width * 0.44}" height="${width * 0.04}" rx="4" fill="${palette.ink}"/>`,
		`<rect x="${left}" y="${top}" width="${width}" height="${height}" rx="18" fill="${palette.ink}"/>`,
		`<rect x="${left + 16}" y="${top + 16}" width="${width - 32}" height="${height - 32}" rx="8" fill="${palette.sky}"/>`,
		pulseLine(left + 36, left + width - 36, top + height * 0.58, cx + width * 0.05),
	].join('');
}

/** Concentric arcs above a point: a signal, for an online service. */
export function signal(
	cx: number,
	cy: number,
	radius: number,
	color: string = palette.red,
): string {
	return [0.4, 0.7, 1]
		.map((share) => {
			const r = radius * share;
			const dx = r * Math.SQRT1_2;
			return `<path d="M${cx - dx} ${cy - dx}A${r} ${r} 0 0 1 ${cx + dx} ${cy - dx}" fill="none" stroke="${color}" stroke-width="${radius * 0.1}" stroke-linecap="round"/>`;
		})
		.join('');
}
