import { volunteerResultsCover } from '../art/result-covers.ts';
import { planPeriods, type StorySource } from './source.ts';

export const volunteerResults: StorySource = {
	key: 'volunteer-results',
	year: 2024,
	period: planPeriods.pastFiveYears,
	category: 'volunteers',
	title: {
		zh: '志愿赋能：12支团队五年服务超18万小时',
		en: 'Empowering volunteers: 12 teams, more than 180,000 hours in five years',
	},
	excerpt: {
		zh: '五年来，全市12支红十字志愿服务团队累计服务时长超过18万个小时，7000名志愿者实现礼遇赋能。',
		en: 'Over five years, the city’s 12 Red Cross volunteer teams served more than 180,000 hours, and 7,000 volunteers received recognition and support.',
	},
	body: {
		zh: [
			'志愿者是红十字事业发展的坚固基石。五年来，全市12支红十字志愿服务团队累计服务时长超过18万个小时。',
			'“赋能妈妈课堂”等志愿服务项目在全城开花。',
			'7000名志愿者实现礼遇赋能，825名优秀志愿者获得爱心公交卡；2023年，红十字志愿服务号公交专线上线。',
			'规划提出，未来五年登记与注册的红十字志愿者突破2万人，建立“红佳佳”宣讲团，打造人道传播阵地100个。全市的人道传播阵地可以在[阵地地图](/map/)上查看。',
		],
		en: [
			'Volunteers are the solid foundation of the Red Cross’s work. Over the past five years, the city’s 12 Red Cross volunteer teams have served more than 180,000 hours in total.',
			'Volunteer projects such as the “Empowering Mothers Classroom” (赋能妈妈课堂) have blossomed across the city.',
			'7,000 volunteers have received recognition and support, and 825 outstanding volunteers have received a Caring Bus Card; in 2023 the Red Cross Volunteer Service bus line went into service.',
			'Under the plan, registered Red Cross volunteers are to pass 20,000 over the next five years, a “Hong Jiajia” (红佳佳) speakers’ group is to be formed, and 100 humanitarian outreach sites are to be set up. The outreach sites are shown on the [outreach site map](/en/map/).',
		],
	},
	cover: volunteerResultsCover,
	related: ['bus-line', 'normal-college'],
};
