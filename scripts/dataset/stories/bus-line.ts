import { busLineCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const busLine: StorySource = {
	key: 'bus-line',
	year: 2023,
	category: 'volunteers',
	title: {
		zh: '红十字志愿服务号公交专线上线',
		en: 'The Red Cross Volunteer Service bus line goes into service',
	},
	excerpt: {
		zh: '2023年，红十字志愿服务号公交专线上线。五年来，全市已有825名优秀志愿者获得爱心公交卡。',
		en: 'In 2023 the Red Cross Volunteer Service bus line went into service. Over the past five years, 825 outstanding volunteers in the city have received a Caring Bus Card.',
	},
	body: {
		zh: [
			'2023年，红十字志愿服务号公交专线上线。',
			'志愿者是红十字事业发展的坚固基石。五年来，全市12支红十字志愿服务团队累计服务时长超过18万个小时。',
			'对志愿者的付出，株洲给予礼遇：7000名志愿者实现礼遇赋能，825名优秀志愿者获得爱心公交卡。',
			'规划提出，未来五年登记与注册的红十字志愿者将突破2万人。',
		],
		en: [
			'In 2023 the Red Cross Volunteer Service bus line (红十字志愿服务号公交专线) went into service.',
			'Volunteers are the solid foundation of the Red Cross’s work. Over the past five years, the city’s 12 Red Cross volunteer teams have served more than 180,000 hours in total.',
			'Zhuzhou honours what volunteers give: 7,000 volunteers have received recognition and support, and 825 outstanding volunteers have received a Caring Bus Card.',
			'Under the plan, the number of registered Red Cross volunteers is to pass 20,000 over the next five years.',
		],
	},
	cover: busLineCover,
	related: ['volunteer-results'],
};
