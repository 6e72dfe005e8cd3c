/**
 * Drawings shown inside story bodies, each with the alternative text that describes it.
 */
import { GROUND, palette, scene, type Drawing } from './canvas.ts';
import { cloud, cypress, hill, sun, tree } from './nature.ts';
import { cell, drop, heart, heartPath } from './symbols.ts';

export const lifeParkFlowerBedFigure: Drawing = {
	alt: {
		zh: '插画：公园里一排树木立在绿色山坡前，树前的地上有一个开满红花的心形花坛。',
		en: 'Illustration: a row of trees in front of green hills in a park, with a heart-shaped flower bed full of red flowers before them.',
	},
	draw: () =>
		scene(
			[
				sun(980, 140, 50),
				cloud(260, 140, 170),
				cloud(640, 90, 110),
				hill(360, GROUND + 6, 1000, 230, palette.mist),
				hill(900, GROUND + 6, 900, 170, palette.sage),
				...[150, 300, 450, 750, 900, 1050].map((x, i) =>
					i % 2 ? cypress(x, GROUND, 210) : tree(x, GROUND, 190, palette.deepSage),
				),
				heart(600, 566, 200, palette.deepSage),
				heart(600, 562, 176, palette.blush),
				flowerBed(600, 562, 176),
			],
			{ sky: palette.sky, halo: false },
		),
};

// Rows of flowers, clipped to the heart so that the bed keeps its outline.
function flowerBed(cx: number, cy: number, size: number): string {
	const flowers: string[] = [];
	for (let row = 0; row < 10; row++) {
		for (let column = 0; column < 11; column++) {
			const x = cx - size / 2 + 8 + column * (size / 10);
			const y = cy - size / 2 + 12 + row * (size / 10);
			const color = (row + column) % 2 ? palette.red : palette.deepRed;
			flowers.push(`<circle cx="${x}" cy="${y}" r="${size * 0.03}" fill="${color}"/>`);
		}
	}

	return [
		`<clipPath id="flower-bed">${heartPath(cx, cy, size * 0.9)}</clipPath>`,
		`<g clip-path="url(#flower-bed)">${flowers.join('')}</g>`,
	].join('');
}

export const threeGiftsFigure: Drawing = {
	alt: {
		zh: '插画：三个相连的圆，分别画着一滴血、一组细胞和一颗心，代表无偿献血、捐献造血干细胞和捐献人体器官。',
		en: 'Illustration: three linked circles holding a drop of blood, a cluster of cells and a heart, standing for blood donation, stem-cell donation and organ donation.',
	},
	draw: () =>
		scene(
			[
				`<path d="M260 340H940" stroke="${palette.red}" stroke-width="10" stroke-dasharray="4 22" stroke-linecap="round"/>`,
				...[260, 600, 940].map(
					(cx) =>
						`<circle cx="${cx}" cy="340" r="150" fill="${palette.halo}" stroke="${palette.blush}" stroke-width="8"/>`,
				),
				drop(260, 340, 170),
				cell(570, 310, 48),
				cell(650, 375, 38),
				cell(560, 400, 28),
				heart(940, 345, 180),
			],
			{ halo: false, ground: false },
		),
};
