import { yandiStationCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const yandiStation: StorySource = {
	key: 'yandi-station',
	year: 2022,
	category: 'first-aid',
	title: {
		zh: '首家“5A”级景区红十字救护站在炎帝陵揭牌',
		en: 'The first Red Cross first-aid station at a 5A scenic area opens at the Yandi Mausoleum',
	},
	excerpt: {
		zh: '2022年，首家“5A”级景区红十字救护站在炎帝陵揭牌，应急救护走进了旅游景区。',
		en: 'In 2022 the first Red Cross first-aid station at a 5A scenic area was unveiled at the Yandi Mausoleum, bringing first aid into a tourist site.',
	},
	body: {
		zh: [
			'2022年，首家“5A”级景区红十字救护站在炎帝陵揭牌。',
			'“5A”是我国旅游景区质量等级中的最高一级。把红十字救护站设在景区，让应急救护离游客更近。',
			'这与全市让应急救护“救”在身边的做法一脉相承：五年来，全市在91个人流密集场所和社区投放了AED（自动体外除颤器）。',
			'炎帝陵位于炎陵县。想沿着红十字的足迹走一走，可以看看[红十字文旅打卡路线](/route/)。',
		],
		en: [
			'In 2022 the first Red Cross first-aid station at a 5A scenic area was unveiled at the Yandi Mausoleum (炎帝陵).',
			'5A is the highest grade in China’s quality rating of tourist attractions. A Red Cross first-aid station inside the scenic area brings first aid closer to visitors.',
			'It follows the city’s aim of keeping first aid close at hand: over the past five years, automated external defibrillators (AEDs) have been placed at 91 crowded public places and communities across the city.',
			'The Yandi Mausoleum is in Yanling County. To follow the Red Cross’s footsteps, take a look at the [Red Cross cultural-tourism check-in route](/en/route/).',
		],
	},
	cover: yandiStationCover,
	related: ['training-base', 'first-aid-results'],
};
