import { shibadongCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const shibadong: StorySource = {
	key: 'shibadong',
	year: 2024,
	category: 'relief',
	title: {
		zh: '援建湘西十八洞“红十字博爱健康e站”',
		en: 'A Red Cross “Boai Health e-Station” for Shibadong in western Hunan',
	},
	excerpt: {
		zh: '2024年，株洲市红十字会援建湘西十八洞“红十字博爱健康e站”。',
		en: 'In 2024 the Zhuzhou Red Cross helped build a Red Cross “Boai Health e-Station” at Shibadong in Xiangxi, western Hunan.',
	},
	body: {
		zh: [
			'2024年，株洲市红十字会援建湘西十八洞“红十字博爱健康e站”。',
			'“博爱”是红十字“人道、博爱、奉献”精神中的一个词。健康e站的援建，让红十字阵地走出了株洲。',
			'在株洲本地，人道救助也在扩展：五年来，全市8个乡村建成“博爱家园”，2630.51万元公益资金为28家农村、园区企业纾困增效。',
			'规划提出，未来五年将规范实施“博爱送万家”“大病救助”等传统救助项目，培育打造“时代梦想”“社区民生”等新型人道救助项目。',
		],
		en: [
			'In 2024 the Zhuzhou Red Cross helped build a Red Cross “Boai Health e-Station” (红十字博爱健康e站) at Shibadong in Xiangxi, western Hunan.',
			'Boai (博爱), “universal love”, is one of the words of the Red Cross spirit: “humanity, universal love, dedication”. With the e-station, the Red Cross’s outposts reached beyond Zhuzhou.',
			'At home, humanitarian assistance has grown too: over the past five years, 8 villages in the city have become “Boai Homes” (博爱家园), and 26.3051 million yuan of charity funds has helped 28 rural and industrial-park businesses through difficulties and raised their efficiency.',
			'Under the plan, the next five years will put traditional assistance projects such as “Boai Reaches Ten Thousand Homes” and “Serious Illness Relief” on a standard footing, and develop new ones such as “Dreams of the Times” and “Community Livelihoods”.',
		],
	},
	cover: shibadongCover,
	related: ['assistance-results'],
};
