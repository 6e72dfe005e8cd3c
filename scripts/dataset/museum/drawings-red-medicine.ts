/**
 * Drawings for the hall on red medicine under fire (1927–1942): porters moving a hospital,
 * the Red Army medical school, a mule carrying surgical chests, and a doctor's desk in a
 * cave dwelling.
 */
import { mountains, tree } from '../art/nature.ts';
import { heart, person } from '../art/symbols.ts';
import {
	cap,
	exhibitScene,
	glow,
	palette,
	shadow,
	star,
	tableTop,
	tones,
	writing,
} from './drawing-kit.ts';

/** A porter walking under a shoulder pole with a chest hanging from each end. */
function porter(cx: number, ground: number, height: number, color: string): string {
	const shoulder = ground - height * 0.66;
	const reach = height * 0.62;
	const chest = (x: number) =>
		[
			`<line x1="${x}" y1="${shoulder}" x2="${x}" y2="${shoulder + height * 0.28}" stroke="${palette.ink}" stroke-width="4"/>`,
			`<rect x="${x - height * 0.16}" y="${shoulder + height * 0.28}" width="${height * 0.32}" height="${height * 0.24}" rx="6" fill="${tones.wood}"/>`,
			`<rect x="${x - height * 0.16}" y="${shoulder + height * 0.35}" width="${height * 0.32}" height="8" fill="${tones.darkWood}"/>`,
		].join('');

	return [
		person(cx, ground, height, { color }),
		cap(cx, ground, height, '#8c7a5b'),
		`<line x1="${cx - reach}" y1="${shoulder}" x2="${cx + reach}" y2="${shoulder}" stroke="${tones.darkWood}" stroke-width="9" stroke-linecap="round"/>`,
		chest(cx - reach + 12),
		chest(cx + reach - 12),
	].join('');
}

/** Porters carrying the hospital's chests along a hill path towards a farmhouse marked with a red star. */
export function hospitalPorters(): string {
	const terraces = [0, 1, 2, 3].map(
		(i) =>
			`<path d="M-20 ${470 + i * 38}Q300 ${440 + i * 38} 620 ${470 + i * 38}" fill="none" stroke="${palette.sage}" stroke-width="14" opacity="0.7"/>`,
	);
	const house = [
		`<rect x="760" y="360" width="380" height="210" fill="${palette.white}"/>`,
		`<path d="M730 370L950 270L1170 370Z" fill="#5d5a5e"/>`,
		`<rect x="920" y="460" width="64" height="110" fill="${tones.darkWood}"/>`,
		`<circle cx="860" cy="430" r="46" fill="${palette.halo}"/>`,
		star(860, 432, 40),
	];

	return exhibitScene(
		[
			mountains(
				460,
				[
					[120, 260],
					[420, 320],
					[760, 240],
					[1080, 300],
				],
				palette.deepSage,
			),
			`<rect y="440" width="1200" height="460" fill="#a9c29a"/>`,
			...terraces,
			...house,
			tree(690, 600, 220, palette.deepSage),
			`<path d="M-20 900C200 780 600 700 1220 620V700C700 760 400 820 300 900Z" fill="${palette.earth}"/>`,
			shadow(320, 840, 190, 18),
			porter(320, 830, 230, '#6f9fb0'),
			shadow(720, 760, 170, 16),
			porter(720, 752, 200, palette.deepSage),
		],
		{ background: palette.sky },
	);
}

/** A bare classroom: benches of students in caps facing a blackboard and an anatomy chart. */
export function medicalSchoolClassroom(): string {
	const student = (cx: number, y: number) =>
		[
			`<rect x="${cx - 55}" y="${y}" width="110" height="140" rx="50" fill="#6b7d6f"/>`,
			`<circle cx="${cx}" cy="${y - 20}" r="38" fill="#3d3a3f"/>`,
			`<path d="M${cx - 42} ${y - 34}A42 38 0 0 1 ${cx + 42} ${y - 34}Z" fill="#7a8c7e"/>`,
			`<rect x="${cx - 48}" y="${y - 40}" width="96" height="12" rx="6" fill="#7a8c7e"/>`,
		].join('');
	const chalkHeart = heart(410, 330, 170, 'none').replace(
		'fill="none"',
		`fill="none" stroke="${palette.white}" stroke-width="3"`,
	);

	return exhibitScene(
		[
			`<rect x="190" y="160" width="500" height="330" rx="8" fill="${tones.board}" stroke="${tones.darkWood}" stroke-width="14"/>`,
			chalkHeart,
			`<path d="M520 260H640M520 300H620M520 340H650" stroke="${palette.white}" stroke-width="4" opacity="0.7"/>`,
			`<rect x="790" y="120" width="220" height="360" fill="${tones.parchment}"/>`,
			person(900, 450, 290, { color: 'none' }).replace(
				/fill="none"/g,
				`fill="none" stroke="${palette.deepRed}" stroke-width="5"`,
			),
			`<rect x="1080" y="150" width="90" height="200" fill="${palette.sky}" stroke="${tones.darkWood}" stroke-width="10"/>`,
			`<rect y="590" width="1200" height="310" fill="#b99f7c"/>`,
			...[200, 420, 640, 860].map((x) => student(x, 620)),
			`<rect x="100" y="740" width="1000" height="28" rx="8" fill="${tones.wood}"/>`,
			...[310, 530, 750, 970].map((x) => student(x, 790)),
		],
		{ background: tones.loess },
	);
}

/** A mule laden with two surgical chests, led along a mountain path, a temple far off. */
export function muleWithChests(): string {
	const mule = [
		`<rect x="560" y="600" width="26" height="150" fill="#5a4a3c"/>`,
		`<rect x="610" y="600" width="26" height="150" fill="#4a3c30"/>`,
		`<rect x="800" y="600" width="26" height="150" fill="#5a4a3c"/>`,
		`<rect x="850" y="600" width="26" height="150" fill="#4a3c30"/>`,
		`<ellipse cx="720" cy="560" rx="190" ry="90" fill="#6e5a48"/>`,
		`<path d="M560 540Q530 470 500 410L565 395Q600 470 650 510Z" fill="#6e5a48"/>`,
		`<ellipse cx="470" cy="440" rx="80" ry="36" fill="#6e5a48" transform="rotate(38 470 440)"/>`,
		`<path d="M505 400L498 340L525 392Z" fill="#5a4a3c"/>`,
		`<path d="M530 395L540 335L552 398Z" fill="#5a4a3c"/>`,
		`<circle cx="492" cy="425" r="6" fill="${palette.ink}"/>`,
		`<path d="M905 540Q950 600 930 660" fill="none" stroke="#5a4a3c" stroke-width="10" stroke-linecap="round"/>`,
		`<rect x="600" y="470" width="260" height="40" rx="10" fill="${palette.deepRed}"/>`,
		`<rect x="620" y="500" width="110" height="130" rx="8" fill="${tones.wood}"/>`,
		`<rect x="740" y="500" width="110" height="130" rx="8" fill="${tones.darkWood}"/>`,
		`<rect x="620" y="545" width="230" height="10" fill="${palette.ink}" opacity="0.5"/>`,
	];
	const temple = [
		`<rect x="1000" y="300" width="120" height="70" fill="${palette.stone}"/>`,
		`<path d="M975 305Q1060 260 1145 305Z" fill="#5d5a5e"/>`,
	];

	return exhibitScene(
		[
			mountains(
				420,
				[
					[100, 240],
					[420, 300],
					[800, 220],
					[1100, 280],
				],
				'#a58f72',
			),
			`<rect y="380" width="1200" height="520" fill="${tones.loess}"/>`,
			...temple,
			`<path d="M-20 900C300 760 700 720 1220 700V780C800 800 500 840 420 900Z" fill="${palette.earth}"/>`,
			shadow(720, 760, 260, 20),
			...mule,
			`<line x1="425" y1="480" x2="330" y2="560" stroke="${palette.ink}" stroke-width="4"/>`,
			person(290, 790, 260, { color: '#6b7d6f' }),
			cap(290, 790, 260, '#7a8c7e'),
		],
		{ background: '#f0e3cc' },
	);
}

/** A doctor's bag, stethoscope, lit oil lamp and notebook under a cave dwelling's lattice window. */
export function caveDwellingDesk(): string {
	const lattice = [
		...[0, 1, 2, 3, 4].map(
			(i) =>
				`<line x1="${380 + i * 110}" y1="120" x2="${380 + i * 110}" y2="500" stroke="${tones.darkWood}" stroke-width="8"/>`,
		),
		...[0, 1, 2, 3].map(
			(i) =>
				`<line x1="330" y1="${200 + i * 90}" x2="870" y2="${200 + i * 90}" stroke="${tones.darkWood}" stroke-width="8"/>`,
		),
	];

	return exhibitScene(
		[
			`<defs><clipPath id="cave-window"><path d="M330 520V300A270 230 0 0 1 870 300V520Z"/></clipPath></defs>`,
			`<path d="M310 540V300A290 250 0 0 1 890 300V540Z" fill="${tones.darkWood}"/>`,
			`<path d="M330 520V300A270 230 0 0 1 870 300V520Z" fill="#f7ecd6"/>`,
			`<g clip-path="url(#cave-window)">${lattice.join('')}</g>`,
			tableTop(560),
			glow(980, 450, 230, palette.sun, 0.6),
			shadow(420, 770, 230, 22),
			`<path d="M230 600H620L650 770H200Z" fill="#6b4630"/>`,
			`<path d="M250 600Q420 520 600 600Z" fill="#5a3a26"/>`,
			`<path d="M360 560Q420 500 480 560" fill="none" stroke="#4a2e1e" stroke-width="16" stroke-linecap="round"/>`,
			`<rect x="400" y="640" width="50" height="30" rx="5" fill="${tones.brass}"/>`,
			`<path d="M700 700C660 640 720 600 760 650C800 700 850 720 880 680" fill="none" stroke="${palette.ink}" stroke-width="10" stroke-linecap="round"/>`,
			`<circle cx="880" cy="680" r="24" fill="#b8bcc0" stroke="${palette.ink}" stroke-width="6"/>`,
			`<path d="M700 700L680 760M700 700L730 760" stroke="${palette.ink}" stroke-width="6" stroke-linecap="round"/>`,
			`<rect x="940" y="520" width="80" height="40" rx="10" fill="${tones.brass}"/>`,
			`<path d="M955 520C940 470 950 430 960 420H1000C1010 430 1020 470 1005 520Z" fill="${tones.glass}" opacity="0.8"/>`,
			`<path d="M980 500C970 480 975 460 980 450C985 460 990 480 980 500Z" fill="${palette.sun}"/>`,
			`<rect x="920" y="560" width="120" height="20" rx="8" fill="${tones.brass}"/>`,
			`<rect x="760" y="780" width="240" height="90" rx="6" fill="${tones.parchment}" transform="rotate(-6 880 825)"/>`,
			writing(790, 800, 180, 2, 24),
		],
		{ background: tones.loess },
	);
}
