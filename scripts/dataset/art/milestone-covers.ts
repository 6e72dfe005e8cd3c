/**
 * Cover drawings of the milestone stories, one scene per milestone, each with the
 * alternative text that describes what it shows.
 */
import { college, hospital, house, memorial, rails } from './buildings.ts';
import { GROUND, WIDTH, palette, scene, type Drawing } from './canvas.ts';
import { cloud, cypress, flowers, hill, leaf, mountains, sprout, sun, tree } from './nature.ts';
import { cell, cross, defibrillator, drop, heart, monitor, person, signal } from './symbols.ts';
import { bus, train } from './vehicles.ts';

export const normalCollegeCover: Drawing = {
	alt: {
		zh: '插画：一座山墙上挂着红十字标志的高校礼堂，两旁绿树，门前站着三名学生。',
		en: 'Illustration: a college hall with the red cross emblem in its pediment, trees on either side and three students in front.',
	},
	draw: () =>
		scene([
			sun(960, 140, 48),
			tree(210, GROUND, 240),
			tree(990, GROUND, 240),
			college(600, GROUND, 520),
			person(500, 640, 80, { color: palette.deepSage }),
			person(600, 645, 90),
			person(700, 640, 80, { color: palette.deepRed }),
		]),
};

export const donorMemorialCover: Drawing = {
	alt: {
		zh: '插画：一座白色纪念碑立在台阶上，碑身有红十字标志，两旁是青翠的柏树，碑前摆满鲜花。',
		en: 'Illustration: a white memorial column with the red cross emblem on stepped ground, flanked by cypress trees, with flowers laid before it.',
	},
	draw: () =>
		scene([
			cloud(250, 150, 160),
			cloud(960, 110, 120),
			cypress(330, GROUND, 200),
			cypress(430, GROUND, 280),
			cypress(770, GROUND, 280),
			cypress(870, GROUND, 200),
			memorial(600, GROUND, 360),
			flowers(440, 760, 585),
		]),
};

export const tcmHospitalCover: Drawing = {
	alt: {
		zh: '插画：一座挂着红十字标志的医院大楼，左边是中草药的枝叶，右边是一滴血、一个细胞和一颗红心。',
		en: 'Illustration: a hospital building with the red cross emblem; herbal leaves on the left, and a drop of blood, a cell and a red heart on the right.',
	},
	draw: () =>
		scene([
			hospital(600, GROUND, 380, 4),
			`<path d="M250 ${GROUND}C250 470 270 380 300 300" fill="none" stroke="${palette.deepSage}" stroke-width="8" stroke-linecap="round"/>`,
			leaf(254, 500, 110, -160),
			leaf(262, 430, 120, -20, palette.deepSage),
			leaf(276, 370, 100, -165, palette.deepSage),
			leaf(292, 320, 90, -40),
			drop(930, 230, 96),
			cell(1000, 350, 38),
			heart(920, 450, 96),
		]),
};

export const yandiStationCover: Drawing = {
	alt: {
		zh: '插画：层叠的青山脚下，一间挂着红十字标志的小救护站，周围松柏环绕，天空有太阳。',
		en: 'Illustration: a small first-aid station with the red cross emblem at the foot of layered green mountains, among evergreens, under the sun.',
	},
	draw: () =>
		scene(
			[
				sun(930, 130, 46),
				mountains(
					GROUND,
					[
						[250, 250],
						[520, 330],
						[800, 260],
					],
					palette.mist,
				),
				mountains(
					GROUND,
					[
						[120, 150],
						[420, 190],
						[980, 180],
					],
					palette.sage,
				),
				cypress(450, GROUND, 150),
				cypress(760, GROUND, 170),
				house(600, GROUND, 170, palette.white, true),
				cypress(820, GROUND, 120),
			],
			{ sky: palette.sky, halo: false },
		),
};

export const nanshanParkCover: Drawing = {
	alt: {
		zh: '插画：绿色山坡上一条小路蜿蜒而上，两旁树木成行、鲜花盛开，山坡上方悬着一颗大大的红心。',
		en: 'Illustration: a path winding up a green hillside between rows of trees and flowers, with a large red heart above the hill.',
	},
	draw: () =>
		scene([
			heart(600, 250, 190),
			hill(600, GROUND + 6, 1100, 260, palette.sage),
			`<path d="M600 ${GROUND}C520 520 700 500 600 452C560 432 600 420 620 414" fill="none" stroke="${palette.stone}" stroke-width="26" stroke-linecap="round"/>`,
			tree(300, GROUND - 10, 150, palette.deepSage),
			tree(420, GROUND - 60, 140, palette.deepSage),
			tree(790, GROUND - 60, 140, palette.deepSage),
			tree(910, GROUND - 10, 150, palette.deepSage),
			flowers(160, 520, 590),
			flowers(680, 1040, 590),
		]),
};

export const youthForumCover: Drawing = {
	alt: {
		zh: '插画：一株嫩芽迎着升起的太阳生长，三个孩子在地上张开双臂。',
		en: 'Illustration: a young sprout growing toward a rising sun, with three children raising their arms on the ground below.',
	},
	draw: () =>
		scene([
			sun(600, 300, 110, 16),
			hill(300, GROUND + 6, 700, 120, palette.sage),
			hill(900, GROUND + 6, 700, 140, palette.sage),
			sprout(600, GROUND, 240),
			person(440, 650, 90, { color: palette.deepSage, armsUp: true }),
			person(760, 650, 90, { color: palette.red, armsUp: true }),
			person(880, 650, 76, { color: palette.deepRed, armsUp: true }),
		]),
};

export const centralHospitalCover: Drawing = {
	alt: {
		zh: '插画：左边一座挂着红十字标志的医院大楼，一串细胞从医院飘向右边的一颗大红心。',
		en: 'Illustration: a hospital building with the red cross emblem on the left; a trail of cells drifts from it toward a large red heart on the right.',
	},
	draw: () =>
		scene([
			hospital(320, GROUND, 340, 5),
			cell(540, 240, 26),
			cell(630, 190, 32),
			cell(730, 190, 36),
			cell(800, 260, 26),
			heart(880, 380, 190),
		]),
};

export const railwayCollegeCover: Drawing = {
	alt: {
		zh: '插画：一列红色火车驶过铁轨，后方是一座山墙上挂着红十字标志的高校礼堂。',
		en: 'Illustration: a red train running on the rails in front of a college hall with the red cross emblem in its pediment.',
	},
	draw: () =>
		scene([
			tree(1080, GROUND, 220),
			college(760, GROUND, 460),
			rails(632, WIDTH),
			train(70, 632, 440),
			cloud(240, 150, 150),
		]),
};

export const busLineCover: Drawing = {
	alt: {
		zh: '插画：一辆车身印着红十字标志的白色公交车行驶在路上，车顶上方飘着三颗红心。',
		en: 'Illustration: a white bus with the red cross emblem on its side driving along a road, with three red hearts floating above it.',
	},
	draw: () =>
		scene([
			tree(160, GROUND, 230),
			tree(1030, GROUND, 250),
			`<rect y="${GROUND + 30}" width="${WIDTH}" height="70" fill="${palette.earth}"/>`,
			...[120, 380, 640, 900].map(
				(x) =>
					`<rect x="${x}" y="${GROUND + 62}" width="120" height="6" rx="3" fill="${palette.white}"/>`,
			),
			bus(320, GROUND + 80, 560),
			heart(480, 200, 60),
			heart(600, 160, 80),
			heart(720, 200, 60),
		]),
};

export const shibadongCover: Drawing = {
	alt: {
		zh: '插画：群山环抱中，梯田层层，一座挂着红十字标志的小屋上方发出信号波纹。',
		en: 'Illustration: terraced fields among mountains and a small house with the red cross emblem, with signal waves rising above its roof.',
	},
	draw: () =>
		scene(
			[
				mountains(
					GROUND,
					[
						[200, 300],
						[470, 230],
						[760, 330],
						[1020, 260],
					],
					palette.mist,
				),
				...[0, 1, 2].map((step) =>
					hill(
						600,
						GROUND + 6,
						1300 - step * 260,
						140 - step * 40,
						step % 2 ? palette.sage : palette.deepSage,
					),
				),
				house(600, GROUND - 30, 160, palette.white, true),
				signal(600, 380, 120),
			],
			{ sky: palette.sky, halo: false },
		),
};

export const trainingBaseCover: Drawing = {
	alt: {
		zh: '插画：一台显示心跳曲线的屏幕，旁边是一台绿色的自动体外除颤器，上方有红十字标志。',
		en: 'Illustration: a screen showing a heartbeat trace beside a green automated external defibrillator, with the red cross above.',
	},
	draw: () =>
		scene([
			cross(600, 120, 90),
			monitor(440, GROUND, 380),
			defibrillator(850, GROUND - 110, 200),
			`<rect x="770" y="${GROUND - 12}" width="160" height="12" rx="4" fill="${palette.earth}"/>`,
		]),
};
