import { emergencyResultsCover } from '../art/result-covers.ts';
import { planPeriods, type StorySource } from './source.ts';

export const emergencyResults: StorySource = {
	key: 'emergency-results',
	year: 2024,
	period: planPeriods.pastFiveYears,
	category: 'relief',
	title: {
		zh: '“急”时守护：应急救援从平面到立体',
		en: 'On guard in emergencies: relief work on land, water and in the air',
	},
	excerpt: {
		zh: '五年来，株洲构建了“水陆空”立体化应急救援演练新模式；新冠疫情期间精准筹集物资2968万元，发放实现省内24小时、省外48小时闭环管理。',
		en: 'Over five years, Zhuzhou built a new model of rescue drills on water, land and in the air; during the COVID-19 epidemic it raised supplies worth 29.68 million yuan and delivered them within 24 hours in Hunan and 48 hours elsewhere.',
	},
	body: {
		zh: [
			'五年来，株洲红十字应急救援实现了从平面到立体的升级。市红十字会借红十字嘉年华活动，打造了“水陆空”立体化应急救援演练新模式。',
			'新冠疫情期间，市红十字会精准筹集物资2968万元。所有善款、物资做到“快进快出、物走账清”，发放实现省内24小时、省外48小时闭环管理。',
			'规划提出，未来五年加强赈济、医疗、供水、心理应急救援队伍建设，各县区红十字会至少建立一支各具特长的应急救援队伍，并培育1至2支国家级应急救援队。',
		],
		en: [
			'Over the past five years, Red Cross emergency relief in Zhuzhou has grown from a flat to a three-dimensional operation. At a Red Cross carnival, the society set up a new model of rescue drills on water, land and in the air.',
			'During the COVID-19 epidemic, the society raised supplies worth 29.68 million yuan, targeted at real needs. All donations of money and goods were “in fast, out fast, with every item accounted for”, and deliveries were managed as a closed loop: within 24 hours inside Hunan province and within 48 hours outside it.',
			'Under the plan, the next five years will strengthen emergency teams for relief supplies, medical care, water supply and psychological support; every county and district Red Cross society is to set up at least one emergency team with its own specialty, and one or two national-level emergency response teams are to be developed.',
		],
	},
	cover: emergencyResultsCover,
	related: ['assistance-results', 'fundraising-results'],
};
