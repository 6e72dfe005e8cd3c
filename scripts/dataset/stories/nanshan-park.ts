import { lifeParkFlowerBedFigure } from '../art/figures.ts';
import { nanshanParkCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const nanshanPark: StorySource = {
	key: 'nanshan-park',
	year: 2022,
	category: 'culture',
	title: {
		zh: '南山公园建设湖南省首个红十字生命文化公园',
		en: 'Nanshan Park becomes home to Hunan’s first Red Cross Life Culture Park',
	},
	excerpt: {
		zh: '2022年，南山公园建设湖南省首个“礼赞生命——红十字生命文化公园”，人道文化传播有了新的载体。',
		en: 'In 2022 Hunan’s first “Tribute to Life” Red Cross Life Culture Park was built in Nanshan Park, a new venue for spreading humanitarian culture.',
	},
	body: {
		zh: [
			'2022年，南山公园建设了湖南省首个“礼赞生命——红十字生命文化公园”。',
			'“礼赞生命”，就是向生命致敬。公园里开展过清明缅怀活动。',
			{
				figure: lifeParkFlowerBedFigure,
				caption: {
					zh: '示意插画，并非公园实景。',
					en: 'An illustration, not a view of the park itself.',
				},
			},
			'在株洲，人道文化有了更多看得见的载体：2021年，福寿山庄建成全市首座遗体器官捐献者纪念碑；2022年，“眼里有光 向阳生长”——关注青少年心理健康论坛连续举办两届。',
			'规划提出，未来五年将开发[红十字文旅打卡路线](/route/)，联合医疗机构创立[“红医博物馆”](/museum/)，并打造[人道传播阵地](/map/)100个。',
		],
		en: [
			'In 2022 Hunan’s first “Tribute to Life” Red Cross Life Culture Park (礼赞生命——红十字生命文化公园) was built in Nanshan Park.',
			'“Tribute to Life” means paying respect to life. Qingming remembrance activities have been held in the park.',
			{
				figure: lifeParkFlowerBedFigure,
				caption: {
					zh: '示意插画，并非公园实景。',
					en: 'An illustration, not a view of the park itself.',
				},
			},
			'Humanitarian culture in Zhuzhou has more places to be seen: in 2021 Fushou Shanzhuang completed the city’s first memorial to body and organ donors, and in 2022 the “Light in Their Eyes, Growing Toward the Sun” youth mental health forum was held for two consecutive editions.',
			'Under the plan, the next five years will bring a [Red Cross cultural-tourism check-in route](/en/route/), a [Red Medicine Museum](/en/museum/) founded together with medical institutions, and 100 [humanitarian outreach sites](/en/map/).',
		],
	},
	cover: nanshanParkCover,
	related: ['donor-memorial', 'youth-forum'],
};
