/**
 * The institutions the five-year plan names. Their ids are fixed: the museum, the route
 * and the outreach sites refer to them. Descriptions say only what the plan says.
 */
import { slugify, uniqueSlug } from '../../src/slug.ts';
import type { DatasetPart } from './context.ts';
import { localeString, localeText, type Bilingual } from './locale.ts';

type InstitutionKind =
	| 'hospital'
	| 'college'
	| 'school'
	| 'government'
	| 'foundation'
	| 'enterprise'
	| 'scenic'
	| 'other';

interface InstitutionSource {
	id: string;
	name: Bilingual;
	kind: InstitutionKind;
	district?: string;
	description: Bilingual;
}

const institutions: InstitutionSource[] = [
	{
		id: 'institution-zhuzhou-red-cross',
		name: { zh: '株洲市红十字会', en: 'Zhuzhou Red Cross Society' },
		kind: 'government',
		description: {
			zh: '在这座火车拉来的城市，活跃着一支队伍：在救灾现场，他们赈灾救援，情暖万家；在街巷、社区、学校，他们普及应急救护知识，守护生命；在需要帮助的每一个角落，他们扶贫济困，传递真情。它就是株洲市红十字会。',
			en: 'In this city brought by the railway, one team is always at work. At disaster scenes they bring relief and rescue and warm thousands of homes; in streets, communities and schools they teach first aid and protect lives; in every corner where help is needed they support people in hardship and pass on true care. This is the Zhuzhou Red Cross Society.',
		},
	},
	{
		id: 'institution-zhuzhou-normal-college',
		name: { zh: '株洲师范高等专科学校', en: 'Zhuzhou Teachers College' },
		kind: 'college',
		description: {
			zh: '2021年揭牌成为首家“红十字特色高校”。',
			en: 'In 2021 it unveiled its plaque as the first “Red Cross Featured College”.',
		},
	},
	{
		id: 'institution-hunan-railway-college',
		name: {
			zh: '湖南铁路科技职业技术学院',
			en: 'Hunan Railway Professional Technology College',
		},
		kind: 'college',
		description: {
			zh: '2023年挂牌“红十字特色高校”；2024年，首个红十字应急救护智能化培训基地落户该校。',
			en: 'Named a “Red Cross Featured College” in 2023; in 2024 the first Red Cross smart first-aid training base opened at the college.',
		},
	},
	{
		id: 'institution-hunan-tcm-hospital',
		name: { zh: '湖南省直中医医院', en: 'Hunan Provincial Directly Affiliated TCM Hospital' },
		kind: 'hospital',
		description: {
			zh: '2022年，红十字“三献”服务和红十字青少年中医药科普教育基地落户该院。',
			en: 'In 2022 the Red Cross “three donations” service (blood, stem cells and organs) and a Red Cross youth education base for traditional Chinese medicine came to the hospital.',
		},
	},
	{
		id: 'institution-zhuzhou-central-hospital',
		name: { zh: '株洲市中心医院', en: 'Zhuzhou Central Hospital' },
		kind: 'hospital',
		description: {
			zh: '2023年成为非亲缘性造血干细胞采集和移植定点医院。',
			en: 'Since 2023 a designated hospital for collecting and transplanting haematopoietic stem cells from unrelated donors.',
		},
	},
	{
		id: 'institution-yandi-mausoleum',
		name: { zh: '炎帝陵景区', en: 'Yandi Mausoleum Scenic Area' },
		kind: 'scenic',
		district: 'yanling',
		description: {
			zh: '2022年，首家“5A”级景区红十字救护站在炎帝陵揭牌。',
			en: 'In 2022 the first Red Cross first-aid station at a 5A scenic area was unveiled at the Yandi Mausoleum.',
		},
	},
	{
		id: 'institution-china-red-cross-foundation',
		name: { zh: '中国红十字基金会', en: 'China Red Cross Foundation' },
		kind: 'foundation',
		description: {
			zh: '株洲市红十字会在五年规划中提出，承接中国红十字基金会的“红气球挑战赛”。',
			en: 'In its five-year plan, the Zhuzhou Red Cross sets out to host the China Red Cross Foundation’s “Red Balloon Challenge”.',
		},
	},
];

/** The `institution` documents. None has a website: the plan gives none. */
export const buildInstitutions: DatasetPart = async () => {
	const taken = new Set<string>();

	return institutions.map((institution) => ({
		_id: institution.id,
		_type: 'institution',
		name: localeString(institution.name),
		slug: {
			_type: 'slug',
			current: uniqueSlug(slugify(institution.name.zh, 'institution'), taken),
		},
		kind: institution.kind,
		...(institution.district ? { district: institution.district } : {}),
		description: localeText(institution.description),
		sample: false,
	}));
};
