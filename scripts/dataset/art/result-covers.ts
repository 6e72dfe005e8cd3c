/**
 * Cover drawings of the stories on the plan's five-year results and on what it sets out to
 * do next, each with the alternative text that describes what it shows.
 */
import { college, hospital, house } from './buildings.ts';
import { GROUND, HEIGHT, WIDTH, palette, scene, type Drawing } from './canvas.ts';
import { cloud, flowers, tree, water } from './nature.ts';
import { cell, cross, defibrillator, drop, heart, person, pulseLine } from './symbols.ts';
import { boat, helicopter, truck } from './vehicles.ts';

/** Points spread evenly round an ellipse, starting at `startDegrees`. */
function ring(cx: number, cy: number, rx: number, ry: number, count: number, startDegrees: number) {
	return Array.from({ length: count }, (_, i) => {
		const angle = ((startDegrees + (i * 360) / count) * Math.PI) / 180;
		return { x: cx + Math.cos(angle) * rx, y: cy + Math.sin(angle) * ry };
	});
}

function firstAidKit(cx: number, cy: number, width: number): string {
	const height = width * 0.7;
	return [
		`<rect x="${cx - width * 0.2}" y="${cy - height / 2 - 26}" width="${width * 0.4}" height="40" rx="12" fill="none" stroke="${palette.deepRed}" stroke-width="10"/>`,
		`<rect x="${cx - width / 2}" y="${cy - height / 2}" width="${width}" height="${height}" rx="18" fill="${palette.white}" stroke="${palette.red}" stroke-width="6"/>`,
		cross(cx, cy, height * 0.6),
	].join('');
}

function clock(cx: number, cy: number, r: number): string {
	return [
		`<circle cx="${cx}" cy="${cy}" r="${r}" fill="${palette.white}" stroke="${palette.ink}" stroke-width="8"/>`,
		`<path d="M${cx} ${cy}V${cy - r * 0.65}M${cx} ${cy}L${cx + r * 0.45} ${cy + r * 0.2}" stroke="${palette.red}" stroke-width="8" stroke-linecap="round"/>`,
		`<circle cx="${cx}" cy="${cy}" r="8" fill="${palette.ink}"/>`,
	].join('');
}

export const donationResultsCover: Drawing = {
	alt: {
		zh: '插画：一滴血、一组细胞和一颗红心并排，被一条红色虚线环绕成闭环。',
		en: 'Illustration: a drop of blood, a cluster of cells and a red heart side by side, circled by a dashed red loop.',
	},
	draw: () =>
		scene([
			`<ellipse cx="600" cy="330" rx="360" ry="160" fill="none" stroke="${palette.red}" stroke-width="6" stroke-dasharray="22 16"/>`,
			drop(390, 330, 150),
			cell(570, 300, 44),
			cell(640, 370, 36),
			cell(620, 260, 26),
			heart(810, 335, 170),
			flowers(330, 870, 590),
		]),
};

export const firstAidResultsCover: Drawing = {
	alt: {
		zh: '插画：一条红色心跳曲线横贯画面，下方左边是一只印着红十字的急救箱，右边是一台绿色的自动体外除颤器。',
		en: 'Illustration: a red heartbeat trace runs across the picture; below it, a first-aid kit with the red cross on the left and a green automated external defibrillator on the right.',
	},
	draw: () =>
		scene([
			pulseLine(0, WIDTH, 300, 600),
			firstAidKit(340, 470, 200),
			defibrillator(860, 460, 180),
		]),
};

export const emergencyResultsCover: Drawing = {
	alt: {
		zh: '插画：陆地上一辆救援车，水面上一艘救援船，空中一架直升机，三者都印有红十字标志。',
		en: 'Illustration: a rescue truck on land, a rescue boat on the water and a helicopter in the sky, each marked with the red cross.',
	},
	draw: () =>
		scene(
			[
				cloud(220, 130, 150),
				cloud(1010, 160, 120),
				water(GROUND, WIDTH, HEIGHT),
				`<path d="M0 ${GROUND}H560C600 ${GROUND} 620 600 660 ${HEIGHT}H0Z" fill="${palette.stone}"/>`,
				`<path d="M0 ${GROUND}H560C600 ${GROUND} 620 600 660 ${HEIGHT}" fill="none" stroke="${palette.earth}" stroke-width="6"/>`,
				truck(90, 620, 340),
				boat(930, 600, 260),
				helicopter(620, 230, 300),
			],
			{ sky: palette.sky, halo: false, ground: false },
		),
};

export const assistanceResultsCover: Drawing = {
	alt: {
		zh: '插画：一座小村庄，其中一户挂着红十字标志，一道红色的弧线像臂弯一样护住整个村子，上方有一颗红心。',
		en: 'Illustration: a small village, one house marked with the red cross, sheltered by a red arc like an embracing arm, with a red heart above.',
	},
	draw: () =>
		scene([
			`<path d="M200 ${GROUND}A400 400 0 0 1 1000 ${GROUND}" fill="none" stroke="${palette.blush}" stroke-width="44"/>`,
			`<path d="M200 ${GROUND}A400 400 0 0 1 1000 ${GROUND}" fill="none" stroke="${palette.red}" stroke-width="12"/>`,
			heart(600, 270, 90),
			tree(110, GROUND, 200),
			tree(1090, GROUND, 200),
			house(380, GROUND, 120, palette.white),
			house(540, GROUND, 150, palette.white, true),
			house(700, GROUND, 130, palette.halo),
			house(840, GROUND, 110, palette.white),
		]),
};

export const fundraisingResultsCover: Drawing = {
	alt: {
		zh: '插画：一颗大红心居中，周围环绕着五个大圆、四个中等方块和许多小圆点，像汇聚而来的涓涓爱心。',
		en: 'Illustration: a large red heart in the centre, surrounded by five large circles, four middle-sized squares and many small dots, like gifts gathering in.',
	},
	draw: () => {
		const funds = ring(600, 320, 330, 200, 5, -90);
		const alliances = ring(600, 320, 250, 150, 4, -45);
		const brands = ring(600, 320, 430, 250, 18, -80);

		return scene([
			...brands.map(({ x, y }) => `<circle cx="${x}" cy="${y}" r="9" fill="${palette.blush}"/>`),
			...funds.map(({ x, y }) => `<circle cx="${x}" cy="${y}" r="34" fill="${palette.sun}"/>`),
			...alliances.map(
				({ x, y }) =>
					`<rect x="${x - 20}" y="${y - 20}" width="40" height="40" rx="8" fill="${palette.deepSage}" transform="rotate(45 ${x} ${y})"/>`,
			),
			heart(600, 330, 240),
		]);
	},
};

export const volunteerResultsCover: Drawing = {
	alt: {
		zh: '插画：五名志愿者并肩站立、高举双臂，上方是一只时钟和两颗红心。',
		en: 'Illustration: five volunteers standing side by side with raised arms, beneath a clock and two red hearts.',
	},
	draw: () =>
		scene([
			clock(600, 200, 76),
			heart(450, 220, 60),
			heart(750, 220, 60),
			...[palette.deepSage, palette.red, palette.deepRed, palette.red, palette.deepSage].map(
				(color, i) => person(360 + i * 120, 640, i === 2 ? 250 : 220, { color, armsUp: true }),
			),
		]),
};

export const organizationCover: Drawing = {
	alt: {
		zh: '插画：上方是红十字标志，几条红线从它向下分别连到村舍、校园、楼房和社区的房屋，像一张把各处连在一起的网。',
		en: 'Illustration: the red cross emblem at the top, with red lines running down from it to a village house, a college, an office block and community homes, like a net tying them together.',
	},
	draw: () => {
		const hub = { x: 600, y: 150 };
		const branches = [190, 450, 760, 1010] as const;

		return scene([
			...branches.map(
				(x) =>
					`<path d="M${hub.x} ${hub.y}L${x} ${GROUND - 190}" stroke="${palette.red}" stroke-width="8" stroke-linecap="round"/>`,
			),
			`<path d="M${branches[0]} ${GROUND - 190}H${branches[3]}" stroke="${palette.blush}" stroke-width="8" stroke-dasharray="18 14"/>`,
			...branches.map(
				(x) => `<circle cx="${x}" cy="${GROUND - 190}" r="16" fill="${palette.deepRed}"/>`,
			),
			`<circle cx="${hub.x}" cy="${hub.y}" r="78" fill="${palette.white}" stroke="${palette.red}" stroke-width="8"/>`,
			cross(hub.x, hub.y, 96),
			house(branches[0], GROUND, 150, palette.white, true),
			college(branches[1], GROUND, 230),
			hospital(branches[2], GROUND, 170, 2),
			house(branches[3] - 50, GROUND, 110, palette.halo),
			house(branches[3] + 70, GROUND, 110, palette.white, true),
		]);
	},
};
