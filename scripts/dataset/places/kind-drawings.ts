/**
 * Generic drawings for sample outreach sites, one per kind of place. Several sample sites
 * share one drawing; it illustrates the kind of place and never a particular one.
 */
import type { SiteKind } from './activities.ts';
import {
	building,
	canvas,
	cloud,
	ground,
	hallRoof,
	medicalCross,
	palette,
	person,
	pine,
	redCross,
	ridge,
	sky,
	sun,
	tree,
} from './drawing-kit.ts';
import type { Bilingual } from '../locale.ts';

/** A drawing and the alt text that describes it. */
export interface Drawing {
	draw: () => string;
	alt: Bilingual;
}

/** One drawing for each kind of outreach site. */
export const kindDrawings: Record<SiteKind, Drawing> = {
	community: {
		draw: community,
		alt: {
			zh: '插画：居民楼前的红十字服务亭，居民在亭前交谈',
			en: 'Illustration: a Red Cross kiosk in front of blocks of flats, with residents chatting',
		},
	},
	school: {
		draw: school,
		alt: {
			zh: '插画：校园教学楼和操场，学生在跑道旁活动',
			en: 'Illustration: a school building and sports ground, with pupils by the track',
		},
	},
	enterprise: {
		draw: enterprise,
		alt: {
			zh: '插画：厂房和办公楼，墙上挂着红十字急救箱',
			en: 'Illustration: a factory hall and office block, a Red Cross first-aid box on the wall',
		},
	},
	park: {
		draw: park,
		alt: {
			zh: '插画：公园湖边的亭子和树木',
			en: 'Illustration: a pavilion and trees beside a lake in a park',
		},
	},
	hospital: {
		draw: hospital,
		alt: {
			zh: '插画：医院大楼和门前的救护车',
			en: 'Illustration: a hospital building with an ambulance at the door',
		},
	},
	station: {
		draw: station,
		alt: {
			zh: '插画：车站站房和雨棚，站台边设有急救设备柜',
			en: 'Illustration: a station building and canopy, with a first-aid cabinet on the platform',
		},
	},
	village: {
		draw: village,
		alt: {
			zh: '插画：山脚下的农舍和梯田，村口有红十字服务点',
			en: 'Illustration: farmhouses and terraced fields below hills, a Red Cross point by the village',
		},
	},
	scenic: {
		draw: scenic,
		alt: {
			zh: '插画：青山绿水间的景区亭台，旁边设有红十字救护点',
			en: 'Illustration: a pavilion among green hills and water, with a Red Cross first-aid point',
		},
	},
};

function community(): string {
	return canvas(
		sky(),
		cloud(980, 130),
		ground(600, '#c2d6b0'),
		building({ x: 80, y: 600, width: 300, height: 420, rows: 8, columns: 4, colour: '#f1e3cf' }),
		building({ x: 420, y: 600, width: 300, height: 360, rows: 7, columns: 4 }),
		building({ x: 760, y: 600, width: 320, height: 440, rows: 8, columns: 4, colour: '#e8eef1' }),
		`<rect x="520" y="620" width="200" height="110" rx="8" fill="${palette.white}"/>`,
		`<rect x="505" y="600" width="230" height="26" rx="6" fill="${palette.red}"/>`,
		redCross(620, 680, 40, false),
		person(460, 740, '#3d5a73'),
		person(780, 745, '#6d4c7d'),
		person(820, 740, '#8e1b2b', 0.8),
		tree(1130, 720, 1.1),
	);
}

function school(): string {
	return canvas(
		sky(),
		sun(160, 130, 46),
		ground(470, palette.grass),
		building({ x: 300, y: 470, width: 600, height: 240, rows: 4, columns: 10 }),
		`<rect x="230" y="230" width="8" height="240" fill="${palette.ink}"/>`,
		`<rect x="238" y="234" width="70" height="44" fill="${palette.red}"/>`,
		`<ellipse cx="600" cy="650" rx="460" ry="110" fill="#c86b4a"/>`,
		`<ellipse cx="600" cy="650" rx="400" ry="70" fill="#a3c58f"/>`,
		person(300, 640, '#3d5a73'),
		person(340, 650, '#8e1b2b'),
		person(880, 640, '#d99a2b'),
		tree(1110, 520, 1.1),
		tree(90, 520, 1.2, palette.leafLight),
	);
}

function enterprise(): string {
	const sawtooth = [0, 1, 2, 3, 4]
		.map(
			(i) =>
				`<path d="M${120 + i * 110} 330 L${120 + i * 110} 250 L${230 + i * 110} 330 Z" fill="#b8c2cc"/>`,
		)
		.join('');
	return canvas(
		sky(),
		cloud(1000, 120, 0.9),
		ground(600, '#cfd8bf'),
		`<rect x="120" y="330" width="550" height="270" fill="#d9dee3"/>`,
		sawtooth,
		`<rect x="320" y="470" width="150" height="130" fill="#8d99a6"/>`,
		building({ x: 740, y: 600, width: 320, height: 380, rows: 7, columns: 5, colour: '#e9eef2' }),
		`<rect x="560" y="400" width="70" height="56" rx="6" fill="${palette.white}"/>`,
		redCross(595, 428, 30, false),
		person(520, 690, '#c8102e'),
		person(560, 695, '#3d5a73'),
	);
}

function park(): string {
	return canvas(
		sky(),
		sun(1020, 140, 50),
		ridge(
			[
				[0, 420],
				[320, 350],
				[700, 410],
				[1200, 340],
			],
			palette.hillFar,
		),
		ground(540, palette.grass),
		`<ellipse cx="420" cy="650" rx="360" ry="90" fill="${palette.water}"/>`,
		`<rect x="760" y="450" width="14" height="120" fill="${palette.red}"/>`,
		`<rect x="900" y="450" width="14" height="120" fill="${palette.red}"/>`,
		hallRoof(740, 450, 190, '#5b5147'),
		`<rect x="750" y="565" width="180" height="14" fill="${palette.stone}"/>`,
		tree(120, 560, 1.3),
		tree(1100, 600, 1.4, palette.leafLight),
		tree(640, 540, 0.9),
		person(980, 700, '#3d5a73'),
	);
}

function hospital(): string {
	return canvas(
		sky(),
		cloud(240, 140),
		ground(620, '#cfd8bf'),
		building({ x: 300, y: 620, width: 600, height: 380, rows: 6, columns: 8 }),
		medicalCross(600, 300, 50),
		`<rect x="560" y="540" width="80" height="80" fill="${palette.window}"/>`,
		`<rect x="700" y="650" width="240" height="90" rx="12" fill="${palette.white}"/>`,
		`<path d="M940 670 L990 700 L990 740 L940 740 Z" fill="${palette.white}"/>`,
		`<rect x="700" y="690" width="290" height="10" fill="${palette.medical}"/>`,
		`<circle cx="750" cy="745" r="18" fill="${palette.ink}"/><circle cx="930" cy="745" r="18" fill="${palette.ink}"/>`,
		tree(160, 700, 1.3),
	);
}

function station(): string {
	return canvas(
		sky(),
		cloud(900, 130),
		ground(560, '#d8ccbb'),
		`<rect x="160" y="300" width="880" height="260" fill="${palette.wall}"/>`,
		`<path d="M120 300 L600 200 L1080 300 Z" fill="#7c8b99"/>`,
		...[240, 400, 560, 720, 880].map(
			(x) => `<rect x="${x}" y="360" width="90" height="200" rx="40" fill="${palette.window}"/>`,
		),
		`<rect x="0" y="600" width="1200" height="30" fill="#9aa3ab"/>`,
		`<rect x="60" y="560" width="1080" height="16" fill="#6f7b86"/>`,
		`<rect x="900" y="470" width="80" height="90" rx="6" fill="#2e9e5b"/>`,
		`<path d="M940 490 C920 475 910 500 940 525 C970 500 960 475 940 490 Z" fill="${palette.white}"/>`,
		redCross(190, 480, 36),
		person(420, 700, '#3d5a73'),
		person(470, 705, '#8e1b2b'),
		person(760, 700, '#47766a'),
	);
}

function village(): string {
	return canvas(
		sky(),
		sun(1040, 140, 46),
		ridge(
			[
				[0, 330],
				[300, 240],
				[640, 320],
				[1000, 230],
				[1200, 300],
			],
			palette.hillMid,
		),
		ridge(
			[
				[0, 470],
				[400, 440],
				[800, 470],
				[1200, 430],
			],
			'#c9dba8',
		),
		ridge(
			[
				[0, 560],
				[400, 540],
				[800, 570],
				[1200, 540],
			],
			'#b9d096',
		),
		ridge(
			[
				[0, 660],
				[400, 640],
				[800, 670],
				[1200, 640],
			],
			'#a8c386',
		),
		building({ x: 180, y: 560, width: 200, height: 110, rows: 1, columns: 3, roof: 'pitched' }),
		building({ x: 420, y: 580, width: 170, height: 100, rows: 1, columns: 2, roof: 'pitched' }),
		`<rect x="760" y="560" width="130" height="80" fill="${palette.white}"/>`,
		redCross(825, 598, 30, false),
		pine(960, 620, 0.9),
		tree(660, 600, 0.9),
		person(720, 720, '#3d5a73'),
	);
}

function scenic(): string {
	return canvas(
		sky(),
		ridge(
			[
				[0, 350],
				[180, 200],
				[380, 320],
				[600, 180],
				[820, 300],
				[1200, 220],
			],
			'#bcd5ca',
		),
		ridge(
			[
				[0, 480],
				[300, 420],
				[700, 470],
				[1200, 410],
			],
			palette.hillNear,
		),
		`<path d="M0 620 C300 580 500 660 800 610 C1000 580 1100 610 1200 600 L1200 700 C1000 690 800 720 500 700 C300 690 150 720 0 700 Z" fill="${palette.water}"/>`,
		`<rect x="0" y="700" width="1200" height="100" fill="#b8d1a6"/>`,
		`<rect x="470" y="470" width="12" height="90" fill="${palette.red}"/>`,
		`<rect x="580" y="470" width="12" height="90" fill="${palette.red}"/>`,
		hallRoof(455, 470, 150, '#5b5147'),
		`<path d="M860 760 L940 680 L1020 760 Z" fill="${palette.white}"/>`,
		redCross(940, 735, 28, false),
		pine(120, 760, 1.1),
		person(1080, 770, '#8e1b2b'),
	);
}
