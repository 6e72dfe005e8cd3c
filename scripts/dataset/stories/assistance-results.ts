import { assistanceResultsCover } from '../art/result-covers.ts';
import { planPeriods, type StorySource } from './source.ts';

export const assistanceResults: StorySource = {
	key: 'assistance-results',
	year: 2024,
	period: planPeriods.pastFiveYears,
	category: 'relief',
	title: {
		zh: '以人为本：人道救助形成矩阵',
		en: 'People first: a matrix of humanitarian assistance',
	},
	excerpt: {
		zh: '五年来，“温暖前行·大病救助”行动为818位患者家庭解了燃眉之急，6035人在“光明行动在株洲”活动中重见光明，8个乡村建成“博爱家园”。',
		en: 'Over five years, the “Warm Steps Forward · Serious Illness Relief” campaign helped 818 patients’ families in urgent need, 6,035 people regained their sight through “Bright Vision in Zhuzhou”, and 8 villages became “Boai Homes”.',
	},
	body: {
		zh: [
			'五年来，株洲人道救助实现了矩阵模式的新发展，多个救助项目一起发力：',
			{
				bullets: [
					'“温暖前行·大病救助”行动解了818位患者家庭的燃眉之急；',
					'6035人在“光明行动在株洲”活动中重见光明；',
					'8个乡村建成“博爱家园”；',
					'2630.51万元公益资金为28家农村、园区企业纾困增效；',
					'炎陵、井冈山110所小学的11.5万名青少年建立了成长发育档案；',
					'青少年近视防控筛查10万人次，2万名学生视力得到提升。',
				],
			},
			'市红十字会工作人员还与留守儿童一起度过了六一儿童节。',
			'规划提出，未来五年将培育“红十字‘救’在身边——生命接力”品牌，规范实施“博爱送万家”“大病救助”等传统救助项目，培育打造“时代梦想”“社区民生”等新型人道救助项目。',
		],
		en: [
			'Over the past five years, humanitarian assistance in Zhuzhou has grown into a matrix of projects working together:',
			{
				bullets: [
					'the “Warm Steps Forward · Serious Illness Relief” campaign helped 818 patients’ families in urgent need;',
					'6,035 people regained their sight through the “Bright Vision in Zhuzhou” (光明行动在株洲) campaign;',
					'8 villages became “Boai Homes” (博爱家园);',
					'26.3051 million yuan of charity funds helped 28 rural and industrial-park businesses through difficulties and raised their efficiency;',
					'growth and development records were set up for 115,000 children at 110 primary schools in Yanling and Jinggangshan;',
					'100,000 screenings for myopia prevention were carried out among young people, and the eyesight of 20,000 students improved.',
				],
			},
			'Staff of the society also spent Children’s Day, 1 June, with left-behind children.',
			'Under the plan, the next five years will grow the “Red Cross Help Close at Hand — Relay of Life” brand, put traditional assistance projects such as “Boai Reaches Ten Thousand Homes” and “Serious Illness Relief” on a standard footing, and develop new ones such as “Dreams of the Times” and “Community Livelihoods”.',
		],
	},
	cover: assistanceResultsCover,
	related: ['shibadong', 'emergency-results', 'youth-forum'],
};
