import { railwayCollegeCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const railwayCollege: StorySource = {
	key: 'railway-college',
	year: 2023,
	category: 'youth',
	title: {
		zh: '湖南铁路科技职业技术学院挂牌“红十字特色高校”',
		en: 'Hunan Railway Professional Technology College is named a “Red Cross Featured College”',
	},
	excerpt: {
		zh: '2023年，湖南铁路科技职业技术学院挂牌“红十字特色高校”。一年后，首个红十字应急救护智能化培训基地也落户这里。',
		en: 'In 2023 Hunan Railway Professional Technology College was named a “Red Cross Featured College”. A year later, the first Red Cross smart first-aid training base opened there.',
	},
	body: {
		zh: [
			'2023年，湖南铁路科技职业技术学院（铁科职院）挂牌“红十字特色高校”。在它之前，株洲师范高等专科学校已于2021年揭牌成为首家“红十字特色高校”。',
			'在这座“火车拉来的城市”，红十字特色高校又多了一所。',
			'2024年，首个红十字应急救护智能化培训基地落户铁科职院。',
			'规划提出，未来五年将开展红十字高职院校“携手人道”志愿服务等活动，并力争全市70%以上高校建立红十字救护队。',
		],
		en: [
			'In 2023 Hunan Railway Professional Technology College (湖南铁路科技职业技术学院) was named a “Red Cross Featured College”. Before it, Zhuzhou Teachers College had become the first Red Cross Featured College in 2021.',
			'In this “city brought by the railway”, there is now one more Red Cross Featured College.',
			'In 2024 the first Red Cross smart first-aid training base opened at the college.',
			'Under the plan, the next five years will bring activities such as the “Hand in Hand for Humanity” volunteer programme at vocational colleges, and Red Cross first-aid teams at more than 70% of the city’s colleges.',
		],
	},
	cover: railwayCollegeCover,
	related: ['normal-college', 'training-base'],
};
