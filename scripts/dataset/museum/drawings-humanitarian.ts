/**
 * Drawings for the hall on the birth of humanitarian medicine (1854–1864): the lantern in a
 * night ward, the "rose" diagram, Solferino, the book of 1862 and the convention of 1864.
 */
import { cross } from '../art/symbols.ts';
import { person } from '../art/symbols.ts';
import { hill, sun } from '../art/nature.ts';
import {
	exhibitScene,
	glow,
	lyingPerson,
	palette,
	shadow,
	sheet,
	tableTop,
	tones,
	writing,
} from './drawing-kit.ts';

/** A folding lantern standing for the one in the drawings and the 3D model. */
function lantern(cx: number, top: number, height: number): string {
	const width = height * 0.62;
	const shadeTop = top + height * 0.28;
	const shadeHeight = height * 0.6;
	const hoops = Array.from({ length: 6 }, (_, i) => {
		const y = shadeTop + ((i + 0.5) / 6) * shadeHeight;
		return `<rect x="${cx - width / 2 - 3}" y="${y - 2}" width="${width + 6}" height="4" rx="2" fill="${tones.darkWood}"/>`;
	});

	return [
		`<path d="M${cx - width * 0.3} ${top + height * 0.2}A${width * 0.3} ${width * 0.3} 0 0 1 ${cx + width * 0.3} ${top + height * 0.2}" fill="none" stroke="${tones.darkWood}" stroke-width="5"/>`,
		`<rect x="${cx - width / 2 - 6}" y="${top + height * 0.18}" width="${width + 12}" height="${height * 0.1}" rx="8" fill="${tones.brass}"/>`,
		`<rect x="${cx - width / 2}" y="${shadeTop}" width="${width}" height="${shadeHeight}" rx="${width * 0.12}" fill="#fff1cf"/>`,
		...hoops,
		`<rect x="${cx - width / 2 - 6}" y="${shadeTop + shadeHeight}" width="${width + 12}" height="${height * 0.1}" rx="8" fill="${tones.brass}"/>`,
	].join('');
}

/** Night in a barrack ward: arched windows, a row of beds, a nurse carrying a lantern. */
export function lanternWard(): string {
	const arches = [150, 450, 750, 1050].map(
		(x) =>
			`<path d="M${x - 90} 470V250A90 90 0 0 1 ${x + 90} 250V470Z" fill="${tones.nightDeep}"/>` +
			`<path d="M${x - 70} 460V260A70 70 0 0 1 ${x + 70} 260V460Z" fill="#46577e"/>`,
	);
	const beds = [120, 420, 720].map((x) =>
		[
			`<rect x="${x}" y="600" width="250" height="26" rx="6" fill="${palette.stone}"/>`,
			`<rect x="${x + 8}" y="626" width="10" height="60" fill="${palette.earth}"/>`,
			`<rect x="${x + 232}" y="626" width="10" height="60" fill="${palette.earth}"/>`,
			lyingPerson(x + 10, 604, 236, '#8a94a8'),
		].join(''),
	);

	return exhibitScene(
		[
			...arches,
			...beds,
			glow(930, 560, 300, palette.sun, 0.6),
			person(880, 820, 330, { color: tones.nightDeep }),
			`<path d="M900 600L948 640" stroke="${tones.nightDeep}" stroke-width="22" stroke-linecap="round"/>`,
			lantern(960, 580, 170),
		],
		{ background: tones.night, floor: { y: 690, color: '#3a3550' } },
	);
}

/** Two polar-area diagrams on an old sheet; the wedge sizes are illustrative only. */
export function roseDiagram(): string {
	const colors = ['#6f9fb0', palette.ink, palette.red];
	// The larger sector of a month goes underneath, so every cause stays in sight.
	const wedges = (cx: number, cy: number, sizes: number[][]) =>
		sizes
			.flatMap((causes, month) =>
				causes
					.map((size, cause) => ({ size, color: colors[cause] ?? palette.ink }))
					.sort((a, b) => b.size - a.size)
					.map(({ size, color }) => wedge(cx, cy, size, month, color)),
			)
			.join('');

	// Disease, other causes, wounds: month by month, sized for the eye and not from data.
	const first = [
		[60, 34, 40],
		[80, 38, 46],
		[110, 44, 52],
		[150, 50, 60],
		[200, 56, 66],
		[250, 60, 72],
		[215, 56, 64],
		[175, 50, 58],
		[140, 46, 54],
		[105, 40, 48],
		[80, 36, 44],
		[65, 34, 40],
	];
	const second = [
		[70, 34, 30],
		[60, 30, 26],
		[52, 28, 24],
		[46, 26, 22],
		[40, 24, 20],
		[36, 22, 18],
		[34, 21, 18],
		[36, 22, 18],
		[42, 24, 20],
		[50, 26, 22],
		[58, 28, 24],
		[64, 32, 26],
	];

	return exhibitScene([
		sheet(90, 120, 1020, 660, -1.5),
		`<circle cx="760" cy="450" r="255" fill="none" stroke="#d8c9a8" stroke-width="3"/>`,
		`<circle cx="330" cy="470" r="120" fill="none" stroke="#d8c9a8" stroke-width="3"/>`,
		wedges(760, 450, first),
		wedges(330, 470, second),
		`<path d="M450 470C520 470 520 450 505 450" fill="none" stroke="${palette.ink}" stroke-width="3" stroke-dasharray="10 8"/>`,
		writing(150, 700, 300, 2, 24),
	]);
}

// One month's sector: twelve of them make the full circle, starting at nine o'clock.
function wedge(cx: number, cy: number, r: number, month: number, fill: string): string {
	const start = Math.PI + (month * Math.PI) / 6;
	const end = start + Math.PI / 6;
	const point = (angle: number) =>
		`${(cx + Math.cos(angle) * r).toFixed(1)} ${(cy + Math.sin(angle) * r).toFixed(1)}`;
	return `<path d="M${cx} ${cy}L${point(start)}A${r} ${r} 0 0 1 ${point(end)}Z" fill="${fill}" stroke="${tones.parchment}" stroke-width="2"/>`;
}

/** A church with a bell tower among the hills, villagers tending the wounded before it. */
export function solferinoAftermath(): string {
	const church = [
		`<rect x="640" y="300" width="380" height="300" fill="${palette.stone}"/>`,
		`<path d="M620 305L830 190L1040 305Z" fill="${palette.deepRed}"/>`,
		`<rect x="560" y="170" width="90" height="430" fill="${palette.earth}"/>`,
		`<path d="M550 175L605 100L660 175Z" fill="${palette.deepRed}"/>`,
		`<path d="M588 230A17 17 0 0 1 622 230V270H588Z" fill="${palette.ink}"/>`,
		`<path d="M790 600V480A40 40 0 0 1 870 480V600Z" fill="${palette.ink}"/>`,
		`<circle cx="830" cy="380" r="34" fill="${palette.sky}"/>`,
	];
	const wounded = [
		lyingPerson(120, 700, 230, tones.wool),
		lyingPerson(400, 740, 230, '#8a94a8'),
		lyingPerson(700, 700, 230, tones.khaki),
	];
	const helpers = [
		person(330, 700, 210, { color: palette.red }),
		person(640, 745, 200, { color: palette.deepSage }),
		person(960, 705, 215, { color: '#6f9fb0' }),
	];
	const jugs = [
		`<path d="M350 640h34l6 46h-46Z" fill="${palette.earth}"/>`,
		`<path d="M985 640h34l6 46h-46Z" fill="${palette.earth}"/>`,
	];

	return exhibitScene(
		[
			sun(200, 170, 60, 0),
			hill(250, 620, 900, 260, palette.sage),
			hill(1050, 620, 800, 200, palette.deepSage),
			...church,
			`<rect y="600" width="1200" height="300" fill="#e2c98f"/>`,
			...wounded.map((body, i) => shadow(235 + i * 290, 705 + (i % 2) * 40, 130) + body),
			...helpers,
			...jugs,
		],
		{ background: palette.sky },
	);
}

/** An open book whose pages hold only lines, with an inkwell, a quill and a candle. */
export function memoirBook(): string {
	const page = (x: number) =>
		`<path d="M${x} 360Q${x + 180} 330 ${x + 360} 360V690Q${x + 180} 660 ${x} 690Z" fill="${tones.parchment}"/>`;

	return exhibitScene([
		`<rect width="1200" height="560" fill="#e8dcc6"/>`,
		glow(1000, 330, 260, palette.sun, 0.45),
		tableTop(560),
		shadow(600, 720, 420, 30),
		`<path d="M230 370Q420 330 600 370Q780 330 970 370V710Q780 670 600 710Q420 670 230 710Z" fill="${palette.deepRed}"/>`,
		page(240),
		page(600),
		`<line x1="600" y1="365" x2="600" y2="690" stroke="#c9b48f" stroke-width="4"/>`,
		writing(280, 410, 280, 9, 28),
		writing(640, 410, 280, 9, 28),
		`<rect x="80" y="560" width="110" height="90" rx="18" fill="${palette.ink}"/>`,
		`<rect x="108" y="540" width="54" height="26" rx="6" fill="${palette.ink}"/>`,
		`<path d="M135 550C150 430 210 330 300 250C250 350 200 450 145 552Z" fill="${palette.white}" stroke="#cfc6b8" stroke-width="3"/>`,
		`<rect x="985" y="470" width="34" height="130" rx="6" fill="${palette.white}"/>`,
		`<path d="M1002 470C990 450 996 430 1002 418C1008 430 1014 450 1002 470Z" fill="${palette.sun}"/>`,
		`<rect x="950" y="596" width="104" height="18" rx="9" fill="${tones.brass}"/>`,
	]);
}

/** The convention's text with twelve red wax seals, and a red-cross armband beside it. */
export function conventionSeals(): string {
	const seals = Array.from({ length: 12 }, (_, i) => {
		const x = 300 + (i % 6) * 92;
		const y = 630 + Math.floor(i / 6) * 92;
		return [
			`<circle cx="${x}" cy="${y}" r="36" fill="${palette.deepRed}"/>`,
			`<circle cx="${x}" cy="${y}" r="24" fill="${palette.red}"/>`,
			`<circle cx="${x}" cy="${y}" r="12" fill="${palette.deepRed}"/>`,
		].join('');
	});

	return exhibitScene([
		tableTop(0, '#cdb38f'),
		sheet(230, 70, 560, 790, 0),
		`<rect x="290" y="120" width="440" height="10" rx="5" fill="#a3937a"/>`,
		writing(290, 170, 440, 13, 30),
		...seals,
		armband(930, 450, -12),
	]);
}

/** A white armband with the red cross, laid flat and turned `angle` degrees. */
function armband(cx: number, cy: number, angle: number): string {
	return [
		`<g transform="rotate(${angle} ${cx} ${cy})">`,
		shadow(cx, cy + 140, 120, 14),
		`<rect x="${cx - 110}" y="${cy - 130}" width="220" height="260" rx="26" fill="${palette.white}" stroke="#d9d0c2" stroke-width="4"/>`,
		`<rect x="${cx - 110}" y="${cy - 130}" width="220" height="30" rx="12" fill="#ece4d6"/>`,
		cross(cx, cy + 10, 150),
		'</g>',
	].join('');
}

/** A close view of the armband worn on a sleeve. */
export function armbandOnSleeve(): string {
	const arm = 'M330 -40H870L820 940H380Z';
	return exhibitScene(
		[
			`<g transform="rotate(-18 600 450)">`,
			`<path d="${arm}" fill="${tones.uniform}"/>`,
			`<path d="M560 -40H600L590 940H570Z" fill="#5e6a75"/>`,
			`<path d="M352 300Q600 340 852 300L838 560Q600 600 364 560Z" fill="${palette.white}"/>`,
			cross(600, 445, 170),
			`<path d="M364 560Q600 600 838 560" fill="none" stroke="#d9d0c2" stroke-width="6"/>`,
			`<path d="M352 300Q600 340 852 300" fill="none" stroke="#d9d0c2" stroke-width="6"/>`,
			`<circle cx="760" cy="680" r="14" fill="${tones.brass}"/>`,
			'</g>',
		],
		{ background: palette.halo },
	);
}
