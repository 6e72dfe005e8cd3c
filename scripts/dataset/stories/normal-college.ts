import { normalCollegeCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const normalCollege: StorySource = {
	key: 'normal-college',
	year: 2021,
	category: 'youth',
	title: {
		zh: '株洲师专揭牌首家“红十字特色高校”',
		en: 'Zhuzhou Teachers College becomes the first “Red Cross Featured College”',
	},
	excerpt: {
		zh: '2021年，株洲师范高等专科学校揭牌成为首家“红十字特色高校”。创建红十字特色高校，是为了培养向上向善的红十字青少年。',
		en: 'In 2021 Zhuzhou Teachers College unveiled its plaque as the first “Red Cross Featured College”. Featured colleges are created to raise young Red Cross members who strive upward and do good.',
	},
	body: {
		zh: [
			'2021年，株洲师范高等专科学校（株洲师专）揭牌，成为首家“红十字特色高校”。红十字阵地由此向高校拓展。',
			'创建红十字特色高校，是为了培养向上向善的红十字青少年。五年来，全市有10万名红十字高校在校生成为红十字运动的生力军。',
			'2023年，湖南铁路科技职业技术学院也挂牌“红十字特色高校”。',
			'按照未来五年的规划，市红十字会将继续打造红十字特色校园文化平台：推动红十字工作纳入青少年教育整体规划，开展红十字高职院校“携手人道”志愿服务等活动，并力争全市70%以上的高校建立红十字救护队。',
		],
		en: [
			'In 2021 Zhuzhou Teachers College (株洲师范高等专科学校) unveiled its plaque as the first “Red Cross Featured College”, extending the Red Cross’s presence into higher education.',
			'Featured colleges are created to raise young Red Cross members who strive upward and do good. Over the past five years, 100,000 students at Red Cross colleges across the city have become a fresh force of the Red Cross movement.',
			'In 2023 Hunan Railway Professional Technology College was also named a “Red Cross Featured College”.',
			'Under the plan for the next five years, the society will keep building a platform for Red Cross campus culture: bringing Red Cross work into the overall planning of youth education, running activities such as the “Hand in Hand for Humanity” volunteer programme at vocational colleges, and working for Red Cross first-aid teams at more than 70% of the city’s colleges.',
		],
	},
	cover: normalCollegeCover,
	related: ['railway-college', 'youth-forum'],
};
