/**
 * Drawings for the hall on the Red Cross in China (1904–2022): the relief steamer at
 * Shanghai, stretcher bearers in the hills, the law of 1993 and Zhuzhou's life culture park.
 */
import { memorial } from '../art/buildings.ts';
import { cloud, flowers, hill, mountains, tree, water } from '../art/nature.ts';
import { cross, person } from '../art/symbols.ts';
import {
	cap,
	exhibitScene,
	lyingPerson,
	palette,
	shadow,
	tableTop,
	tones,
	writing,
} from './drawing-kit.ts';

/** A white flag with the red cross on a pole whose foot is at (x, y). */
function flag(x: number, y: number, height: number): string {
	const size = height * 0.45;
	return [
		`<rect x="${x - 4}" y="${y - height}" width="8" height="${height}" fill="${palette.ink}"/>`,
		`<rect x="${x + 4}" y="${y - height}" width="${size * 1.4}" height="${size}" fill="${palette.white}" stroke="#d9d0c2" stroke-width="3"/>`,
		cross(x + 4 + size * 0.7, y - height + size / 2, size * 0.7),
	].join('');
}

/** A waterfront of Western-style buildings and a relief steamer flying the red cross. */
export function shanghaiSteamer(): string {
	const buildings = [
		[40, 210, 300, palette.stone],
		[270, 240, 360, palette.earth],
		[530, 190, 280, palette.stone],
		[740, 260, 330, '#e6d3bd'],
		[1010, 200, 290, palette.earth],
	] as const;
	const fronts = buildings.map(([x, width, height, color]) => {
		const top = 470 - height;
		const columns = Array.from({ length: 4 }, (_, i) => {
			const cx = x + ((i + 0.5) / 4) * width;
			return `<rect x="${cx - 9}" y="${top + 60}" width="18" height="${height - 80}" fill="${palette.white}" opacity="0.7"/>`;
		});
		return `<rect x="${x}" y="${top}" width="${width}" height="${height}" fill="${color}"/><rect x="${x - 8}" y="${top}" width="${width + 16}" height="22" fill="${palette.deepRed}"/>${columns.join('')}`;
	});

	const steamer = [
		`<path d="M300 640H880L830 730H360Z" fill="${palette.ink}"/>`,
		`<rect x="400" y="560" width="360" height="80" rx="8" fill="${palette.white}"/>`,
		`<rect x="560" y="470" width="50" height="90" fill="${palette.deepRed}"/>`,
		`<rect x="560" y="470" width="50" height="16" fill="${palette.ink}"/>`,
		...[430, 500, 650, 720].map((x) => `<circle cx="${x}" cy="600" r="14" fill="${palette.sky}"/>`),
		flag(820, 640, 190),
		`<path d="M585 455C560 420 600 400 580 360" fill="none" stroke="${palette.stone}" stroke-width="18" stroke-linecap="round" opacity="0.8"/>`,
	];
	const quay = [
		`<rect y="470" width="1200" height="120" fill="#cdbfae"/>`,
		person(930, 560, 150, { color: '#6f9fb0' }),
		`<rect x="890" y="440" width="80" height="50" rx="6" fill="${tones.wood}"/>`,
		person(1060, 565, 150, { color: palette.deepSage }),
		`<rect x="1020" y="520" width="80" height="46" rx="6" fill="${tones.khaki}"/>`,
	];

	return exhibitScene(
		[
			cloud(220, 90, 220),
			cloud(900, 120, 180),
			...fronts,
			...quay,
			water(590, 1200, 900),
			...steamer,
		],
		{ background: palette.sky },
	);
}

/** Two bearers carrying a wounded man along a hill path, a first-aid tent beside it. */
export function stretcherBearers(): string {
	const stretcher = [
		`<rect x="270" y="655" width="620" height="12" rx="6" fill="${tones.wood}"/>`,
		lyingPerson(380, 658, 420, tones.wool),
	];

	return exhibitScene(
		[
			mountains(
				520,
				[
					[150, 300],
					[480, 380],
					[820, 290],
					[1100, 360],
				],
				palette.deepSage,
			),
			mountains(
				560,
				[
					[300, 200],
					[700, 240],
					[1000, 180],
				],
				palette.sage,
			),
			`<path d="M0 560H1200V900H0Z" fill="#cfc08f"/>`,
			`<path d="M-20 900C300 760 500 700 1220 650V720C700 760 420 800 260 900Z" fill="${palette.earth}"/>`,
			`<path d="M920 560L1040 400L1160 560Z" fill="${palette.white}"/>`,
			`<path d="M1020 560L1040 470L1060 560Z" fill="${palette.ink}"/>`,
			cross(1040, 450, 46),
			tree(120, 640, 260, palette.deepSage),
			shadow(580, 760, 340, 26),
			person(300, 760, 250, { color: tones.khaki }),
			person(860, 760, 250, { color: tones.khaki }),
			cap(300, 760, 250, tones.darkWood),
			cap(860, 760, 250, tones.darkWood),
			...stretcher,
			`<rect x="230" y="600" width="60" height="16" rx="8" fill="${palette.white}"/>`,
			cross(260, 608, 14),
			`<rect x="870" y="600" width="60" height="16" rx="8" fill="${palette.white}"/>`,
			cross(900, 608, 14),
		],
		{ background: palette.sky },
	);
}

/** A dark red bound law and an open book on a desk, a small red-cross flag standing by. */
export function lawBook(): string {
	return exhibitScene([
		`<rect width="1200" height="560" fill="#e9e2d6"/>`,
		tableTop(560, tones.darkWood),
		shadow(420, 760, 280, 26),
		`<path d="M180 600L640 560L700 740L230 790Z" fill="${palette.deepRed}"/>`,
		`<path d="M230 790L700 740L700 762L232 812Z" fill="#f0e6d2"/>`,
		`<path d="M250 630L600 600L640 720L280 755Z" fill="none" stroke="${tones.brass}" stroke-width="5"/>`,
		`<rect x="380" y="650" width="170" height="12" rx="6" fill="${tones.brass}" transform="rotate(-5 465 656)"/>`,
		shadow(860, 620, 250, 20),
		`<path d="M620 300Q740 280 860 300V610Q740 590 620 610Z" fill="${tones.parchment}"/>`,
		`<path d="M860 300Q980 280 1100 300V610Q980 590 860 610Z" fill="${palette.white}"/>`,
		writing(650, 340, 180, 9, 28),
		writing(890, 340, 180, 9, 28),
		`<rect x="120" y="250" width="8" height="310" fill="${palette.ink}"/>`,
		`<rect x="128" y="250" width="170" height="120" fill="${palette.white}" stroke="#d9d0c2" stroke-width="3"/>`,
		cross(213, 310, 80),
		`<rect x="90" y="548" width="68" height="16" rx="8" fill="${palette.ink}"/>`,
	]);
}

/** A hillside park: a path winding past trees and flower beds to a white memorial. */
export function lifeCulturePark(): string {
	return exhibitScene(
		[
			hill(300, 520, 1000, 300, palette.sage),
			hill(950, 520, 900, 360, palette.deepSage),
			`<rect y="500" width="1200" height="400" fill="#b9d3b0"/>`,
			`<path d="M380 900C460 780 720 720 620 600C580 560 600 540 640 520H700C660 560 690 600 720 640C820 760 640 820 640 900Z" fill="${palette.stone}"/>`,
			memorial(660, 560, 300),
			tree(170, 660, 300, palette.deepSage),
			tree(1040, 650, 280, palette.sage),
			tree(900, 560, 180, palette.deepSage),
			tree(360, 560, 170, palette.sage),
			flowers(60, 360, 760),
			flowers(820, 1150, 790),
			person(470, 830, 190, { color: palette.red }),
			person(820, 860, 200, { color: '#6f9fb0' }),
			`<circle cx="505" cy="700" r="22" fill="${palette.white}"/>`,
			`<circle cx="505" cy="700" r="10" fill="${palette.sun}"/>`,
			`<circle cx="790" cy="728" r="22" fill="${palette.white}"/>`,
			`<circle cx="790" cy="728" r="10" fill="${palette.sun}"/>`,
		],
		{ background: palette.sky },
	);
}
