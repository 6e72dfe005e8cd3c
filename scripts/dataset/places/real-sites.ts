/**
 * The outreach sites the plan names. Each stands at a route stop, shares its location,
 * drawing and institution, and says what the plan says happens there.
 */
import type { ActivityKey, SiteKind } from './activities.ts';
import type { Bilingual } from '../locale.ts';

/** A real outreach site, tied to the route stop (`stopKey`) at the same place. */
export interface RealSiteRecord {
	name: Bilingual;
	kind: SiteKind;
	stopKey: string;
	activities: ActivityKey[];
}

export const realSites: RealSiteRecord[] = [
	{
		name: {
			zh: '礼赞生命——红十字生命文化公园',
			en: 'In Praise of Life: Red Cross Life Culture Park',
		},
		kind: 'park',
		stopKey: 'life-culture-park',
		activities: ['remembrance'],
	},
	{
		name: {
			zh: '株洲市遗体器官捐献者纪念碑',
			en: 'Zhuzhou Memorial to Body and Organ Donors',
		},
		kind: 'park',
		stopKey: 'donor-memorial',
		activities: ['donorTribute'],
	},
	{
		name: {
			zh: '炎帝陵红十字救护站',
			en: 'Red Cross First-Aid Station at the Yandi Mausoleum',
		},
		kind: 'scenic',
		stopKey: 'yandi-first-aid-station',
		activities: ['firstAidPost'],
	},
	{
		name: {
			zh: '株洲师范高等专科学校红十字特色高校',
			en: 'Zhuzhou Teachers College, a Red Cross Featured College',
		},
		kind: 'school',
		stopKey: 'teachers-college',
		activities: ['youth'],
	},
	{
		name: {
			zh: '湖南铁路科技职业技术学院红十字特色高校',
			en: 'Hunan Railway Professional Technology College, a Red Cross Featured College',
		},
		kind: 'school',
		stopKey: 'railway-college',
		activities: ['youth'],
	},
	{
		name: {
			zh: '红十字应急救护智能化培训基地',
			en: 'Red Cross Base for Smart First-Aid Training',
		},
		kind: 'school',
		stopKey: 'railway-college',
		activities: ['smartTraining', 'firstAid'],
	},
	{
		name: {
			zh: '红十字青少年中医药科普教育基地',
			en: 'Red Cross Youth Education Base for Traditional Chinese Medicine',
		},
		kind: 'hospital',
		stopKey: 'tcm-education-base',
		activities: ['tcmEducation', 'threeDonations'],
	},
	{
		name: {
			zh: '株洲市中心医院造血干细胞采集移植定点医院',
			en: 'Zhuzhou Central Hospital, designated for stem-cell collection and transplants',
		},
		kind: 'hospital',
		stopKey: 'central-hospital',
		activities: ['stemCellCare'],
	},
];
