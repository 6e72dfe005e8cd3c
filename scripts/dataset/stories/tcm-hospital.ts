import { tcmHospitalCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const tcmHospital: StorySource = {
	key: 'tcm-hospital',
	year: 2022,
	category: 'donation',
	title: {
		zh: '红十字“三献”服务与青少年中医药科普教育基地落户湖南省直中医医院',
		en: 'Red Cross donation services and a youth TCM education base come to Hunan Provincial Directly Affiliated TCM Hospital',
	},
	excerpt: {
		zh: '2022年，红十字“三献”服务和红十字青少年中医药科普教育基地落户湖南省直中医医院。',
		en: 'In 2022 the Red Cross “three donations” service and a Red Cross youth education base for traditional Chinese medicine came to Hunan Provincial Directly Affiliated TCM Hospital.',
	},
	body: {
		zh: [
			'2022年，红十字“三献”服务和红十字青少年中医药科普教育基地落户湖南省直中医医院。',
			'“三献”指无偿献血、捐献造血干细胞和捐献人体器官（含遗体、组织），是红十字会的核心业务之一。五年来，株洲的“三献”服务从“心”开始，实现了全流程闭环服务。',
			'青少年中医药科普教育基地，是面向青少年普及中医药知识的场所。',
			'按照规划，未来五年市红十字会将提升“三献”社会参与度：培育“爱心相‘髓’”品牌，推动区级红十字会建立“三献”志愿服务队伍。',
		],
		en: [
			'In 2022 the Red Cross “three donations” service and a Red Cross youth education base for traditional Chinese medicine (TCM) came to Hunan Provincial Directly Affiliated TCM Hospital (湖南省直中医医院).',
			'The “three donations” (三献) are voluntary blood donation, haematopoietic stem-cell donation, and donation of human organs, including bodies and tissue; they are among the core work of the Red Cross. Over the past five years, Zhuzhou’s donation service, “starting from the heart”, has become a closed loop covering the whole process.',
			'The youth TCM education base is a place where young people learn about traditional Chinese medicine.',
			'Under the plan, the society will get more people involved in the three donations over the next five years: it will grow the “Marrow of Love” (爱心相“髓”) brand and help the district Red Cross societies set up volunteer teams for the three donations.',
		],
	},
	cover: tcmHospitalCover,
	related: ['donation-results', 'central-hospital'],
};
