/**
 * Hall 1: the birth of humanitarian medicine, from the Crimean War wards to the first
 * Geneva Convention (1854–1864). Facts of public record only; every image is a drawing the
 * project made, and each description says what it depicts.
 */
import {
	armbandOnSleeve,
	conventionSeals,
	lanternWard,
	memoirBook,
	roseDiagram,
	solferinoAftermath,
} from './drawings-humanitarian.ts';
import { buildLanternModel } from './model-lantern.ts';
import type { HallSource } from './types.ts';

export const humanitarianHall: HallSource = {
	title: { zh: '人道医学的诞生', en: 'The Birth of Humanitarian Medicine' },
	theme: {
		zh: '19世纪中叶，欧洲战场上的伤病员大多得不到像样的照料。从克里米亚战争中的护理改革，到索尔费里诺战役后的自发救护，再到红十字国际委员会的成立和第一部《日内瓦公约》，本展厅讲述“救护伤者、不分敌我”这一理念如何成为国际共识。',
		en: 'In the mid-nineteenth century most of the sick and wounded on Europe’s battlefields went without proper care. From nursing reform in the Crimean War, through the help improvised after the Battle of Solferino, to the founding of the International Committee of the Red Cross and the first Geneva Convention, this hall tells how the idea of caring for the wounded of every side became an international commitment.',
	},
	eraStart: 1854,
	eraEnd: 1864,
	ambience: {
		recipe: { seed: 'hall-humanitarian', lowpassHz: 320, swellSeconds: 4 },
		description: {
			zh: '程序合成的低沉风声般底噪，缓慢起伏',
			en: 'A low, wind-like hush synthesised by the project, slowly rising and falling',
		},
	},
	exhibits: [
		{
			title: { zh: '克里米亚战争中的提灯', en: 'A Lantern from the Crimean War Wards' },
			era: { zh: '1854年', en: '1854' },
			year: 1854,
			kind: 'instrument',
			images: [
				{
					draw: lanternWard,
					alt: {
						zh: '夜间病房的示意画：拱形窗下排着几张病床，一位护士的剪影提着一盏折叠式提灯，暖黄色的灯光照亮四周。',
						en: 'Drawing of a ward at night: beds stand under arched windows, and the silhouette of a nurse carries a folding lantern whose warm yellow light fills the dark.',
					},
				},
			],
			description: {
				zh: '本展品为示意复原图和三维模型，表现19世纪中期一种常见的折叠式提灯，并非原物。克里米亚战争期间，1854年11月，英国护士弗洛伦斯·南丁格尔带领38名护士抵达君士坦丁堡附近斯库台的英军医院。她整顿病房的清洁、通风、饮食和洗衣，夜里常提着灯巡视病房，因此被称为“提灯女士”。1860年，她在伦敦圣托马斯医院创办护士学校，推动护理成为一门职业。红十字国际委员会颁发的南丁格尔奖章就以她的名字命名。',
				en: 'This exhibit is an illustrative drawing and 3D model of a folding lantern of a kind common in the mid-nineteenth century, not an original object. During the Crimean War, in November 1854, the British nurse Florence Nightingale arrived with 38 nurses at the British army hospital at Scutari, near Constantinople. She reorganised the cleaning, ventilation, food and laundry of the wards, and often made her rounds at night with a lamp, which earned her the name “the Lady with the Lamp”. In 1860 she founded a school of nursing at St Thomas’ Hospital in London, helping to make nursing a profession. The Florence Nightingale Medal awarded by the International Committee of the Red Cross bears her name.',
			},
			model: {
				build: buildLanternModel,
				description: {
					zh: '折叠式提灯的三维模型：奶白色的纸质灯罩由七道金属环箍撑起，上下各有一个黄铜色灯盖，顶部的提梁挂在一个铁制展示架的挂钩上，灯罩透出暖黄色的光。模型带一段提灯轻轻左右摇晃的循环动画。',
					en: 'A 3D model of a folding lantern: a cream paper shade held open by seven wire hoops between two brass-coloured caps, hanging by its handle from the hook of an iron display stand, glowing warm yellow. A looping animation makes the lantern sway gently from side to side.',
				},
			},
		},
		{
			title: { zh: '南丁格尔的“玫瑰图”', en: 'Nightingale’s “Rose” Diagram' },
			era: { zh: '1858年', en: '1858' },
			year: 1858,
			kind: 'document',
			images: [
				{
					draw: roseDiagram,
					alt: {
						zh: '示意画：一张泛黄的纸上画着一大一小两幅由十二个扇形组成的圆形统计图，蓝色扇区远大于红色和黑色扇区，两图之间用虚线相连。',
						en: 'Drawing: on a yellowed sheet, a large and a small circular chart, each made of twelve wedges; the blue wedges are far larger than the red and black ones, and a dotted line joins the two charts.',
					},
				},
			],
			description: {
				zh: '本展品为示意复原图，扇区大小只是示意，并非原图的数据。战争结束后，南丁格尔用统计数字说明：克里米亚战争中死于可预防疾病的士兵，远多于死于战伤的士兵。1858年，她在一份关于英军健康与医院管理的报告中使用了按月份展开的极区面积图，后人常称之为“玫瑰图”：每个扇区的面积代表一个月的死亡人数，颜色区分死因。同年她成为伦敦统计学会的第一位女性会员。她让统计成为改善医院卫生的有力依据。',
				en: 'This exhibit is an illustrative drawing; the size of the wedges is for the eye only and does not reproduce the original data. After the war Nightingale used statistics to show that far more soldiers in the Crimean War had died of preventable disease than of their wounds. In 1858, in a report on the health and hospital administration of the British army, she used polar-area charts laid out month by month, later often called “rose” diagrams: the area of each wedge stands for one month’s deaths, and colours tell the causes apart. That year she became the first woman member of the Statistical Society of London. She made statistics a powerful argument for cleaner hospitals.',
			},
		},
		{
			title: { zh: '索尔费里诺战役后的救护', en: 'Caring for the Wounded after Solferino' },
			era: { zh: '1859年', en: '1859' },
			year: 1859,
			kind: 'artwork',
			images: [
				{
					draw: solferinoAftermath,
					alt: {
						zh: '示意画：意大利北部的丘陵下，一座带钟楼的教堂前，几位村民提着水罐照料躺在地上的伤员。',
						en: 'Drawing: below the hills of northern Italy, in front of a church with a bell tower, villagers carrying water jugs tend wounded men lying on the ground.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，人物与场面均为想象绘制。1859年6月24日，法国和撒丁王国的联军与奥地利军队在意大利北部的索尔费里诺一带激战，数万人伤亡，大批伤员被送到附近的卡斯蒂廖内小镇。途经这里的瑞士商人亨利·杜南组织当地居民、特别是妇女们照料伤员，不论他们属于哪一方。当地妇女说的“大家都是兄弟”，后来成为红十字精神的写照。',
				en: 'This exhibit is an illustrative drawing; its people and scene are imagined. On 24 June 1859 the armies of France and Sardinia fought the Austrian army around Solferino in northern Italy; tens of thousands were killed or wounded, and many of the wounded were carried to the nearby town of Castiglione. Henry Dunant, a Swiss businessman passing through, organised the local people, above all the women, to care for the wounded whichever side they had fought on. The women’s words “Tutti fratelli” (all are brothers) became an emblem of the Red Cross spirit.',
			},
		},
		{
			title: { zh: '《索尔费里诺回忆录》', en: 'A Memory of Solferino' },
			era: { zh: '1862年', en: '1862' },
			year: 1862,
			kind: 'document',
			images: [
				{
					draw: memoirBook,
					alt: {
						zh: '示意画：木桌上摊开一本深红色封面的书，书页上只用灰色细线表示文字，左边是墨水瓶和羽毛笔，右边是一支点燃的蜡烛。',
						en: 'Drawing: a book with a dark red cover lies open on a wooden table, its pages showing only grey lines in place of text, with an inkwell and quill on the left and a lit candle on the right.',
					},
				},
			],
			description: {
				zh: '本展品为示意复原图，书页上没有文字，并非原书翻拍。1862年，杜南在日内瓦自费出版《索尔费里诺回忆录》，记述战场上伤员无人救护的惨状。书中提出两项建议：在和平时期就在各国组建志愿救护团体；订立一项国际公约，保护伤员和救护他们的人。这本书在欧洲引起广泛反响，促成了红十字运动的诞生。1901年，杜南获得首届诺贝尔和平奖。',
				en: 'This exhibit is an illustrative drawing with no text on its pages, not a photograph of the book. In 1862 Dunant published A Memory of Solferino in Geneva at his own expense, describing the wounded left without care on the battlefield. The book made two proposals: to form volunteer relief societies in every country in peacetime, and to agree an international convention protecting the wounded and those who care for them. It was read widely across Europe and led to the birth of the Red Cross Movement. In 1901 Dunant received the first Nobel Peace Prize.',
			},
		},
		{
			title: { zh: '1864年《日内瓦公约》', en: 'The Geneva Convention of 1864' },
			era: { zh: '1864年', en: '1864' },
			year: 1864,
			kind: 'document',
			images: [
				{
					draw: conventionSeals,
					alt: {
						zh: '示意画：一份用灰线表示文字的公约文本，下方排列着十二枚红色火漆印，旁边放着一只白底红十字臂章。',
						en: 'Drawing: the text of a convention, its writing shown as grey lines, with twelve red wax seals in two rows below and a white armband with a red cross beside it.',
					},
				},
				{
					draw: armbandOnSleeve,
					alt: {
						zh: '示意画：灰蓝色衣袖上戴着一只白色臂章，臂章中央是红十字。',
						en: 'Drawing: a white armband with a red cross at its centre, worn on a grey-blue sleeve.',
					},
				},
			],
			description: {
				zh: '本展品为示意复原图，公约文本和臂章均为示意，并非原件；十二枚火漆印代表签约的十二个国家。1863年2月，日内瓦公益会成立了一个五人委员会，即后来的红十字国际委员会；同年10月的日内瓦国际会议决定，救护人员佩戴白底红十字臂章作为标志。1864年8月22日，12个国家的代表在日内瓦签署《改善战地武装部队伤者境遇的日内瓦公约》，规定战地伤员、医护人员、救护车和医院应受到尊重和保护。这份公约被视为现代国际人道法的开端。',
				en: 'This exhibit is an illustrative drawing; the text and the armband are not originals, and the twelve wax seals stand for the twelve signatory states. In February 1863 the Geneva Society for Public Welfare set up a committee of five, which became the International Committee of the Red Cross; an international conference in Geneva that October chose a white armband with a red cross as the sign of relief workers. On 22 August 1864 the representatives of 12 states signed in Geneva the Convention for the Amelioration of the Condition of the Wounded in Armies in the Field, which requires that wounded soldiers, medical staff, ambulances and hospitals be respected and protected. It is regarded as the beginning of modern international humanitarian law.',
			},
		},
	],
};
