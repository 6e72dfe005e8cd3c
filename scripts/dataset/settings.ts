/**
 * The `siteSettings` singleton: the society's name, the plan's words for what it does and
 * what it stands for, and the five-year plan's targets and results, all taken from the plan.
 */
import { stableKey } from './assets.ts';
import type { DatasetPart } from './context.ts';
import { localeString, localeText, type Bilingual } from './locale.ts';

interface TargetSource {
	label: Bilingual;
	unit: Bilingual;
	target: number;
	/**
	 * The plan's own figure for the past five years, in its own unit when the plan counts it
	 * otherwise than the target (people trained against certificates issued).
	 */
	baseline?: { value: number; unit?: Bilingual; label: Bilingual };
}

interface FigureSource {
	label: Bilingual;
	value: number;
	unit: Bilingual;
}

const title: Bilingual = { zh: '株洲市红十字会', en: 'Zhuzhou Red Cross Society' };

const tagline: Bilingual = {
	zh: '人道主义是凝聚不同文明的最大共识。',
	en: 'Humanitarianism is the broadest common ground that unites different civilisations.',
};

// The plan's own portrait of the society, then its fields of work as the plan's chapters name
// them: emergency relief, first-aid training, assistance, the three donations, resources,
// volunteers and humanitarian culture.
const about: Bilingual = {
	zh: [
		'在这座火车拉来的城市，活跃着一支队伍；在救灾现场，他们赈灾救援，情暖万家；在街巷、社区、学校，他们普及应急救护知识，守护生命；在需要帮助的每一个角落，他们扶贫济困，传递真情，它就是株洲市红十字会。',
		'株洲市红十字会的核心业务是应急救援、应急救护培训、人道救助和“三献”服务（无偿献血、造血干细胞捐献、人体器官和遗体捐献）；它还动员社会力量汇聚人道资源，建设红十字志愿服务队伍，传播人道文化。',
	].join('\n\n'),
	en: [
		'In this city that the railway brought into being, a team is at work. At disaster sites they bring relief and rescue, and warmth to every home; in streets, communities and schools they teach first aid and protect lives; in every corner where help is needed they relieve hardship and pass on real kindness. This is the Zhuzhou Red Cross Society.',
		'Its core work is emergency relief, first-aid training, humanitarian assistance, and the “three donations” (三献): voluntary blood donation, blood stem-cell donation, and organ and body donation. It also brings people and organisations together to gather humanitarian resources, builds Red Cross volunteer teams, and spreads humanitarian culture.',
	].join('\n\n'),
};

const mission: Bilingual = {
	zh: [
		'未来五年，全市红十字系统将以培育红十字“新质博爱”为统领，集聚“新质资源”，激发“新质动能”，弘扬“新质精神”，提升全会服务大局能力、核心业务能力、品牌塑造能力、文化传播能力，打造更具有凝聚力、影响力和公信力的红十字组织，提升人民群众参与度、获得感、幸福感。',
		'在“新质生产力”时代，以社会创新为使命，让人道使命插上“新质生产力”的翅膀，更有效地服务群众、服务大局。',
	].join('\n\n'),
	en: [
		'Over the next five years, the city’s Red Cross will be led by cultivating a “new-quality Boai” (新质博爱, universal love of a new quality): gathering “new-quality resources”, releasing “new-quality momentum” and carrying forward a “new-quality spirit”. It will strengthen its ability to serve the wider good, its core work, its brands and its cultural outreach, building a Red Cross organisation with more cohesion, influence and public trust, so that people take part more and gain a stronger sense of benefit and happiness.',
		'In the age of “new-quality productive forces”, with social innovation as its mission, the society gives its humanitarian mission the wings of new-quality productive forces, to serve people and the wider good more effectively.',
	].join('\n\n'),
};

// The plan names no years for either period, "the past five years" (五年来) or "the next five
// years" (未来五年), so the baselines say only that.
const targets: TargetSource[] = [
	{
		label: { zh: '筹资款物总额', en: 'Money and goods raised' },
		unit: { zh: '万元', en: '× 10,000 yuan' },
		target: 10000,
		baseline: {
			value: 10065.29,
			label: { zh: '过去五年累计筹集款物', en: 'Raised in the past five years' },
		},
	},
	{
		label: { zh: '应急救护持证数（累计）', en: 'First-aid certificates (cumulative)' },
		unit: { zh: '万人次', en: '× 10,000 certificates' },
		target: 8,
		baseline: {
			value: 1.15,
			unit: { zh: '万人', en: '× 10,000 people' },
			label: {
				zh: '过去五年完成救护员培训',
				en: 'Certified first-aiders trained in the past five years',
			},
		},
	},
	{
		label: { zh: '普及应急救护培训（新增）', en: 'First-aid awareness training (additional)' },
		unit: { zh: '万人次', en: '× 10,000 participants' },
		target: 30,
		baseline: {
			value: 17.1,
			unit: { zh: '万余人次', en: '× 10,000 participants (more than)' },
			label: {
				zh: '过去五年应急救护知识普及',
				en: 'First-aid awareness participants in the past five years',
			},
		},
	},
	{
		label: { zh: '登记与注册红十字志愿者', en: 'Registered Red Cross volunteers' },
		unit: { zh: '万人', en: '× 10,000 people' },
		target: 2,
	},
	{
		label: { zh: '人体器官遗体捐献志愿登记人数', en: 'People registered as organ and body donors' },
		unit: { zh: '万人', en: '× 10,000 people' },
		target: 1,
	},
	{
		label: { zh: '造血干细胞捐献者资料库库容（约）', en: 'Stem-cell donor registry (about)' },
		unit: { zh: '人', en: 'people' },
		target: 8000,
	},
	{
		label: { zh: '红十字会团体会员', en: 'Red Cross group members' },
		unit: { zh: '个', en: 'organisations' },
		target: 420,
	},
	{
		label: { zh: '红十字会个人会员', en: 'Red Cross individual members' },
		unit: { zh: '万人', en: '× 10,000 people' },
		target: 5,
	},
];

const figures: FigureSource[] = [
	{
		label: { zh: '五年累计筹集款物', en: 'Money and goods raised in five years' },
		value: 10065.29,
		unit: { zh: '万元', en: '× 10,000 yuan' },
	},
	{
		label: { zh: '新冠疫情期间精准筹集物资', en: 'Supplies raised during the COVID-19 epidemic' },
		value: 2968,
		unit: { zh: '万元', en: '× 10,000 yuan' },
	},
	{
		label: {
			zh: '造血干细胞年入库数（此前每年40例）',
			en: 'Stem-cell registrations a year (previously 40 a year)',
		},
		value: 1500,
		unit: { zh: '例/年', en: 'registrations a year' },
	},
	{
		label: { zh: '器官捐献', en: 'Organ donations' },
		value: 250,
		unit: { zh: '例', en: 'donations' },
	},
	{
		label: { zh: '组织捐献', en: 'Tissue donations' },
		value: 177,
		unit: { zh: '例', en: 'donations' },
	},
	{
		label: { zh: '遗体捐献', en: 'Body donations' },
		value: 117,
		unit: { zh: '例', en: 'donations' },
	},
	{
		label: { zh: '获救的器官衰竭患者', en: 'Patients with organ failure whose lives were saved' },
		value: 750,
		unit: { zh: '名', en: 'people' },
	},
	{
		label: { zh: '投放AED的人流密集场所和社区', en: 'Crowded places and communities with an AED' },
		value: 91,
		unit: { zh: '个', en: 'places' },
	},
	{
		label: { zh: '五年完成救护员培训', en: 'Certified first-aiders trained in five years' },
		value: 1.15,
		unit: { zh: '万人', en: '× 10,000 people' },
	},
	{
		label: {
			zh: '应急救护知识普及',
			en: 'Participants in first-aid awareness sessions (more than)',
		},
		value: 17.1,
		unit: { zh: '万余人次', en: '× 10,000 participants' },
	},
	{
		label: {
			zh: '“温暖前行·大病救助”帮助的患者家庭',
			en: 'Patients’ families helped by Serious Illness Relief',
		},
		value: 818,
		unit: { zh: '个', en: 'families' },
	},
	{
		label: {
			zh: '在“光明行动在株洲”中重见光明',
			en: 'People who regained their sight through Bright Vision in Zhuzhou',
		},
		value: 6035,
		unit: { zh: '人', en: 'people' },
	},
	{
		label: {
			zh: '12支红十字志愿服务团队五年累计服务时长',
			en: 'Hours served by 12 Red Cross volunteer teams in five years (more than)',
		},
		value: 18,
		unit: { zh: '万余小时', en: '× 10,000 hours' },
	},
	{
		label: { zh: '实现礼遇赋能的志愿者', en: 'Volunteers who received recognition and support' },
		value: 7000,
		unit: { zh: '名', en: 'volunteers' },
	},
];

/** The `siteSettings` document. It has no `contact`: the plan gives no address or phone. */
export const buildSettings: DatasetPart = async () => [
	{
		_id: 'siteSettings',
		_type: 'siteSettings',
		title: localeString(title),
		tagline: localeText(tagline),
		about: localeText(about),
		mission: localeText(mission),
		planTitle: localeString({
			zh: '株洲市红十字事业发展五年规划',
			en: 'Five-Year Development Plan of the Zhuzhou Red Cross',
		}),
		targets: targets.map(targetItem),
		figures: figures.map(figureItem),
	},
];

function targetItem(source: TargetSource) {
	const item = {
		_type: 'planTarget',
		_key: stableKey('target', source.label.zh),
		label: localeString(source.label),
		unit: localeString(source.unit),
		target: source.target,
	};
	if (!source.baseline) return item;

	const { value, unit, label } = source.baseline;
	return {
		...item,
		baseline: value,
		...(unit && { baselineUnit: localeString(unit) }),
		baselineLabel: localeString(label),
	};
}

function figureItem(source: FigureSource) {
	return {
		_type: 'planFigure',
		_key: stableKey('figure', source.label.zh),
		label: localeText(source.label),
		value: source.value,
		unit: localeString(source.unit),
	};
}
