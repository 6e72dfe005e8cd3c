import { firstAidResultsCover } from '../art/result-covers.ts';
import { planPeriods, type StorySource } from './source.ts';

export const firstAidResults: StorySource = {
	key: 'first-aid-results',
	year: 2024,
	period: planPeriods.pastFiveYears,
	category: 'first-aid',
	title: {
		zh: '“救”在身边：应急救护从“静”到“动”',
		en: 'First aid close at hand: from standing still to on the move',
	},
	excerpt: {
		zh: '五年来，株洲在91个人流密集场所和社区投放AED，一线消防员全员培训成为救护员，全市完成救护员培训1.15万人，应急救护知识普及17.1万余人次。',
		en: 'Over five years, Zhuzhou placed AEDs at 91 crowded places and communities, trained every front-line firefighter as a first-aider, trained 11,500 certified first-aiders and reached more than 171,000 participants with first-aid knowledge.',
	},
	body: {
		zh: [
			'AED即自动体外除颤器，是心脏骤停时旁人也能操作的急救设备。五年来，全市在91个人流密集场所和社区投放了AED。',
			'一线消防员全员接受培训，成为救护员。株洲市红十字会在全国红十字会中率先构建了“消防+急救”动态模式。',
			'五年来，全市完成救护员培训1.15万人，应急救护知识普及17.1万余人次。“社会普及CPR+AED培训”也是全市四个公益联盟之一。',
			'规划提出，未来五年全面推进应急救护“六进”培训，加强特殊从业人员AED操作技能培训；应急救护持证数累计达到8万人次，普及应急救护培训增加30万人次。',
		],
		en: [
			'An AED (automated external defibrillator) is a first-aid device that a bystander can use when someone’s heart stops. Over the past five years, AEDs have been placed at 91 crowded public places and communities across the city.',
			'Every front-line firefighter has been trained as a first-aider. The Zhuzhou Red Cross was the first Red Cross society in China to build a dynamic “firefighting + first aid” model.',
			'Over the past five years, 11,500 people in the city have trained as certified first-aiders, and first-aid awareness sessions have reached more than 171,000 participants. “CPR + AED Training for Everyone” is also one of the city’s four charity alliances.',
			'Under the plan, the next five years will push first-aid training into “six settings” (六进) across the board and improve AED skills among people in specific occupations; first-aid certificates are to reach 80,000 in total, and first-aid awareness training is to reach 300,000 more participants.',
		],
	},
	cover: firstAidResultsCover,
	related: ['training-base', 'yandi-station'],
};
