import { fundraisingResultsCover } from '../art/result-covers.ts';
import { planPeriods, type StorySource } from './source.ts';

export const fundraisingResults: StorySource = {
	key: 'fundraising-results',
	year: 2024,
	period: planPeriods.pastFiveYears,
	category: 'fundraising',
	title: {
		zh: '五年筹集款物10065.29万元：“5+4+N”公益体系',
		en: 'More than 100 million yuan raised in five years: the “5+4+N” charity system',
	},
	excerpt: {
		zh: '五年来，全市“5+4+N”公益体系累计筹集款物10065.29万元，人道资源动员实现新突破。',
		en: 'Over five years, the city’s “5+4+N” charity system raised money and goods worth 100,652,900 yuan, a breakthrough in mobilising humanitarian resources.',
	},
	body: {
		zh: [
			'五年来，全市“5+4+N”公益体系累计筹集款物10065.29万元，人道资源动员实现新突破。这个体系由三部分组成：',
			{
				bullets: [
					'**“5”大公益基金**：光明公益金、健康公益金、创业帮扶公益金、天使公益金、时代梦想公益基金；',
					'**“4”个公益联盟**：“幸福家庭·健康株洲”“艺路征行”“心语心愿——关注心理健康”“社会普及CPR+AED培训”；',
					'**“N”个特色公益品牌**：大病救助、童心向党·以爱育爱、赋能妈妈、博爱送万家等。',
				],
			},
			'规划提出，未来五年筹资款物总额突破1亿元：成立株洲市红十字基金会，承接中国红十字基金会“红气球挑战赛”，力争固定捐赠人项目突破10个，建立捐赠人资料库。',
			'捐赠管理同样重要：规划要求推进募捐和接受捐赠标准化、规范化，提高项目执行力度和信息透明度，开展红十字公开透明指数评价。',
		],
		en: [
			'Over the past five years, the city’s “5+4+N” charity system raised money and goods worth 100,652,900 yuan (10,065.29 × 10,000 yuan), a breakthrough in mobilising humanitarian resources. The system has three parts:',
			{
				bullets: [
					'**5 charity funds**: the Light Fund, the Health Fund, the Entrepreneurship Support Fund, the Angel Fund and the Dreams of the Times Fund;',
					'**4 charity alliances**: “Happy Families · Healthy Zhuzhou”, “On the Road with the Arts”, “Heartfelt Words, Heartfelt Wishes — Caring for Mental Health” and “CPR + AED Training for Everyone”;',
					'**N signature charity brands**, among them Serious Illness Relief, “Children’s Hearts Follow the Party · Raising with Love”, Empowering Mothers and “Boai Reaches Ten Thousand Homes”.',
				],
			},
			'Under the plan, money and goods raised over the next five years are to pass 100 million yuan: the Zhuzhou Red Cross Foundation is to be founded, the China Red Cross Foundation’s “Red Balloon Challenge” is to be hosted, regular-donor projects are to pass 10, and a donor database is to be built.',
			'Managing donations matters as much: the plan calls for standard, well-regulated fundraising and acceptance of donations, stronger project delivery and more transparent information, and an evaluation of the Red Cross’s openness and transparency index.',
		],
	},
	cover: fundraisingResultsCover,
	related: ['emergency-results', 'assistance-results'],
};
