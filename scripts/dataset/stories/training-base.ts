import { trainingBaseCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const trainingBase: StorySource = {
	key: 'training-base',
	year: 2024,
	category: 'first-aid',
	title: {
		zh: '首个红十字应急救护智能化培训基地落户铁科职院',
		en: 'The first Red Cross smart first-aid training base opens at Hunan Railway Professional Technology College',
	},
	excerpt: {
		zh: '2024年，首个红十字应急救护智能化培训基地落户湖南铁路科技职业技术学院。',
		en: 'In 2024 the first Red Cross smart first-aid training base opened at Hunan Railway Professional Technology College.',
	},
	body: {
		zh: [
			'2024年，首个红十字应急救护智能化培训基地落户湖南铁路科技职业技术学院（铁科职院）。一年前，这所学院刚刚挂牌“红十字特色高校”。',
			'应急救护培训教的是心肺复苏（CPR）、使用AED等在意外发生时挽救生命的技能。五年来，全市完成救护员培训1.15万人，应急救护知识普及17.1万余人次。',
			'规划提出，未来五年应急救护持证数累计达到8万人次，普及应急救护培训增加30万人次，并力争全市70%以上高校建立红十字救护队。',
		],
		en: [
			'In 2024 the first Red Cross smart first-aid training base opened at Hunan Railway Professional Technology College (铁科职院). A year earlier the college had been named a “Red Cross Featured College”.',
			'First-aid training teaches the skills that save lives when an accident happens, such as cardiopulmonary resuscitation (CPR) and using an AED. Over the past five years, 11,500 people in the city have trained as certified first-aiders, and first-aid awareness sessions have reached more than 171,000 participants.',
			'Under the plan, first-aid certificates are to reach 80,000 in total over the next five years, first-aid awareness training is to reach 300,000 more participants, and more than 70% of the city’s colleges are to set up Red Cross first-aid teams.',
		],
	},
	cover: trainingBaseCover,
	related: ['railway-college', 'first-aid-results', 'yandi-station'],
};
