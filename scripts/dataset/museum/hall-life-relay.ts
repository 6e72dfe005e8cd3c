/**
 * Hall 4: the relay of life, blood, marrow and first aid, from the discovery of the blood
 * groups in 1901 to Zhuzhou's first-aid training today. Zhuzhou's figures come from the
 * society's five-year plan; the rest are facts of public record.
 */
import {
	bloodBank,
	bloodTyping,
	chestCompressions,
	defibrillatorOnWall,
	openFirstAidKit,
	stemCellsInHands,
} from './drawings-life-relay.ts';
import { buildBloodBottleModel } from './model-blood-bottle.ts';
import { buildFirstAidKitModel } from './model-first-aid-kit.ts';
import type { HallSource } from './types.ts';

export const lifeRelayHall: HallSource = {
	title: { zh: '生命接力：血液、骨髓与急救', en: 'The Relay of Life: Blood, Marrow and First Aid' },
	theme: {
		zh: '现代医学的一些发现，让普通人也能参与救人：知道了血型，才能安全输血；有了血库和造血干细胞资料库，陌生人的捐献可以挽救生命；学会心肺复苏和使用AED，人人都能在急救人员赶到之前守护生命。本展厅从1901年血型的发现，讲到株洲今天的“三献”和应急救护。',
		en: 'Some discoveries of modern medicine let ordinary people take part in saving lives: knowing the blood groups made transfusion safe; blood banks and stem-cell donor registries let a stranger’s gift save a life; and anyone who learns CPR and how to use an AED can protect a life before the ambulance arrives. This hall runs from the discovery of the blood groups in 1901 to Zhuzhou’s blood, stem-cell and organ donation and first-aid training today.',
	},
	eraStart: 1901,
	eraEnd: 2024,
	ambience: {
		recipe: { seed: 'hall-life-relay', lowpassHz: 450, swellSeconds: 8, heartbeatSeconds: 1 },
		description: {
			zh: '程序合成的轻柔底噪中，每秒响起一次低沉的心跳声',
			en: 'A soft hush synthesised by the project, with a low heartbeat once a second',
		},
	},
	exhibits: [
		{
			title: { zh: 'ABO血型的发现', en: 'The Discovery of the ABO Blood Groups' },
			era: { zh: '1901年', en: '1901' },
			year: 1901,
			kind: 'instrument',
			images: [
				{
					draw: bloodTyping,
					alt: {
						zh: '示意画：桌上左边是一架显微镜，右边并排放着四块载玻片，两块上的血滴均匀平滑，另两块上的血凝成了小颗粒，背景中有一滴红色血滴图案。',
						en: 'Drawing: a microscope on the left of a table and four glass slides on the right; on two the drop of blood is smooth, on the other two it has clumped into small grains, with a red drop shape in the background.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，显微镜与载玻片均为示意，并非原物。1901年，奥地利医生卡尔·兰德施泰纳在维也纳发现：把不同人的血清和红细胞混在一起，有的会发生凝集，有的不会。由此他区分出人类的几种血型，奠定了后来的ABO血型系统。从此输血前可以先配型，输血不再是碰运气。1930年，他获得诺贝尔生理学或医学奖；他的生日6月14日，如今是世界献血者日。',
				en: 'This exhibit is an illustrative drawing; the microscope and slides are not originals. In 1901 the Austrian doctor Karl Landsteiner found in Vienna that when the serum of one person is mixed with the red cells of another, the cells sometimes clump together and sometimes do not. From this he told apart several human blood groups, laying the foundation of what became the ABO system. From then on blood could be matched before a transfusion instead of trusting to luck. He received the Nobel Prize in Physiology or Medicine in 1930, and his birthday, 14 June, is now World Blood Donor Day.',
			},
		},
		{
			title: { zh: '玻璃血瓶与血库', en: 'The Glass Blood Bottle and the Blood Bank' },
			era: { zh: '1937年', en: '1937' },
			year: 1937,
			kind: 'instrument',
			images: [
				{
					draw: bloodBank,
					alt: {
						zh: '示意画：左边的白色冷藏柜里，三层搁板上整齐排列着装血的玻璃瓶；右边的输血架上倒挂着一只玻璃血瓶，输血管垂了下来。',
						en: 'Drawing: on the left, a white cold cabinet with three shelves of glass bottles of blood in neat rows; on the right, a glass bottle of blood hangs upside down from a transfusion stand, its tube trailing down.',
					},
				},
			],
			description: {
				zh: '本展品为示意复原图和三维模型，表现早期储存血液用的玻璃瓶，并非原物。20世纪10年代，医生们发现加入枸橼酸钠可以防止血液凝固，血液从此可以离开献血者保存一段时间。1937年，美国芝加哥库克县医院建立了储存血液的“血库”，这个名称由此流传开来。玻璃血瓶后来逐渐被塑料血袋取代。我国自1998年起施行《中华人民共和国献血法》，实行无偿献血制度。',
				en: 'This exhibit is an illustrative drawing and 3D model of the kind of glass bottle once used to store blood, not an original object. In the 1910s doctors found that adding sodium citrate stops blood from clotting, so that blood could be kept for a while away from its donor. In 1937 Cook County Hospital in Chicago set up a store of blood that it called a “blood bank”, and the name spread. Glass bottles were later replaced by plastic blood bags. Since 1998 China has applied the Blood Donation Law of the People’s Republic of China and its system of voluntary, unpaid blood donation.',
			},
			model: {
				build: buildBloodBottleModel,
				description: {
					zh: '玻璃血瓶的三维模型：透明的圆柱形玻璃瓶，约三分之二装着深红色的血液，瓶身一侧有白色刻度线；瓶口塞着深色橡胶塞，外面套着金属盖，瓶颈上的金属箍连着一个向后倾倒的提环。模型没有动画。',
					en: 'A 3D model of a glass blood bottle: a clear cylindrical bottle about two-thirds full of dark red blood, with white graduation marks on one side; its mouth is closed by a dark rubber stopper under a metal cap, and a metal band round the neck holds a wire bail that leans back. The model has no animation.',
				},
			},
		},
		{
			title: { zh: '胸外按压与现代心肺复苏', en: 'Chest Compressions and Modern CPR' },
			era: { zh: '1960年', en: '1960' },
			year: 1960,
			kind: 'artwork',
			images: [
				{
					draw: chestCompressions,
					alt: {
						zh: '示意画：一人平躺在地上，施救者跪在一旁，双臂伸直，双手交叠按在其胸部中央；上方是一条心跳曲线和一颗红心。',
						en: 'Drawing: a person lies flat on the floor while a rescuer kneels alongside, arms straight, hands stacked on the centre of the chest; above them run a heartbeat line and a red heart.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，表现胸外按压的基本姿势，不能代替急救培训。1960年，美国约翰斯·霍普金斯大学的研究者发表论文，证明不必开胸，在胸外有节奏地按压就能维持血液循环。胸外按压与口对口人工呼吸结合，形成了现代心肺复苏术。心脏骤停后，越早开始按压和除颤，生还的希望越大。株洲把“社会普及CPR+AED培训”列为公益联盟之一，五年间完成救护员培训1.15万人。',
				en: 'This exhibit is an illustrative drawing of the basic position for chest compressions; it is no substitute for first-aid training. In 1960 researchers at Johns Hopkins University in the United States published a paper showing that rhythmic pressure on the chest, without opening it, can keep the blood circulating. Chest compressions combined with mouth-to-mouth breathing became modern cardiopulmonary resuscitation. After a cardiac arrest, the sooner compressions and defibrillation begin, the better the chance of survival. Zhuzhou counts “CPR and AED training for the public” among its charity alliances, and trained 11,500 first aiders over five years.',
			},
		},
		{
			title: {
				zh: '造血干细胞移植与中华骨髓库',
				en: 'Stem-Cell Transplants and the China Marrow Donor Program',
			},
			era: { zh: '1990年', en: '1990' },
			year: 1990,
			kind: 'artwork',
			images: [
				{
					draw: stemCellsInHands,
					alt: {
						zh: '示意画：一双手捧着一颗大大的红色血滴，血滴里有三个圆形的造血干细胞，四周飘着几个红细胞。',
						en: 'Drawing: cupped hands hold a large red drop with three round blood stem cells inside it, and a few red blood cells float around it.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，细胞的形状与大小均为示意。造血干细胞能生成各种血细胞，移植健康的造血干细胞可以治疗白血病等血液疾病。美国医生E. 唐纳尔·托马斯开创了骨髓移植，1990年与约瑟夫·默里一同获得诺贝尔生理学或医学奖。中华骨髓库的前身建于1992年，2001年起由中国红十字会重新启动建设。2023年，株洲市中心医院成为非亲缘性造血干细胞采集和移植定点医院；株洲每年新增入库的志愿者，已由40例增长到1500例。',
				en: 'This exhibit is an illustrative drawing; the shapes and sizes of the cells are for the eye only. Blood stem cells make every kind of blood cell, and a transplant of healthy stem cells can treat leukaemia and other blood diseases. The American doctor E. Donnall Thomas pioneered bone-marrow transplantation and shared the 1990 Nobel Prize in Physiology or Medicine with Joseph Murray. The China Marrow Donor Program grew from a registry founded in 1992 and was relaunched by the Red Cross Society of China in 2001. In 2023 Zhuzhou Central Hospital became a designated hospital for collecting and transplanting stem cells from unrelated donors, and the number of volunteers joining the registry in Zhuzhou each year has grown from 40 to 1,500.',
			},
		},
		{
			title: { zh: '红十字急救箱', en: 'A Red Cross First-Aid Kit' },
			era: { zh: '当代', en: 'Today' },
			year: 2024,
			kind: 'instrument',
			images: [
				{
					draw: openFirstAidKit,
					alt: {
						zh: '示意画：一只打开的白色急救箱，箱盖和箱身上都有红十字，箱里有两卷绷带、一块三角巾和一把剪刀；背后的墙上挂着一台绿色的AED。',
						en: 'Drawing: an open white first-aid kit with a red cross on its lid and its front, holding two rolls of bandage, a triangular bandage and a pair of scissors; a green AED hangs on the wall behind it.',
					},
				},
				{
					draw: defibrillatorOnWall,
					alt: {
						zh: '示意画：白色壁挂箱里是一台绿色的AED，面板上是白色心形和红色闪电标志；下方桌上放着两片印有红心的电极片，用导线相连。',
						en: 'Drawing: a green AED in a white wall case, marked with a white heart and a red lightning bolt; below it on a table lie two electrode pads printed with red hearts, joined by a lead.',
					},
				},
			],
			description: {
				zh: '本展品为示意复原图和三维模型，表现一只常见的红十字急救箱，并非某件具体的藏品。急救箱里常备绷带、三角巾、剪刀和消毒用品，配合应急救护培训，普通人也能在专业救援到来之前止血、包扎、固定和搬运伤员。据株洲市红十字会的五年工作回顾，五年间全市普及应急救护知识17.1万余人次，在91个人流密集场所和社区投放了AED。2024年，“首个红十字应急救护智能化培训基地”落户湖南铁路科技职业技术学院。',
				en: 'This exhibit is an illustrative drawing and 3D model of an ordinary Red Cross first-aid kit, not a particular object in a collection. A kit usually holds bandages, triangular bandages, scissors and disinfectant; with first-aid training, anyone can stop bleeding, dress and immobilise wounds, and move the injured before professional help arrives. According to the Zhuzhou Red Cross’s five-year review, over five years more than 171,000 people in the city learned basic first aid, and AEDs were placed in 91 busy public places and communities. In 2024 the “first Red Cross smart first-aid training base” opened at Hunan Railway Professional Technology College.',
			},
			model: {
				build: buildFirstAidKitModel,
				description: {
					zh: '急救箱的三维模型：白色的箱体，箱盖和正面各有一个红十字，右侧有金属提手。模型带一段循环动画：箱盖向后掀开、停留片刻再合上，打开时可以看到绿色衬底上的两卷绷带、一块叠好的三角巾、一只棕色药瓶和一只金属剪刀盒。',
					en: 'A 3D model of the first-aid kit: a white box with a red cross on its lid and on its front, and a metal handle on its right side. A looping animation swings the lid back, holds it open for a moment and closes it again; while it is open you can see, on a green lining, two rolls of bandage, a folded triangular bandage, a brown medicine bottle and a metal scissors case.',
				},
			},
		},
	],
};
