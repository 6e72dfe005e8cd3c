import { threeGiftsFigure } from '../art/figures.ts';
import { donationResultsCover } from '../art/result-covers.ts';
import { planPeriods, type StorySource } from './source.ts';

export const donationResults: StorySource = {
	key: 'donation-results',
	year: 2024,
	period: planPeriods.pastFiveYears,
	category: 'donation',
	title: {
		zh: '从“心”开始：“三献”服务实现全流程闭环',
		en: 'Starting from the heart: a closed-loop service for blood, stem-cell and organ donation',
	},
	excerpt: {
		zh: '五年来，株洲造血干细胞入库数由每年40例增长为每年1500例；全市实现器官捐献250例、组织捐献177例、遗体捐献117例，挽救了750名器官衰竭患者的生命。',
		en: 'Over five years, stem-cell registrations in Zhuzhou grew from 40 to 1,500 a year, and the city recorded 250 organ, 177 tissue and 117 body donations, saving the lives of 750 patients with organ failure.',
	},
	body: {
		zh: [
			'“三献”是无偿献血、捐献造血干细胞和捐献人体器官（含遗体、组织）的合称。五年来，株洲的“三献”服务从“心”开始，实现了全流程闭环服务。',
			{
				figure: threeGiftsFigure,
				caption: {
					zh: '“三献”：献血、捐献造血干细胞、捐献器官（示意插画）。',
					en: 'The three donations: blood, stem cells and organs (illustration).',
				},
			},
			{ h2: '造血干细胞捐献' },
			'造血干细胞入库数由每年40例增长为每年1500例，捐献数由十年4例增长为一年19例。2023年，株洲市中心医院成为非亲缘性造血干细胞采集和移植定点医院。',
			{ h2: '器官、组织和遗体捐献' },
			'全市实现器官捐献250例、组织捐献177例、遗体捐献117例，挽救了750名器官衰竭患者的生命，让345名失明患者重现光明。',
			{ h2: '未来五年' },
			'规划提出：人体器官遗体捐献志愿登记人数超过1万人，造血干细胞捐献者资料库库容力争达到8000人左右；区级红十字会建立“三献”志愿服务队伍，培育“爱心相‘髓’”品牌。',
		],
		en: [
			'The “three donations” (三献) are voluntary blood donation, haematopoietic stem-cell donation, and donation of human organs, including bodies and tissue. Over the past five years, Zhuzhou’s donation service, “starting from the heart”, has become a closed loop covering the whole process.',
			{
				figure: threeGiftsFigure,
				caption: {
					zh: '“三献”：献血、捐献造血干细胞、捐献器官（示意插画）。',
					en: 'The three donations: blood, stem cells and organs (illustration).',
				},
			},
			{ h2: 'Stem-cell donation' },
			'Stem-cell registrations grew from 40 a year to 1,500 a year, and donations from 4 in ten years to 19 in a single year. In 2023 Zhuzhou Central Hospital became a designated hospital for collecting and transplanting stem cells from unrelated donors.',
			{ h2: 'Organ, tissue and body donation' },
			'The city recorded 250 organ donations, 177 tissue donations and 117 body donations, saving the lives of 750 patients with organ failure and restoring sight to 345 blind patients.',
			{ h2: 'The next five years' },
			'The plan aims for more than 10,000 people registered as organ and body donors and a stem-cell donor registry of about 8,000 people; district Red Cross societies are to set up volunteer teams for the three donations, and the “Marrow of Love” (爱心相“髓”) brand is to be developed.',
		],
	},
	cover: donationResultsCover,
	related: ['central-hospital', 'donor-memorial', 'tcm-hospital'],
};
