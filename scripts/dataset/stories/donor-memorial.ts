import { donorMemorialCover } from '../art/milestone-covers.ts';
import type { StorySource } from './source.ts';

export const donorMemorial: StorySource = {
	key: 'donor-memorial',
	year: 2021,
	category: 'culture',
	title: {
		zh: '福寿山庄建成株洲首座遗体器官捐献者纪念碑',
		en: 'Zhuzhou’s first memorial to body and organ donors is completed at Fushou Shanzhuang',
	},
	excerpt: {
		zh: '2021年，福寿山庄建成株洲市首座遗体器官捐献者纪念碑，人们从此有了一处缅怀捐献者的地方。',
		en: 'In 2021 Zhuzhou’s first memorial to body and organ donors was completed at Fushou Shanzhuang, giving people a place to remember the donors.',
	},
	body: {
		zh: [
			'2021年，福寿山庄建成株洲市首座遗体器官捐献者纪念碑。',
			'遗体和器官捐献是红十字“三献”工作的一部分。“三献”指无偿献血、捐献造血干细胞和捐献人体器官（含遗体、组织）。纪念碑寄托着人们对捐献者的敬意与怀念。',
			'五年来，全市实现器官捐献250例、组织捐献177例、遗体捐献117例，挽救了750名器官衰竭患者的生命，让345名失明患者重见光明。',
			'2022年，南山公园又建设了湖南省首个“礼赞生命——红十字生命文化公园”。规划提出，未来五年全市人体器官遗体捐献志愿登记人数将超过1万人。',
		],
		en: [
			'In 2021 Zhuzhou’s first memorial to body and organ donors was completed at Fushou Shanzhuang (福寿山庄).',
			'Body and organ donation are part of the Red Cross’s “three donations” (三献): voluntary blood donation, haematopoietic stem-cell donation, and donation of human organs, including bodies and tissue. The memorial carries people’s respect for the donors and their memory of them.',
			'Over the past five years, the city has recorded 250 organ donations, 177 tissue donations and 117 body donations, saving the lives of 750 patients with organ failure and restoring sight to 345 blind patients.',
			'In 2022 Nanshan Park became home to Hunan’s first “Tribute to Life” Red Cross Life Culture Park. The plan aims for more than 10,000 people in the city to register as organ and body donors over the next five years.',
		],
	},
	cover: donorMemorialCover,
	related: ['nanshan-park', 'donation-results'],
};
