/**
 * What happens at an outreach site, in the plan's own words, and which of those activities
 * fit each kind of site. Sample sites draw their activities from these lists.
 */
import type { outreachSiteKinds } from '../../../src/content/models.ts';
import type { Bilingual } from '../locale.ts';

/** A site kind's stored value, e.g. `school`. */
export type SiteKind = (typeof outreachSiteKinds)[number];

/** The activities the plan names, keyed for stable array keys. */
export const activities = {
	firstAid: { zh: '应急救护培训', en: 'First-aid training' },
	aed: { zh: 'AED 操作培训', en: 'AED training' },
	bloodDonation: { zh: '无偿献血宣传', en: 'Voluntary blood donation outreach' },
	stemCells: { zh: '造血干细胞捐献宣传', en: 'Stem-cell donation outreach' },
	organDonation: { zh: '人体器官捐献宣传', en: 'Organ donation outreach' },
	mentalHealth: { zh: '心理健康讲座', en: 'Mental-health talks' },
	boaiHomes: { zh: '“博爱送万家”慰问', en: '“Boai for Ten Thousand Homes” visits' },
	youth: { zh: '红十字青少年活动', en: 'Red Cross Youth activities' },
	humanitarianTalks: { zh: '人道文化宣讲', en: 'Talks on humanitarian culture' },
	volunteering: { zh: '红十字志愿服务', en: 'Red Cross volunteering' },
	remembrance: { zh: '清明缅怀活动', en: 'Qingming remembrance' },
	donorTribute: { zh: '缅怀遗体和器官捐献者', en: 'Honouring body and organ donors' },
	firstAidPost: { zh: '应急救护服务', en: 'First-aid service' },
	tcmEducation: {
		zh: '青少年中医药科普',
		en: 'Traditional Chinese medicine lessons for young people',
	},
	threeDonations: {
		zh: '“三献”服务（献血、造血干细胞、器官捐献）',
		en: 'Donation services: blood, stem cells and organs',
	},
	stemCellCare: {
		zh: '非亲缘造血干细胞采集与移植',
		en: 'Unrelated-donor stem-cell collection and transplants',
	},
	smartTraining: { zh: '应急救护智能化培训', en: 'Smart first-aid training' },
} satisfies Record<string, Bilingual>;

/** An activity's key in `activities`. */
export type ActivityKey = keyof typeof activities;

/** Which activities suit a sample site of each kind. */
export const activitiesByKind: Record<SiteKind, readonly ActivityKey[]> = {
	community: ['firstAid', 'aed', 'boaiHomes', 'mentalHealth', 'volunteering', 'humanitarianTalks'],
	school: ['youth', 'firstAid', 'mentalHealth', 'humanitarianTalks'],
	enterprise: ['firstAid', 'aed', 'bloodDonation', 'stemCells'],
	park: ['humanitarianTalks', 'organDonation', 'volunteering', 'firstAid'],
	hospital: ['bloodDonation', 'stemCells', 'organDonation', 'firstAid'],
	station: ['aed', 'firstAid', 'volunteering'],
	village: ['boaiHomes', 'firstAid', 'humanitarianTalks', 'volunteering'],
	scenic: ['firstAidPost', 'aed', 'firstAid'],
};

/** The kind of a site as a sample site's name spells it. */
export const kindNames: Record<SiteKind, Bilingual> = {
	community: { zh: '社区', en: 'community' },
	school: { zh: '学校', en: 'school' },
	enterprise: { zh: '企业', en: 'enterprise' },
	park: { zh: '公园', en: 'park' },
	hospital: { zh: '医院', en: 'hospital' },
	station: { zh: '车站', en: 'station' },
	village: { zh: '乡村', en: 'village' },
	scenic: { zh: '景区', en: 'scenic area' },
};
