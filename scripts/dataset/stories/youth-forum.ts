import { youthForumCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const youthForum: StorySource = {
	key: 'youth-forum',
	year: 2022,
	category: 'youth',
	title: {
		zh: '“眼里有光 向阳生长”青少年心理健康论坛连续举办两届',
		en: 'Two editions of the “Light in Their Eyes, Growing Toward the Sun” youth mental health forum',
	},
	excerpt: {
		zh: '2022年，市红十字会连续举办两届“眼里有光 向阳生长”——关注青少年心理健康论坛。',
		en: 'In 2022 the Zhuzhou Red Cross held two consecutive editions of its “Light in Their Eyes, Growing Toward the Sun” forum on youth mental health.',
	},
	body: {
		zh: [
			'2022年，市红十字会连续举办两届“眼里有光 向阳生长”——关注青少年心理健康论坛。',
			'关注心理健康，也是株洲红十字公益体系的一部分：“心语心愿——关注心理健康”是全市“5+4+N”公益体系中的四个公益联盟之一。',
			'青少年是红十字工作的重要对象。五年来，炎陵、井冈山110所小学的11.5万名青少年建立了成长发育档案；青少年近视防控筛查10万人次，2万名学生视力得到提升。',
			'规划提出，未来五年将推动红十字工作纳入青少年教育整体规划，培育红十字特色校园文化。',
		],
		en: [
			'In 2022 the Zhuzhou Red Cross held two consecutive editions of its forum on youth mental health, “Light in Their Eyes, Growing Toward the Sun” (眼里有光 向阳生长).',
			'Mental health is part of the Red Cross charity system in Zhuzhou: “Heartfelt Words, Heartfelt Wishes — Caring for Mental Health” is one of the four charity alliances of the city’s “5+4+N” system.',
			'Young people are an important focus of Red Cross work. Over the past five years, growth and development records have been set up for 115,000 children at 110 primary schools in Yanling and Jinggangshan; 100,000 screenings for myopia prevention have been carried out among young people, and the eyesight of 20,000 students has improved.',
			'Under the plan, the next five years will bring Red Cross work into the overall planning of youth education and grow Red Cross campus culture.',
		],
	},
	cover: youthForumCover,
	related: ['normal-college', 'assistance-results'],
};
