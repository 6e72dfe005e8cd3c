/**
 * Drawings for the hall on blood, marrow and first aid (1901–2024): blood typing under the
 * microscope, a blood bank and a transfusion stand, chest compressions, stem cells held in
 * cupped hands, and an open first-aid kit with an AED.
 */
import { cell, cross, defibrillator, drop, heart, pulseLine } from '../art/symbols.ts';
import { exhibitScene, glow, palette, shadow, tableTop, tones } from './drawing-kit.ts';

/** A brass microscope standing with its foot at (cx, ground). */
function microscope(cx: number, ground: number): string {
	return [
		shadow(cx, ground, 150, 14),
		`<path d="M${cx - 130} ${ground}H${cx + 130}L${cx + 110} ${ground - 40}H${cx - 110}Z" fill="${palette.ink}"/>`,
		`<path d="M${cx + 40} ${ground - 40}Q${cx + 140} ${ground - 200} ${cx + 40} ${ground - 380}" fill="none" stroke="${palette.ink}" stroke-width="44" stroke-linecap="round"/>`,
		`<rect x="${cx - 110}" y="${ground - 180}" width="200" height="26" rx="6" fill="${palette.ink}"/>`,
		`<rect x="${cx - 60}" y="${ground - 470}" width="60" height="250" rx="14" fill="${tones.brass}" transform="rotate(-14 ${cx - 30} ${ground - 345})"/>`,
		`<rect x="${cx - 82}" y="${ground - 520}" width="50" height="70" rx="10" fill="${palette.ink}" transform="rotate(-14 ${cx - 57} ${ground - 485})"/>`,
		`<rect x="${cx - 20}" y="${ground - 236}" width="30" height="50" rx="6" fill="${palette.ink}"/>`,
		`<circle cx="${cx + 90}" cy="${ground - 260}" r="24" fill="${tones.brass}"/>`,
	].join('');
}

/** A glass slide holding a drop of blood: smooth, or clumped when the groups do not match. */
function slide(x: number, y: number, clumped: boolean): string {
	const specks = clumped
		? [
				[-30, -10],
				[-8, 14],
				[18, -16],
				[30, 10],
				[-20, 22],
				[6, -2],
				[24, 26],
				[-34, 8],
			]
				.map(
					([dx = 0, dy = 0]) =>
						`<circle cx="${x + 110 + dx}" cy="${y + 50 + dy}" r="9" fill="${palette.deepRed}"/>`,
				)
				.join('')
		: '';
	const dropFill = clumped ? '#e79a9a' : palette.red;

	return [
		`<rect x="${x}" y="${y}" width="220" height="100" rx="8" fill="${tones.glass}" opacity="0.9" stroke="#b7cdd3" stroke-width="3"/>`,
		`<ellipse cx="${x + 110}" cy="${y + 50}" rx="52" ry="38" fill="${dropFill}"/>`,
		specks,
	].join('');
}

/** A microscope beside glass slides, two of them showing clumped blood. */
export function bloodTyping(): string {
	return exhibitScene([
		`<rect width="1200" height="600" fill="${palette.sky}"/>`,
		tableTop(600, '#d8c4ab'),
		microscope(300, 760),
		slide(560, 560, false),
		slide(830, 560, true),
		slide(560, 700, true),
		slide(830, 700, false),
		drop(1080, 220, 120),
	]);
}

/** A glass bottle of blood, its neck at (cx, neckY), upright or hanging upside down. */
function bloodBottle(cx: number, neckY: number, size: number, hanging: boolean): string {
	const body = size;
	const flip = hanging ? `rotate(180 ${cx} ${neckY + body * 0.75})` : '';
	return [
		`<g transform="${flip}">`,
		`<rect x="${cx - body * 0.11}" y="${neckY - body * 0.12}" width="${body * 0.22}" height="${body * 0.12}" rx="4" fill="#5b2a26"/>`,
		`<path d="M${cx - body * 0.1} ${neckY}V${neckY + body * 0.14}L${cx - body * 0.32} ${neckY + body * 0.34}V${neckY + body * 1.5}H${cx + body * 0.32}V${neckY + body * 0.34}L${cx + body * 0.1} ${neckY + body * 0.14}V${neckY}Z" fill="${tones.glass}" stroke="#b7cdd3" stroke-width="3"/>`,
		`<rect x="${cx - body * 0.3}" y="${neckY + body * (hanging ? 0.9 : 0.55)}" width="${body * 0.6}" height="${body * (hanging ? 0.58 : 0.93)}" fill="${tones.blood}"/>`,
		'</g>',
	].join('');
}

/** A cold cabinet of blood bottles and a transfusion stand with a bottle hung upside down. */
export function bloodBank(): string {
	const shelves = [0, 1, 2].map((row) => {
		const y = 190 + row * 190;
		const bottles = [0, 1, 2, 3].map((i) => bloodBottle(170 + i * 110, y, 100, false)).join('');
		return `${bottles}<rect x="100" y="${y + 152}" width="460" height="12" fill="#b8bcc0"/>`;
	});

	return exhibitScene(
		[
			`<rect x="80" y="120" width="500" height="640" rx="16" fill="${palette.white}" stroke="#b8bcc0" stroke-width="10"/>`,
			...shelves,
			shadow(870, 840, 140, 14),
			`<rect x="864" y="150" width="12" height="680" fill="#8c8f94"/>`,
			`<path d="M800 840H940" stroke="#8c8f94" stroke-width="16" stroke-linecap="round"/>`,
			`<path d="M870 160H990V190" fill="none" stroke="#8c8f94" stroke-width="8"/>`,
			bloodBottle(990, 190, 150, true),
			`<path d="M990 440C990 560 930 620 960 760" fill="none" stroke="#c9d3d6" stroke-width="8" stroke-linecap="round"/>`,
			`<rect x="980" y="470" width="20" height="40" rx="6" fill="${tones.glass}" stroke="#b7cdd3" stroke-width="3"/>`,
		],
		{ background: palette.halo, floor: { y: 830, color: palette.stone } },
	);
}

/** Chest compressions: a rescuer kneels beside a person lying on the floor, arms straight. */
export function chestCompressions(): string {
	const limb = (d: string, color: string, width: number) =>
		`<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;
	const rescuerBehind = [
		limb('M560 640L580 730L760 740', palette.deepRed, 70),
		limb('M560 630L450 480', palette.red, 110),
		`<circle cx="420" cy="390" r="58" fill="${tones.skin}"/>`,
		`<path d="M364 380A58 58 0 0 1 476 376Q420 350 364 380Z" fill="${palette.ink}"/>`,
		limb('M455 490L440 650', palette.red, 40),
	];
	const patient = [
		`<circle cx="250" cy="700" r="52" fill="${tones.skin}"/>`,
		`<rect x="300" y="660" width="360" height="90" rx="40" fill="#6f9fb0"/>`,
		`<rect x="640" y="672" width="400" height="66" rx="30" fill="${palette.ink}"/>`,
	];

	return exhibitScene(
		[
			shadow(640, 760, 460, 30),
			...rescuerBehind,
			...patient,
			`<ellipse cx="440" cy="662" rx="44" ry="18" fill="${tones.skin}" stroke="#d3a883" stroke-width="3"/>`,
			pulseLine(140, 1060, 200, 640),
			heart(980, 330, 120),
		],
		{ background: palette.paper, floor: { y: 760, color: palette.stone } },
	);
}

/** Two cupped hands holding a drop of blood with stem cells inside, red cells drifting around. */
export function stemCellsInHands(): string {
	const redCell = (cx: number, cy: number, r: number) =>
		`<ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${r * 0.8}" fill="${palette.red}"/><ellipse cx="${cx}" cy="${cy}" rx="${r * 0.45}" ry="${r * 0.3}" fill="${palette.deepRed}"/>`;
	const palms = [
		`<path d="M300 600Q290 880 600 880Q910 880 900 600Q860 640 800 630Q740 700 600 700Q460 700 400 630Q340 640 300 600Z" fill="${tones.skin}" stroke="#d3a883" stroke-width="5"/>`,
		`<path d="M600 705V875M470 690Q440 780 470 860M730 690Q760 780 730 860" fill="none" stroke="#d3a883" stroke-width="5" stroke-linecap="round"/>`,
		`<ellipse cx="330" cy="610" rx="48" ry="30" fill="${tones.skin}" stroke="#d3a883" stroke-width="5" transform="rotate(-30 330 610)"/>`,
		`<ellipse cx="870" cy="610" rx="48" ry="30" fill="${tones.skin}" stroke="#d3a883" stroke-width="5" transform="rotate(30 870 610)"/>`,
	];

	return exhibitScene(
		[
			glow(600, 420, 380, palette.blush, 0.8),
			drop(600, 400, 400, palette.red),
			`<circle cx="600" cy="470" r="115" fill="${palette.halo}" opacity="0.6"/>`,
			cell(550, 440, 44),
			cell(660, 470, 38),
			cell(590, 540, 34),
			redCell(180, 220, 40),
			redCell(1000, 180, 46),
			redCell(1060, 420, 34),
			redCell(150, 480, 30),
			...palms,
		],
		{ background: palette.paper },
	);
}

/** An open white kit with the red cross, bandages and scissors; an AED on the wall behind. */
export function openFirstAidKit(): string {
	return exhibitScene(
		[
			`<rect x="880" y="120" width="240" height="300" rx="20" fill="${palette.white}" stroke="#d9d0c2" stroke-width="6"/>`,
			defibrillator(1000, 270, 200),
			tableTop(560, '#d8c4ab'),
			shadow(520, 820, 400, 28),
			`<path d="M170 420L300 200H760L880 420Z" fill="#ece7de" stroke="#d9d0c2" stroke-width="6"/>`,
			cross(525, 320, 110),
			`<rect x="150" y="420" width="750" height="80" fill="#d9e3dd"/>`,
			`<circle cx="290" cy="470" r="56" fill="${palette.white}" stroke="#ddd5c8" stroke-width="6"/>`,
			`<circle cx="290" cy="470" r="16" fill="#ddd5c8"/>`,
			`<circle cx="410" cy="470" r="50" fill="${palette.white}" stroke="#ddd5c8" stroke-width="6"/>`,
			`<circle cx="410" cy="470" r="14" fill="#ddd5c8"/>`,
			`<path d="M500 500L560 430L620 500Z" fill="${palette.white}" stroke="#ddd5c8" stroke-width="5"/>`,
			`<path d="M690 430L800 500M690 500L800 430" stroke="#8c8f94" stroke-width="10" stroke-linecap="round"/>`,
			`<circle cx="680" cy="425" r="16" fill="none" stroke="${palette.red}" stroke-width="8"/>`,
			`<circle cx="680" cy="505" r="16" fill="none" stroke="${palette.red}" stroke-width="8"/>`,
			`<rect x="150" y="500" width="750" height="300" rx="10" fill="${palette.white}" stroke="#d9d0c2" stroke-width="6"/>`,
			cross(525, 650, 150),
		],
		{ background: palette.sky },
	);
}

/** A close view of an AED case on the wall, its pads laid out below it. */
export function defibrillatorOnWall(): string {
	return exhibitScene(
		[
			`<rect x="360" y="110" width="480" height="520" rx="36" fill="${palette.white}" stroke="#d9d0c2" stroke-width="10"/>`,
			defibrillator(600, 360, 380),
			tableTop(700, '#d8c4ab'),
			`<rect x="300" y="730" width="220" height="120" rx="22" fill="${palette.white}" stroke="#cfc6b8" stroke-width="6"/>`,
			heart(410, 790, 60, palette.red),
			`<rect x="680" y="730" width="220" height="120" rx="22" fill="${palette.white}" stroke="#cfc6b8" stroke-width="6"/>`,
			heart(790, 790, 60, palette.red),
			`<path d="M520 790C580 740 620 740 680 790" fill="none" stroke="${palette.ink}" stroke-width="8"/>`,
		],
		{ background: palette.halo },
	);
}
