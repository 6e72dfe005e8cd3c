/**
 * Hall 3: red medicine under fire, the medical work of the Chinese revolution from the
 * Central Soviet Area to the Jin-Cha-Ji border region (1927–1942). Facts of public record
 * only; every image is a drawing the project made.
 */
import {
	caveDwellingDesk,
	hospitalPorters,
	medicalSchoolClassroom,
	muleWithChests,
} from './drawings-red-medicine.ts';
import type { HallSource } from './types.ts';

export const redMedicineHall: HallSource = {
	title: { zh: '烽火中的红医', en: 'Red Medicine under Fire' },
	theme: {
		zh: '“红医”指中国革命年代在艰苦条件下成长起来的人民军队医疗卫生事业。本展厅回顾几段故事：福音医院院长傅连暲投身红军医疗工作，中央苏区创办红军军医学校，加拿大医生白求恩和印度医生柯棣华远渡重洋，在抗日战争的烽火中救死扶伤。',
		en: '“Red medicine” is the medical service of the people’s army that grew up in hard conditions during the Chinese revolution. This hall recalls a few of its stories: Fu Lianzhang, head of a mission hospital, who turned to caring for the Red Army; the Red Army medical school founded in the Central Soviet Area; and the Canadian doctor Norman Bethune and the Indian doctor Dwarkanath Kotnis, who came from across the oceans to heal the wounded in the war against Japanese aggression.',
	},
	eraStart: 1927,
	eraEnd: 1942,
	ambience: {
		recipe: { seed: 'hall-red-medicine', lowpassHz: 180, swellSeconds: 8 },
		description: {
			zh: '程序合成的低沉隆隆底噪，像山间远远的风声',
			en: 'A deep, low rumble synthesised by the project, like wind far off in the mountains',
		},
	},
	exhibits: [
		{
			title: { zh: '傅连暲与中央红色医院', en: 'Fu Lianzhang and the Central Red Hospital' },
			era: { zh: '1933年', en: '1933' },
			year: 1933,
			kind: 'artwork',
			images: [
				{
					draw: hospitalPorters,
					alt: {
						zh: '示意画：青山梯田间的小路上，两位挑夫用扁担挑着木箱，走向一座墙上画着红五星的白墙农舍。',
						en: 'Drawing: on a path between green hills and terraced fields, two porters carry wooden chests on shoulder poles towards a white farmhouse with a red star painted on its wall.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，人物与场面均为想象绘制。傅连暲是福建长汀福音医院的院长。1927年9月，南昌起义部队途经长汀，他带领医院收治了三百多名伤病员，此后长期为红军治病。1932年，福音医院改名为中央红色医院；1933年初，傅连暲参加红军，把医院迁到瑞金。他随红军长征，新中国成立后曾任卫生部副部长，1955年被授予中将军衔。',
				en: 'This exhibit is an illustrative drawing; its people and scene are imagined. Fu Lianzhang was the head of the Gospel Hospital in Changting, Fujian. In September 1927, when the troops of the Nanchang Uprising passed through Changting, he and his hospital took in more than three hundred of their wounded and sick, and from then on he treated the Red Army for many years. In 1932 the Gospel Hospital was renamed the Central Red Hospital; early in 1933 Fu joined the Red Army and moved the hospital to Ruijin. He went on the Long March with the Red Army; after the founding of the People’s Republic he served as a vice-minister of health, and in 1955 he was made a lieutenant general.',
			},
		},
		{
			title: {
				zh: '中国工农红军军医学校',
				en: 'The Medical School of the Chinese Workers’ and Peasants’ Red Army',
			},
			era: { zh: '1931年', en: '1931' },
			year: 1931,
			kind: 'artwork',
			images: [
				{
					draw: medicalSchoolClassroom,
					alt: {
						zh: '示意画：简陋的土墙教室里，戴军帽的学员坐在长木凳上，面对一块画着心形轮廓的黑板，墙上挂着一张人体轮廓挂图。',
						en: 'Drawing: in a bare earth-walled classroom, students in army caps sit on long wooden benches facing a blackboard with the outline of a heart, beside a wall chart showing the outline of a human body.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，教室与人物均为想象绘制。1931年11月，中国工农红军军医学校在中央苏区的江西瑞金成立，为红军培养自己的医生；次年2月，第一批学员在于都县城的一座旧教堂里开学。毛泽东为学校确定了“政治坚定、技术优良”的办学方针。学校后来随红军长征到达陕北，继续办学，是今天中国医科大学的前身。1941年，毛泽东为学校的毕业生题词：“救死扶伤，实行革命的人道主义。”',
				en: 'This exhibit is an illustrative drawing; the classroom and its people are imagined. In November 1931 the Medical School of the Chinese Workers’ and Peasants’ Red Army was founded at Ruijin, Jiangxi, in the Central Soviet Area, to train the Red Army’s own doctors; its first students began classes the following February in an old church in the town of Yudu. Mao Zedong set its guiding principle: “firm in politics, excellent in skill”. The school later made the Long March with the Red Army to northern Shaanxi, where it went on teaching; it is the forerunner of today’s China Medical University. In 1941 Mao Zedong wrote for its graduates: “Heal the wounded, rescue the dying, practise revolutionary humanitarianism.”',
			},
		},
		{
			title: { zh: '白求恩的流动手术队', en: 'Norman Bethune’s Mobile Surgical Team' },
			era: { zh: '1938—1939年', en: '1938–1939' },
			year: 1938,
			kind: 'instrument',
			images: [
				{
					draw: muleWithChests,
					alt: {
						zh: '示意画：黄土色的华北山路上，一头骡子驮着两只木制器械箱，一名戴军帽的人牵着它前行，远处山坡上有一座小庙。',
						en: 'Drawing: on an ochre mountain road in north China, a mule carries two wooden equipment chests, led by a man in an army cap, with a small temple on the hillside beyond.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，器械箱的样式为想象绘制，并非原物。加拿大胸外科医生诺尔曼·白求恩于1938年初来到中国，随后前往晋察冀边区。他改进战地救护，设计了可以由牲口驮运、到了地方就能展开的手术器械箱，带领医疗队到靠近前线的地方做手术，并为边区培训医护人员。1939年11月12日，他因手术中受伤感染，在河北唐县去世。同年12月21日，毛泽东写下《纪念白求恩》。',
				en: 'This exhibit is an illustrative drawing; the design of the chests is imagined and does not show an original. The Canadian thoracic surgeon Norman Bethune came to China early in 1938 and went on to the Shanxi-Chahar-Hebei (Jin-Cha-Ji) border region. He improved battlefield care, designed surgical chests that pack animals could carry and that opened out wherever they stopped, led his team to operate close to the front line, and trained medical staff for the region. He died in Tang County, Hebei, on 12 November 1939 of an infection from a wound received while operating. On 21 December that year Mao Zedong wrote “In Memory of Norman Bethune”.',
			},
		},
		{
			title: { zh: '柯棣华的药箱', en: 'Dwarkanath Kotnis’s Medical Bag' },
			era: { zh: '1938—1942年', en: '1938–1942' },
			year: 1938,
			kind: 'instrument',
			images: [
				{
					draw: caveDwellingDesk,
					alt: {
						zh: '示意画：窑洞的拱形格子窗下，木桌上放着一只棕色皮质药箱、一副听诊器、一盏点亮的油灯和一张写着字迹线条的便笺。',
						en: 'Drawing: under the arched lattice window of a cave dwelling, a wooden table holds a brown leather medical bag, a stethoscope, a lit oil lamp and a note shown with lines of writing.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，画中物品为想象绘制，并非柯棣华的遗物。1938年，印度国民大会党派出援华医疗队，年轻的医生柯棣华随队来到中国，后来到晋察冀边区的八路军中工作，1941年出任白求恩国际和平医院首任院长。1942年12月9日，他积劳成疾，在河北唐县病逝，年仅32岁。毛泽东为他题写挽词：“全军失一臂助，民族失一友人。”',
				en: 'This exhibit is an illustrative drawing; the objects are imagined and are not Kotnis’s belongings. In 1938 the Indian National Congress sent a medical mission to China, and the young doctor Dwarkanath Kotnis came with it. He later worked with the Eighth Route Army in the Jin-Cha-Ji border region, and in 1941 became the first director of the Bethune International Peace Hospital. Worn down by his work, he died of illness in Tang County, Hebei, on 9 December 1942, aged only 32. Mao Zedong wrote in mourning: “The army has lost a helping hand, and the nation has lost a friend.”',
			},
		},
	],
};
