/**
 * The project's drawings of the route's stops. They show what kind of place each stop is,
 * not what it looks like: the alt text says so, and no drawing claims to be a photograph.
 */
import {
	building,
	canvas,
	cloud,
	flowers,
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

/** The life-culture park: a path through green hills to a heart held up on a plinth. */
export function lifeCulturePark(): string {
	return canvas(
		sky(),
		sun(960, 150),
		cloud(260, 140),
		ridge(
			[
				[0, 420],
				[260, 330],
				[520, 390],
				[800, 300],
				[1200, 380],
			],
			palette.hillFar,
		),
		ridge(
			[
				[0, 520],
				[300, 470],
				[640, 520],
				[960, 460],
				[1200, 500],
			],
			palette.hillMid,
		),
		ground(600),
		`<path d="M520 800 C560 700 640 660 600 600 L640 600 C700 660 660 720 760 800 Z" fill="${palette.path}"/>`,
		tree(160, 640, 1.4),
		tree(320, 610, 1.0, palette.leafLight),
		tree(920, 630, 1.3),
		tree(1080, 650, 1.5, palette.leafLight),
		`<rect x="560" y="470" width="120" height="130" rx="8" fill="${palette.stone}"/>`,
		`<path d="M620 460 C560 410 570 350 620 380 C670 350 680 410 620 460 Z" fill="${palette.red}"/>`,
		`<path d="M540 470 C560 430 590 440 620 470 C650 440 680 430 700 470 Z" fill="${palette.leafLight}"/>`,
		flowers(420, 700, 120, [palette.red, palette.white, palette.sun]),
		flowers(800, 710, 120, [palette.white, palette.red, palette.sun]),
	);
}

/** The donors' memorial: a tall stele on steps, pines behind, white flowers before it. */
export function donorMemorial(): string {
	return canvas(
		sky('#e6ecef', '#fbf5ec'),
		cloud(900, 160, 1.2),
		ridge(
			[
				[0, 430],
				[300, 360],
				[600, 400],
				[900, 340],
				[1200, 420],
			],
			palette.hillFar,
		),
		ground(620, '#b8d1a6'),
		pine(180, 640, 1.5),
		pine(300, 630, 1.2),
		pine(900, 630, 1.3),
		pine(1040, 645, 1.6),
		`<rect x="440" y="590" width="320" height="30" fill="${palette.stone}"/>`,
		`<rect x="480" y="560" width="240" height="30" fill="#d6d1c8"/>`,
		`<path d="M555 560 L570 230 L630 230 L645 560 Z" fill="#e4e0d8"/>`,
		`<circle cx="600" cy="330" r="34" fill="none" stroke="${palette.red}" stroke-width="8"/>`,
		`<path d="M600 350 C580 330 585 312 600 322 C615 312 620 330 600 350 Z" fill="${palette.red}"/>`,
		flowers(470, 585, 90, [palette.white, '#f3e6a0']),
		flowers(650, 585, 90, ['#f3e6a0', palette.white]),
	);
}

/** The first-aid station at the Yandi Mausoleum: a hall among mountains, a kiosk beside it. */
export function yandiFirstAidStation(): string {
	return canvas(
		sky(),
		sun(220, 150, 48),
		ridge(
			[
				[0, 380],
				[200, 250],
				[420, 330],
				[700, 220],
				[980, 320],
				[1200, 260],
			],
			'#bcd5ca',
		),
		ridge(
			[
				[0, 500],
				[260, 430],
				[560, 480],
				[880, 420],
				[1200, 470],
			],
			palette.hillNear,
		),
		ground(620, '#b8d1a6'),
		`<rect x="330" y="520" width="460" height="100" fill="#c9b79a"/>`,
		`<rect x="370" y="420" width="380" height="100" fill="#e8d9b5"/>`,
		...[400, 480, 560, 640, 720].map(
			(x) => `<rect x="${x}" y="425" width="16" height="95" fill="${palette.red}"/>`,
		),
		hallRoof(350, 420, 420, '#5b5147'),
		hallRoof(420, 350, 280, '#5b5147'),
		`<path d="M560 620 L520 800 L700 800 L640 620 Z" fill="${palette.path}"/>`,
		`<rect x="860" y="540" width="170" height="110" rx="6" fill="${palette.white}"/>`,
		`<path d="M845 545 L945 495 L1045 545 Z" fill="#e9e4da"/>`,
		redCross(945, 590, 44, false),
		tree(140, 680, 1.3),
		pine(1130, 700, 1.2),
		person(820, 690, '#3d5a73'),
	);
}

/** A teachers' college: a main hall with a central tower, lawns and students. */
export function teachersCollege(): string {
	return canvas(
		sky(),
		cloud(220, 150),
		cloud(980, 120, 0.8),
		ground(560, palette.grass),
		building({ x: 260, y: 560, width: 680, height: 220, rows: 3, columns: 10 }),
		building({ x: 520, y: 560, width: 160, height: 320, rows: 5, columns: 2, colour: '#efe6d6' }),
		`<rect x="575" y="480" width="50" height="80" rx="24" fill="#8b6e4e"/>`,
		redCross(600, 280, 40),
		`<path d="M540 800 L575 560 L625 560 L660 800 Z" fill="${palette.path}"/>`,
		tree(130, 640, 1.4),
		tree(1060, 650, 1.5, palette.leafLight),
		person(450, 700, '#8e1b2b'),
		person(490, 705, '#3d5a73'),
		person(760, 690, '#47766a'),
	);
}

/** A railway college: its teaching block, and a locomotive on the track in front. */
export function railwayCollege(): string {
	return canvas(
		sky(),
		sun(1040, 130, 50),
		ground(520, palette.grass),
		building({ x: 120, y: 520, width: 520, height: 260, rows: 4, columns: 8 }),
		building({ x: 680, y: 520, width: 380, height: 200, rows: 3, columns: 6, colour: '#e9eef2' }),
		redCross(380, 300, 40),
		`<rect x="0" y="650" width="1200" height="14" fill="#8a8a8a"/>`,
		`<rect x="0" y="700" width="1200" height="14" fill="#8a8a8a"/>`,
		...Array.from(
			{ length: 25 },
			(_, i) => `<rect x="${i * 50}" y="645" width="18" height="75" fill="#a57b52"/>`,
		),
		`<path d="M300 560 L860 560 L930 610 L930 680 L300 680 Z" fill="${palette.red}"/>`,
		`<rect x="300" y="600" width="630" height="20" fill="${palette.white}"/>`,
		`<rect x="340" y="575" width="360" height="22" rx="4" fill="${palette.window}"/>`,
		`<path d="M860 570 L915 608 L860 608 Z" fill="${palette.window}"/>`,
		...[380, 520, 700, 840].map((x) => `<circle cx="${x}" cy="690" r="22" fill="${palette.ink}"/>`),
	);
}

/** The TCM education base: the hospital behind a herb garden, a mortar and a gourd. */
export function tcmEducationBase(): string {
	return canvas(
		sky(),
		cloud(300, 140, 0.9),
		ground(540, '#c2d6b0'),
		building({ x: 240, y: 540, width: 720, height: 280, rows: 4, columns: 9 }),
		hallRoof(220, 262, 760, '#55606e'),
		medicalCross(600, 330, 36),
		...[140, 300, 460, 740, 900, 1060].map((x, i) =>
			herb(x, 720 + (i % 2) * 20, i % 2 === 0 ? palette.leaf : palette.leafLight),
		),
		`<path d="M540 700 L660 700 L640 770 L560 770 Z" fill="#9b7b5b"/>`,
		`<rect x="600" y="640" width="18" height="90" rx="8" transform="rotate(25 609 685)" fill="#7a5a3a"/>`,
		`<circle cx="760" cy="720" r="34" fill="#e0a64a"/><circle cx="760" cy="670" r="22" fill="#e0a64a"/>`,
		`<rect x="754" y="638" width="12" height="14" fill="#7a5a3a"/>`,
	);
}

/** The central hospital: a ward tower with the red cross, an ambulance at the door. */
export function centralHospital(): string {
	return canvas(
		sky(),
		cell(180, 160, 46),
		cell(270, 235, 28),
		cell(1020, 150, 38),
		ground(600, '#cfd8bf'),
		building({ x: 420, y: 600, width: 360, height: 460, rows: 8, columns: 6 }),
		building({ x: 160, y: 600, width: 260, height: 240, rows: 4, columns: 4, colour: '#e9eef2' }),
		building({ x: 780, y: 600, width: 280, height: 280, rows: 4, columns: 4, colour: '#e9eef2' }),
		medicalCross(600, 190, 56),
		`<rect x="560" y="530" width="80" height="70" fill="${palette.window}"/>`,
		`<rect x="180" y="640" width="220" height="90" rx="12" fill="${palette.white}"/>`,
		`<path d="M400 660 L450 690 L450 730 L400 730 Z" fill="${palette.white}"/>`,
		`<rect x="180" y="680" width="270" height="10" fill="${palette.medical}"/>`,
		medicalCross(280, 662, 26),
		`<circle cx="230" cy="735" r="18" fill="${palette.ink}"/><circle cx="400" cy="735" r="18" fill="${palette.ink}"/>`,
		tree(1120, 700, 1.2),
	);
}

/** The planned museum: a classical hall drawn as a blueprint on a grid. */
export function plannedMuseum(): string {
	const grid = Array.from({ length: 24 }, (_, i) => i * 50)
		.map(
			(v) =>
				`<line x1="${v}" y1="0" x2="${v}" y2="800" /><line x1="0" y1="${v}" x2="1200" y2="${v}" />`,
		)
		.join('');
	const columns = [400, 480, 560, 640, 720, 800]
		.map((x) => `<rect x="${x - 14}" y="380" width="28" height="220" />`)
		.join('');
	return canvas(
		`<rect width="1200" height="800" fill="#1f4e79"/>`,
		`<g stroke="#ffffff" stroke-opacity="0.12" stroke-width="1">${grid}</g>`,
		`<g fill="none" stroke="#ffffff" stroke-width="4" stroke-linejoin="round">
<path d="M330 360 L600 220 L870 360 Z"/><rect x="330" y="360" width="540" height="20"/>${columns}
<rect x="310" y="600" width="580" height="24"/><rect x="280" y="624" width="640" height="24"/></g>`,
		`<rect x="230" y="180" width="740" height="500" fill="none" stroke="#ffffff" stroke-width="2" stroke-dasharray="14 10" opacity="0.6"/>`,
		`<g stroke="#ffffff" stroke-width="2" opacity="0.7"><line x1="230" y1="720" x2="970" y2="720"/><line x1="230" y1="705" x2="230" y2="735"/><line x1="970" y1="705" x2="970" y2="735"/></g>`,
		redCross(600, 300, 34, false),
	);
}

// A leafy herb growing from (x, y), for the TCM garden.
function herb(x: number, y: number, colour: string): string {
	return `<g fill="${colour}"><ellipse cx="${x - 20}" cy="${y - 30}" rx="14" ry="34" transform="rotate(-30 ${x - 20} ${y - 30})"/><ellipse cx="${x + 20}" cy="${y - 30}" rx="14" ry="34" transform="rotate(30 ${x + 20} ${y - 30})"/><ellipse cx="${x}" cy="${y - 46}" rx="14" ry="40"/></g>`;
}

// A blood stem cell, faint in the sky of the hospital that collects and transplants them.
function cell(x: number, y: number, radius: number): string {
	return `<g opacity="0.35"><circle cx="${x}" cy="${y}" r="${radius}" fill="#f2b8b0"/><circle cx="${x + radius * 0.15}" cy="${y - radius * 0.1}" r="${radius * 0.4}" fill="#d9776b"/></g>`;
}
