/**
 * The shared ground of every drawing the dataset makes: its size, its palette and the
 * frame a scene is drawn into. Drawings hold no text, so rendering needs no fonts.
 */
import type { Bilingual } from '../locale.ts';

/** Covers are 16:9, large enough for a full-width story header. */
export const WIDTH = 1200;
export const HEIGHT = 675;

/** Where the ground starts: scenes stand their buildings and trees on this line. */
export const GROUND = 560;

/** The palette: the Red Cross red on warm paper, with muted greens and a sun yellow. */
export const palette = {
	paper: '#fbf5ec',
	halo: '#f6e1da',
	blush: '#eec3bb',
	red: '#c8102e',
	deepRed: '#8e1b2b',
	ink: '#3d3a3f',
	stone: '#e9dccb',
	earth: '#d8c4ab',
	sky: '#e3eef0',
	mist: '#bcd5ca',
	sage: '#7fa897',
	deepSage: '#47766a',
	water: '#8fb8c4',
	sun: '#f0b44c',
	white: '#ffffff',
} as const;

export interface SceneOptions {
	/** The sky colour behind the scene; paper when left out. */
	sky?: string;
	/** Whether to draw the soft circle that sets off the subject. */
	halo?: boolean;
	/** Whether to draw the ground band. */
	ground?: boolean;
}

/** An SVG document of the cover size holding `layers`, drawn back to front. */
export function scene(layers: string[], options: SceneOptions = {}): string {
	const { sky = palette.paper, halo = true, ground = true } = options;

	const back = [
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="${sky}"/>`,
		halo ? `<circle cx="${WIDTH / 2}" cy="${GROUND - 220}" r="250" fill="${palette.halo}"/>` : '',
		ground ? groundBand() : '',
	];

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
		...back,
		...layers,
		'</svg>',
	].join('\n');
}

function groundBand(): string {
	return [
		`<rect y="${GROUND}" width="${WIDTH}" height="${HEIGHT - GROUND}" fill="${palette.stone}"/>`,
		`<rect y="${GROUND}" width="${WIDTH}" height="6" fill="${palette.earth}"/>`,
	].join('');
}

/** A drawing the dataset renders, with the alternative text that describes it. */
export interface Drawing {
	draw: () => string;
	alt: Bilingual;
}
