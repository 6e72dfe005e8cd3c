import { centralHospitalCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const centralHospital: StorySource = {
	key: 'central-hospital',
	year: 2023,
	category: 'donation',
	title: {
		zh: '市中心医院成为非亲缘性造血干细胞采集和移植定点医院',
		en: 'Zhuzhou Central Hospital is designated for unrelated-donor stem-cell collection and transplantation',
	},
	excerpt: {
		zh: '2023年，株洲市中心医院成为非亲缘性造血干细胞采集和移植定点医院。',
		en: 'In 2023 Zhuzhou Central Hospital became a designated hospital for collecting and transplanting haematopoietic stem cells from unrelated donors.',
	},
	body: {
		zh: [
			'2023年，株洲市中心医院成为非亲缘性造血干细胞采集和移植定点医院。',
			'造血干细胞移植可以帮助白血病等血液病患者重建造血功能。“非亲缘性”是指捐献者与患者之间没有血缘关系，捐献者来自造血干细胞捐献者资料库。',
			'五年来，株洲的造血干细胞捐献实现了跨越：入库数由每年40例增长为每年1500例，捐献数由十年4例增长为一年19例。',
			'市红十字会还举办了第九个“世界骨髓捐献者日”纪念活动。规划提出，未来五年造血干细胞捐献者资料库库容力争达到8000人左右，并培育“爱心相‘髓’”品牌。',
		],
		en: [
			'In 2023 Zhuzhou Central Hospital (株洲市中心医院) became a designated hospital for collecting and transplanting haematopoietic stem cells from unrelated donors.',
			'A stem-cell transplant can help patients with leukaemia and other blood diseases rebuild their blood-forming function. “Unrelated” means that donor and patient are not blood relatives: the donor is found through the stem-cell donor registry.',
			'Over the past five years, stem-cell donation in Zhuzhou has leapt ahead: registrations grew from 40 a year to 1,500 a year, and donations from 4 in ten years to 19 in a single year.',
			'The society also held an event for the ninth World Marrow Donor Day. Under the plan, the stem-cell donor registry is to grow to about 8,000 people over the next five years, and the “Marrow of Love” (爱心相“髓”) brand will be developed.',
		],
	},
	cover: centralHospitalCover,
	related: ['donation-results', 'tcm-hospital'],
};
