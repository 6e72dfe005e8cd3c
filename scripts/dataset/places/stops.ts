/**
 * The check-in route's stops: the eight places the plan names, in walking order.
 * Facts come from the plan. Coordinates are the project's best approximation of each
 * real place (WGS-84) and are flagged for staff to verify; opening hours are samples.
 * The Red Medicine Museum does not exist yet: the plan says it will be founded, so its stop
 * is sample data throughout.
 */
import type { District } from './districts.ts';
import type { Bilingual } from '../locale.ts';
import type { LatLng } from './fields.ts';
import {
	closedOnMondays,
	daily,
	hoursNotes,
	weekdaysOnly,
	type OpeningPeriod,
} from './opening-hours.ts';
import * as drawings from './stop-drawings.ts';

/** One stop as this table states it, before it becomes a `routeStop` document. */
export interface StopRecord {
	/** How the outreach-site table refers to this place. */
	key: string;
	title: Bilingual;
	location: LatLng;
	/** Check-in radius in metres: larger for large grounds. */
	radius: number;
	district: District;
	address: Bilingual;
	description: Bilingual;
	directions: Bilingual;
	openingHours: OpeningPeriod[];
	hoursNote: Bilingual;
	drawing: () => string;
	imageAlt: Bilingual;
	institution: string;
	sample: boolean;
}

/** The stops in the order the route walks them; the Yandi Mausoleum, far south, comes last. */
export const stops: StopRecord[] = [
	{
		key: 'life-culture-park',
		title: {
			zh: '礼赞生命——红十字生命文化公园',
			en: 'In Praise of Life: Red Cross Life Culture Park',
		},
		location: { lat: 27.8, lng: 113.15 },
		radius: 200,
		district: 'lusong',
		address: {
			zh: '株洲市芦淞区南山公园内',
			en: 'Inside Nanshan Park, Lusong District, Zhuzhou',
		},
		description: {
			zh: '2022年，南山公园建成湖南省首个“礼赞生命——红十字生命文化公园”。株洲市红十字会在这里开展清明缅怀活动。',
			en: 'In 2022 Nanshan Park opened Hunan’s first Red Cross life culture park, “In Praise of Life”. The Zhuzhou Red Cross holds its Qingming remembrance here.',
		},
		directions: {
			zh: '从株洲市区乘公交车或出租车到芦淞区南山公园。入园后按园内指引前往红十字生命文化公园，也可向公园工作人员问询。',
			en: 'From the city centre, take a bus or taxi to Nanshan Park in Lusong District. Inside, follow the park’s signs to the Red Cross life culture park, or ask the park staff.',
		},
		openingHours: daily('06:00', '22:00'),
		hoursNote: hoursNotes.outdoors,
		drawing: drawings.lifeCulturePark,
		imageAlt: {
			zh: '插画：绿树和山丘之间，一条小路通向石台上托起的红色爱心，路边开着鲜花',
			en: 'Illustration: a path between trees and hills leads to a red heart held up on a stone plinth, with flowers beside the path',
		},
		institution: 'institution-zhuzhou-red-cross',
		sample: false,
	},
	{
		key: 'tcm-education-base',
		title: {
			zh: '红十字青少年中医药科普教育基地',
			en: 'Red Cross Youth Education Base for Traditional Chinese Medicine',
		},
		location: { lat: 27.856, lng: 113.147 },
		radius: 150,
		district: 'hetang',
		address: {
			zh: '株洲市湖南省直中医医院内',
			en: 'At the Hunan Provincial Directly Affiliated TCM Hospital, Zhuzhou',
		},
		description: {
			zh: '2022年，红十字“三献”服务和红十字青少年中医药科普教育基地落户湖南省直中医医院。“三献”指无偿献血、造血干细胞捐献和人体器官（遗体）捐献。',
			en: 'In 2022 the Red Cross brought its donation services and a youth education base for traditional Chinese medicine to the Hunan Provincial Directly Affiliated TCM Hospital. The donation services cover blood, blood stem cells, and organs and bodies.',
		},
		directions: {
			zh: '从株洲市区乘公交车或出租车前往湖南省直中医医院，到院后可向服务台问询基地的位置。',
			en: 'From the city centre, take a bus or taxi to the Hunan Provincial Directly Affiliated TCM Hospital; at the hospital, ask the information desk for the base.',
		},
		openingHours: weekdaysOnly('08:00', '17:30'),
		hoursNote: hoursNotes.hospital,
		drawing: drawings.tcmEducationBase,
		imageAlt: {
			zh: '插画：带传统屋檐的医院大楼，楼前是草药园、药臼和葫芦',
			en: 'Illustration: a hospital building with traditional eaves, a herb garden, a mortar and a gourd in front of it',
		},
		institution: 'institution-hunan-tcm-hospital',
		sample: false,
	},
	{
		key: 'donor-memorial',
		title: { zh: '遗体器官捐献者纪念碑', en: 'Memorial to Body and Organ Donors' },
		location: { lat: 27.872, lng: 113.215 },
		radius: 100,
		district: 'hetang',
		address: { zh: '株洲市福寿山庄内', en: 'Inside Fushou Shanzhuang, Zhuzhou' },
		description: {
			zh: '2021年，福寿山庄建成株洲市首座遗体器官捐献者纪念碑。五年来，全市实现器官捐献250例、组织捐献177例、遗体捐献117例，挽救了750名器官衰竭患者的生命，让345名失明患者重见光明。',
			en: 'In 2021 Zhuzhou’s first memorial to body and organ donors was built at Fushou Shanzhuang. In the past five years the city recorded 250 organ donations, 177 tissue donations and 117 body donations; they saved the lives of 750 patients with organ failure and gave sight back to 345 blind patients.',
		},
		directions: {
			zh: '从株洲市区乘出租车或自驾前往福寿山庄，入园后可向工作人员问询纪念碑的位置。这里是缅怀之地，请保持肃静；清明前后祭扫人多，请提前安排行程。',
			en: 'From the city centre, take a taxi or drive to Fushou Shanzhuang and ask the staff there for the memorial. This is a place of remembrance: please keep quiet. Around Qingming it is crowded, so plan ahead.',
		},
		openingHours: daily('08:00', '17:00'),
		hoursNote: hoursNotes.outdoors,
		drawing: drawings.donorMemorial,
		imageAlt: {
			zh: '插画：松柏环绕的高大纪念碑，碑身上有一颗红心，碑前摆放着白色和淡黄色的花',
			en: 'Illustration: a tall memorial stele among pines, a red heart on it and white and pale yellow flowers before it',
		},
		institution: 'institution-zhuzhou-red-cross',
		sample: false,
	},
	{
		key: 'teachers-college',
		title: { zh: '株洲师范高等专科学校', en: 'Zhuzhou Teachers College' },
		location: { lat: 27.925, lng: 113.185 },
		radius: 200,
		district: 'shifeng',
		address: {
			zh: '株洲市湖南（株洲）职教科技园，株洲师范高等专科学校主校区',
			en: 'Main campus of Zhuzhou Teachers College, Hunan (Zhuzhou) Vocational Education and Technology Park, Zhuzhou',
		},
		description: {
			zh: '2021年，株洲师范高等专科学校揭牌成为首家“红十字特色高校”。创建红十字特色高校，是株洲市红十字会培养向上向善的红十字青少年的方式。',
			en: 'In 2021 Zhuzhou Teachers College became the first “Red Cross Featured College”. Through its Red Cross Featured Colleges the Zhuzhou Red Cross raises young people who aim high and do good.',
		},
		directions: {
			zh: '从株洲市区乘公交车或出租车前往职教科技园的株洲师范高等专科学校主校区。进入校园请遵守学校的访客管理规定。',
			en: 'From the city centre, take a bus or taxi to the college’s main campus in the vocational education and technology park. On campus, follow the college’s rules for visitors.',
		},
		openingHours: weekdaysOnly('08:00', '17:30'),
		hoursNote: hoursNotes.campus,
		drawing: drawings.teachersCollege,
		imageAlt: {
			zh: '插画：带中央塔楼的校园主楼，塔楼上有红十字标志，学生走在通往大门的小路上',
			en: 'Illustration: a college’s main hall with a central tower bearing the red cross, students on the path to its door',
		},
		institution: 'institution-zhuzhou-normal-college',
		sample: false,
	},
	{
		key: 'railway-college',
		title: { zh: '湖南铁路科技职业技术学院', en: 'Hunan Railway Professional Technology College' },
		location: { lat: 27.897, lng: 113.16 },
		radius: 200,
		district: 'shifeng',
		address: {
			zh: '株洲市石峰区湖南铁路科技职业技术学院内',
			en: 'Hunan Railway Professional Technology College, Shifeng District, Zhuzhou',
		},
		description: {
			zh: '2023年，湖南铁路科技职业技术学院挂牌“红十字特色高校”。2024年，首个红十字应急救护智能化培训基地落户该校。',
			en: 'In 2023 Hunan Railway Professional Technology College was named a “Red Cross Featured College”. In 2024 the first Red Cross base for smart first-aid training opened here.',
		},
		directions: {
			zh: '从株洲市区乘公交车或出租车前往石峰区的湖南铁路科技职业技术学院。进入校园请遵守学校的访客管理规定。',
			en: 'From the city centre, take a bus or taxi to the college in Shifeng District. On campus, follow the college’s rules for visitors.',
		},
		openingHours: weekdaysOnly('08:00', '17:30'),
		hoursNote: hoursNotes.campus,
		drawing: drawings.railwayCollege,
		imageAlt: {
			zh: '插画：挂着红十字标志的教学楼，楼前铁轨上停着一列红白相间的机车',
			en: 'Illustration: a teaching block bearing the red cross, a red and white locomotive on the track in front',
		},
		institution: 'institution-hunan-railway-college',
		sample: false,
	},
	{
		key: 'central-hospital',
		title: { zh: '株洲市中心医院', en: 'Zhuzhou Central Hospital' },
		location: { lat: 27.812, lng: 113.095 },
		radius: 150,
		district: 'tianyuan',
		address: {
			zh: '株洲市天元区长江南路',
			en: 'Changjiang South Road, Tianyuan District, Zhuzhou',
		},
		description: {
			zh: '2023年，株洲市中心医院成为非亲缘性造血干细胞采集和移植定点医院。五年来，全市造血干细胞入库数由每年40例增长为每年1500例，捐献数由十年4例增长为一年19例。',
			en: 'In 2023 Zhuzhou Central Hospital was designated to collect and transplant blood stem cells from unrelated donors. In five years the city’s stem-cell registrations grew from 40 to 1,500 a year, and donations from 4 in ten years to 19 in one year.',
		},
		directions: {
			zh: '从株洲市区乘公交车或出租车前往天元区长江南路的株洲市中心医院。',
			en: 'From the city centre, take a bus or taxi to Zhuzhou Central Hospital on Changjiang South Road in Tianyuan District.',
		},
		openingHours: weekdaysOnly('08:00', '17:30'),
		hoursNote: hoursNotes.hospital,
		drawing: drawings.centralHospital,
		imageAlt: {
			zh: '插画：医院住院大楼和两侧的裙楼，门前停着救护车，天空中淡淡地画着血细胞',
			en: 'Illustration: a hospital ward tower with lower wings, an ambulance at the door and faint blood cells in the sky',
		},
		institution: 'institution-zhuzhou-central-hospital',
		sample: false,
	},
	{
		key: 'red-medicine-museum',
		title: { zh: '红医博物馆', en: 'Red Medicine Museum' },
		location: { lat: 27.828, lng: 113.072 },
		radius: 100,
		district: 'tianyuan',
		address: {
			zh: '选址待定（图上位置为示例）',
			en: 'Site to be decided (the position on the map is a sample)',
		},
		description: {
			zh: '株洲市红十字会计划联合医疗机构创立“红医博物馆”。博物馆尚在筹建，还没有建成；这一站的位置和开放时间都是示例。博物馆的线上展厅已经开放：请点本站导航中的“红医博物馆”。',
			en: 'The Zhuzhou Red Cross plans to found the Red Medicine Museum together with medical institutions. The museum is still being planned and has not been built; this stop’s position and hours are samples. Its online galleries are open now: choose “Red Medicine Museum” in this site’s menu.',
		},
		directions: {
			zh: '博物馆尚未建成，暂时无法实地前往。欢迎先到本站的线上展厅参观。',
			en: 'The museum has not been built yet, so it cannot be visited in person. Visit its online galleries on this site instead.',
		},
		openingHours: closedOnMondays('09:00', '17:00'),
		hoursNote: hoursNotes.planned,
		drawing: drawings.plannedMuseum,
		imageAlt: {
			zh: '插画：蓝图上用白线勾勒的博物馆建筑轮廓，表示博物馆尚在筹建',
			en: 'Illustration: a museum building outlined in white on a blueprint, to show that it is still being planned',
		},
		institution: 'institution-zhuzhou-red-cross',
		sample: true,
	},
	{
		key: 'yandi-first-aid-station',
		title: {
			zh: '炎帝陵红十字救护站',
			en: 'Red Cross First-Aid Station at the Yandi Mausoleum',
		},
		location: { lat: 26.42, lng: 113.62 },
		radius: 200,
		district: 'yanling',
		address: {
			zh: '株洲市炎陵县鹿原镇炎帝陵景区内',
			en: 'Inside the Yandi Mausoleum scenic area, Luyuan Town, Yanling County, Zhuzhou',
		},
		description: {
			zh: '2022年，首家“5A”级景区红十字救护站在炎帝陵揭牌。救护站设在景区内，为游客提供应急救护服务。',
			en: 'In 2022 the first Red Cross first-aid station at a 5A-rated scenic area opened at the Yandi Mausoleum. It gives first aid to visitors to the scenic area.',
		},
		directions: {
			zh: '炎帝陵位于炎陵县鹿原镇，距株洲市区路程约200公里，需要专程前往：可以自驾，也可以乘长途客车到炎陵县城后转车前往景区。救护站在景区内，可向景区工作人员问询。',
			en: 'The Yandi Mausoleum is in Luyuan Town, Yanling County, about 200 km by road from Zhuzhou, so it takes a trip of its own: drive, or take a long-distance coach to Yanling and change there for the scenic area. The station is inside the scenic area; ask the staff there.',
		},
		openingHours: daily('08:00', '17:00'),
		hoursNote: hoursNotes.scenicArea,
		drawing: drawings.yandiFirstAidStation,
		imageAlt: {
			zh: '插画：群山环抱中的传统殿堂，红色廊柱，旁边是一座标有红十字的白色救护小屋',
			en: 'Illustration: a traditional hall with red columns among mountains, and beside it a small white first-aid hut marked with the red cross',
		},
		institution: 'institution-yandi-mausoleum',
		sample: false,
	},
];

/** The stop the outreach-site table names by `key`. */
export function stopByKey(key: string): StopRecord {
	const stop = stops.find((candidate) => candidate.key === key);
	if (stop === undefined) {
		throw new Error(
			`No route stop has the key "${key}". Use one of: ${stops.map((s) => s.key).join(', ')}.`,
		);
	}
	return stop;
}
