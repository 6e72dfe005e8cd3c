/**
 * The frame and the shared shapes of the exhibit drawings. They use the palette of the
 * dataset's other drawings (`art/canvas.ts`) at the museum's 4:3 size, hold no text (lines
 * of grey stand for writing), and so need no fonts to render.
 */
import { palette } from '../art/canvas.ts';

/** Exhibit drawings are 4:3, sharp enough for a full-width catalogue page. */
export const WIDTH = 1200;
export const HEIGHT = 900;

/** Colours the exhibits need beyond the shared palette. */
export const tones = {
	night: '#2c3550',
	nightDeep: '#1f2740',
	wood: '#9a6b43',
	darkWood: '#6e4a2e',
	brass: '#c99a4a',
	khaki: '#b9a77a',
	glass: '#d8ecf0',
	parchment: '#f3e6c8',
	wool: '#7c7a78',
	loess: '#d9b98a',
	board: '#3f4f45',
	skin: '#e8c3a0',
	uniform: '#6d7a86',
	blood: '#9e1526',
} as const;

export { palette };

export interface FrameOptions {
	/** The background colour; paper when left out. */
	background?: string;
	/** A floor band from this y down, in this colour. */
	floor?: { y: number; color: string };
}

/** An SVG document of the exhibit size holding `layers`, drawn back to front. */
export function exhibitScene(layers: string[], options: FrameOptions = {}): string {
	const { background = palette.paper, floor } = options;
	const back = [`<rect width="${WIDTH}" height="${HEIGHT}" fill="${background}"/>`];
	if (floor)
		back.push(
			`<rect y="${floor.y}" width="${WIDTH}" height="${HEIGHT - floor.y}" fill="${floor.color}"/>`,
		);

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
		...back,
		...layers,
		'</svg>',
	].join('\n');
}

/** A soft round light fading out from (cx, cy): a lamp's glow or a sunlit patch. */
export function glow(cx: number, cy: number, r: number, color: string, strength = 0.55): string {
	const id = `glow-${Math.round(cx)}-${Math.round(cy)}-${Math.round(r)}`;
	return [
		`<defs><radialGradient id="${id}"><stop offset="0" stop-color="${color}" stop-opacity="${strength}"/>`,
		`<stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient></defs>`,
		`<circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#${id})"/>`,
	].join('');
}

/** A flat shadow under something standing or lying at y. */
export function shadow(cx: number, y: number, rx: number, ry = rx * 0.12): string {
	return `<ellipse cx="${cx}" cy="${y}" rx="${rx}" ry="${ry}" fill="${palette.ink}" opacity="0.18"/>`;
}

/** Lines of writing as grey bars, the last one shorter, so no font is needed. */
export function writing(
	x: number,
	y: number,
	width: number,
	lines: number,
	gap = 26,
	color = '#b9ad9a',
): string {
	return Array.from({ length: lines }, (_, i) => {
		const length = i === lines - 1 ? width * 0.55 : width * (0.9 + ((i * 37) % 10) / 100);
		return `<rect x="${x}" y="${y + i * gap}" width="${Math.min(length, width)}" height="8" rx="4" fill="${color}"/>`;
	}).join('');
}

/** A sheet of paper with a soft shadow, turned `angle` degrees about its centre. */
export function sheet(
	x: number,
	y: number,
	width: number,
	height: number,
	angle = 0,
	fill: string = tones.parchment,
): string {
	const turn = `rotate(${angle} ${x + width / 2} ${y + height / 2})`;
	return [
		`<rect x="${x + 10}" y="${y + 14}" width="${width}" height="${height}" rx="6" fill="${palette.ink}" opacity="0.15" transform="${turn}"/>`,
		`<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="6" fill="${fill}" transform="${turn}"/>`,
	].join('');
}

/** A five-pointed star, point up, of outer radius r. */
export function star(cx: number, cy: number, r: number, fill: string = palette.red): string {
	const points = Array.from({ length: 10 }, (_, i) => {
		const radius = i % 2 === 0 ? r : r * 0.4;
		const angle = -Math.PI / 2 + (i * Math.PI) / 5;
		return `${(cx + Math.cos(angle) * radius).toFixed(1)},${(cy + Math.sin(angle) * radius).toFixed(1)}`;
	});
	return `<polygon points="${points.join(' ')}" fill="${fill}"/>`;
}

/** A person lying on their back along y, head to the left, under a blanket of `cover`. */
export function lyingPerson(
	x: number,
	y: number,
	length: number,
	cover: string = tones.wool,
): string {
	const head = length * 0.075;
	return [
		`<circle cx="${x + head}" cy="${y - head}" r="${head}" fill="${tones.skin}"/>`,
		`<rect x="${x + head * 2.1}" y="${y - head * 1.9}" width="${length - head * 2.1}" height="${head * 1.9}" rx="${head * 0.9}" fill="${cover}"/>`,
	].join('');
}

/** A simple wooden table top seen from the front, with its shadow on the wall. */
export function tableTop(y: number, color: string = tones.wood): string {
	return [
		`<rect x="0" y="${y}" width="${WIDTH}" height="${HEIGHT - y}" fill="${color}"/>`,
		`<rect x="0" y="${y}" width="${WIDTH}" height="14" fill="${tones.darkWood}" opacity="0.35"/>`,
	].join('');
}

/** A soft cap on the head of a `person(cx, ground, height)` from the shared symbols. */
export function cap(
	cx: number,
	ground: number,
	height: number,
	color: string,
	badge?: string,
): string {
	const r = height * 0.16;
	const cy = ground - height + r;
	return [
		`<path d="M${cx - r * 1.05} ${cy - r * 0.2}A${r * 1.05} ${r * 0.95} 0 0 1 ${cx + r * 1.05} ${cy - r * 0.2}Z" fill="${color}"/>`,
		`<rect x="${cx - r * 1.2}" y="${cy - r * 0.3}" width="${r * 2.4}" height="${r * 0.28}" rx="${r * 0.14}" fill="${color}"/>`,
		badge ? star(cx, cy - r * 0.62, r * 0.3, badge) : '',
	].join('');
}
