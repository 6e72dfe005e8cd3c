/**
 * Hall 2: the Red Cross in China, from the Shanghai International Red Cross of 1904 to
 * Zhuzhou's life culture park of 2022. Zhuzhou's figures come from the society's five-year
 * plan; the rest are facts of public record.
 */
import {
	lawBook,
	lifeCulturePark,
	shanghaiSteamer,
	stretcherBearers,
} from './drawings-red-cross-china.ts';
import { buildStretcherModel } from './model-stretcher.ts';
import type { HallSource } from './types.ts';

export const redCrossChinaHall: HallSource = {
	title: { zh: '红十字在中国', en: 'The Red Cross in China' },
	theme: {
		zh: '1904年，红十字运动在中国扎根。从上海万国红十字会的战地救济，到全面抗战中的救护总队，从《中华人民共和国红十字会法》的颁布，到株洲的红十字生命文化公园，本展厅展示红十字事业在中国走过的一百多年。',
		en: 'In 1904 the Red Cross Movement took root in China. From the battlefield relief of the Shanghai International Red Cross, through the Medical Relief Corps of the war against Japanese aggression and the Red Cross Society Law of the People’s Republic of China, to Zhuzhou’s Red Cross life culture park, this hall follows more than a century of Red Cross work in China.',
	},
	eraStart: 1904,
	eraEnd: 2022,
	ambience: {
		recipe: { seed: 'hall-red-cross-china', lowpassHz: 600, swellSeconds: 8 },
		description: {
			zh: '程序合成的柔和沙沙声底噪，像远处的江风',
			en: 'A soft rustling hush synthesised by the project, like a distant river breeze',
		},
	},
	exhibits: [
		{
			title: {
				zh: '上海万国红十字会的救济船',
				en: 'A Relief Steamer of the Shanghai International Red Cross',
			},
			era: { zh: '1904年', en: '1904' },
			year: 1904,
			kind: 'artwork',
			images: [
				{
					draw: shanghaiSteamer,
					alt: {
						zh: '示意画：江边排列着几座西式楼房，一艘挂着白底红十字旗的蒸汽船停在岸边，岸上有人扛着救济物资。',
						en: 'Drawing: Western-style buildings line a river bank; a steamer flying a white flag with a red cross lies alongside, and people on the quay carry relief supplies.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，建筑、船只和人物均为想象绘制。1904年，日俄战争在中国东北爆发，大批百姓流离失所。同年3月10日，在沈敦和等人的奔走下，中、英、法、德、美五国人士在上海成立上海万国红十字会（又称万国红十字会上海支会），派人前往东北战区接运难民、救护伤病。这是中国红十字会的开端，中国红十字会把1904年作为自己的创建之年。',
				en: 'This exhibit is an illustrative drawing; its buildings, ship and people are imagined. In 1904 the Russo-Japanese War broke out in north-east China and drove great numbers of people from their homes. On 10 March that year, through the efforts of Shen Dunhe and others, people from China, Britain, France, Germany and the United States founded the Shanghai International Red Cross in Shanghai, which sent people to the war zone to bring refugees out and to care for the wounded and sick. This was the beginning of the Red Cross Society of China, which counts 1904 as the year of its founding.',
			},
		},
		{
			title: { zh: '救护总队的帆布担架', en: 'A Canvas Stretcher of the Medical Relief Corps' },
			era: { zh: '1938年', en: '1938' },
			year: 1938,
			kind: 'instrument',
			images: [
				{
					draw: stretcherBearers,
					alt: {
						zh: '示意画：青山间的土路上，两名戴帽子的救护队员抬着担架，担架上的伤员盖着灰色毛毯，路旁有一顶带红十字的白色帐篷。',
						en: 'Drawing: on a dirt road among green hills, two relief workers in caps carry a stretcher with a wounded man under a grey blanket, past a white tent marked with a red cross.',
					},
				},
			],
			description: {
				zh: '本展品为示意复原图和三维模型，表现战地常用的木杆帆布担架，并非原物。全面抗战爆发后，中国红十字会于1938年在汉口成立救护总队，由生理学家林可胜主持，后来总部迁到贵阳图云关。救护总队组织医疗队分赴各地战场救治伤病军民，并开办战时卫生人员训练所，培养了大批医护人员。担架是战地救护最基本的工具：两人抬送，把伤员从火线转运到救护站。',
				en: 'This exhibit is an illustrative drawing and 3D model of the wooden-poled canvas stretcher used in the field, not an original object. After full-scale war with Japan broke out, the Red Cross Society of China founded its Medical Relief Corps in Hankou in 1938, led by the physiologist Robert Lim (Lin Kesheng); its headquarters later moved to Tuyunguan outside Guiyang. The Corps sent medical teams to battlefronts across the country to treat wounded and sick soldiers and civilians, and ran an emergency medical service training school that trained large numbers of medical staff. The stretcher is the most basic tool of battlefield relief: carried by two people, it brings the wounded from the front line to the aid station.',
			},
			model: {
				build: buildStretcherModel,
				description: {
					zh: '担架的三维模型：两根约两米长的木杆之间绷着卡其色帆布，上面横着两条帆布带；杆的两端是磨得发暗的握把，下面有铁制横撑和四只铁脚；担架一头放着叠好的灰色毛毯和一卷毯子。模型没有动画。',
					en: 'A 3D model of the stretcher: khaki canvas stretched between two wooden poles about two metres long, crossed by two canvas straps; the ends of the poles are darkened grips, with iron spreader bars and four iron feet beneath; a folded grey blanket and a rolled one lie at the head end. The model has no animation.',
				},
			},
		},
		{
			title: {
				zh: '《中华人民共和国红十字会法》',
				en: 'The Red Cross Society Law of the People’s Republic of China',
			},
			era: { zh: '1993年', en: '1993' },
			year: 1993,
			kind: 'document',
			images: [
				{
					draw: lawBook,
					alt: {
						zh: '示意画：书桌上放着一本深红色封面、烫金边框的书和一本摊开的书，书页上只有表示文字的细线，旁边立着一面白底红十字小旗。',
						en: 'Drawing: on a desk lie a book with a dark red cover framed in gold and an open book whose pages show only lines in place of text, beside a small white flag with a red cross.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，书页上没有文字，并非法律文本的原件。1993年10月31日，第八届全国人民代表大会常务委员会第四次会议通过《中华人民共和国红十字会法》，以法律规定了红十字会的性质、职责，以及红十字标志的使用。2017年，全国人大常委会修订了这部法律。每年的5月8日是世界红十字日，这一天是亨利·杜南的生日。',
				en: 'This exhibit is an illustrative drawing with no text on its pages, not an original copy of the law. On 31 October 1993 the Standing Committee of the Eighth National People’s Congress, at its fourth session, adopted the Red Cross Society Law of the People’s Republic of China, which sets out in law the nature and duties of the Red Cross Society and the use of the red cross emblem. The Standing Committee revised the law in 2017. Every 8 May, Henry Dunant’s birthday, is World Red Cross Day.',
			},
		},
		{
			title: {
				zh: '礼赞生命——红十字生命文化公园',
				en: 'In Praise of Life: the Red Cross Life Culture Park',
			},
			era: { zh: '2022年', en: '2022' },
			year: 2022,
			kind: 'artwork',
			images: [
				{
					draw: lifeCulturePark,
					alt: {
						zh: '示意画：青山脚下的公园里，小路蜿蜒穿过树丛和花坛，通向一座嵌有红十字的白色纪念碑，两位市民手捧白色花朵走来。',
						en: 'Drawing: in a park at the foot of green hills, a path winds between trees and flower beds to a white memorial bearing a red cross, and two visitors walk towards it holding white flowers.',
					},
				},
			],
			description: {
				zh: '本展品为示意画，园中景物为想象绘制，并不对应公园的实际布局。2022年，株洲在南山公园建设湖南省首个“礼赞生命——红十字生命文化公园”，向市民讲述遗体和器官捐献、生命接力的故事；此前的2021年，株洲市首座遗体器官捐献者纪念碑在福寿山庄建成。据株洲市红十字会的五年工作回顾，五年间全市实现器官捐献250例、组织捐献177例、遗体捐献117例，挽救了750名器官衰竭患者的生命，让345名失明患者重见光明。每到清明，人们来到公园缅怀捐献者。',
				en: 'This exhibit is an illustrative drawing; the scenery is imagined and does not follow the park’s actual layout. In 2022 Zhuzhou built Hunan’s first “In Praise of Life” Red Cross life culture park in Nanshan Park, telling the stories of body and organ donation and of life passed on; a year earlier, in 2021, the city’s first memorial to body and organ donors was completed at Fushou Shanzhuang. According to the Zhuzhou Red Cross’s five-year review, over five years the city saw 250 organ donations, 177 tissue donations and 117 body donations, saving the lives of 750 patients with organ failure and restoring sight to 345 blind patients. Each year at the Qingming festival people come to the park to remember the donors.',
			},
		},
	],
};
