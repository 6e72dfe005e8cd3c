import { HeartIcon } from '@sanity/icons/Heart';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { accessibleImageField } from '../objects/accessible-image.ts';
import { choices, districts, outreachSiteKinds, titleOf } from '../lists.ts';
import { subtitle } from '../preview.ts';
import {
	locationApproximateField,
	locationField,
	sampleField,
	slugField,
	slugIsUsable,
} from '../rules.ts';

/** A place where the society works with people: a community, school, park, station … */
export const outreachSite = defineType({
	name: 'outreachSite',
	title: '服务站点 (Outreach site)',
	type: 'document',
	icon: HeartIcon,
	validation: (rule) => rule.custom(slugIsUsable),
	fields: [
		defineField({
			name: 'name',
			title: '名称',
			type: 'localeString',
			validation: (rule) => rule.required().error('请填写中文名称'),
		}),
		slugField('name'),
		defineField({
			name: 'kind',
			title: '类型',
			type: 'string',
			options: { list: choices(outreachSiteKinds) },
			validation: (rule) => rule.required().error('请选择站点类型'),
		}),
		defineField({
			name: 'district',
			title: '所在区县',
			type: 'string',
			options: { list: choices(districts) },
			validation: (rule) => rule.required().error('请选择所在区县'),
		}),
		defineField({
			name: 'address',
			title: '地址',
			type: 'localeString',
			validation: (rule) => rule.required().error('请填写中文地址'),
		}),
		locationField(),
		locationApproximateField(),
		defineField({
			name: 'activities',
			title: '开展的服务',
			description: '每项一条，如“应急救护培训”“博爱家园”。',
			type: 'array',
			of: [defineArrayMember({ type: 'localeString' })],
			validation: (rule) => rule.required().min(1).error('请至少填写一项服务'),
		}),
		accessibleImageField({ name: 'photo', title: '照片' }),
		defineField({
			name: 'institution',
			title: '所属机构',
			type: 'reference',
			to: [{ type: 'institution' }],
		}),
		sampleField(),
	],
	preview: {
		select: {
			title: 'name.zh',
			kind: 'kind',
			district: 'district',
			approximate: 'locationApproximate',
			sample: 'sample',
			media: 'photo',
		},
		prepare({ title, kind, district, approximate, sample, media }) {
			return {
				title: title ?? '（未填写名称）',
				subtitle: subtitle(
					sample,
					titleOf(districts, district),
					titleOf(outreachSiteKinds, kind),
					approximate === true ? '位置待核实' : undefined,
				),
				media,
			};
		},
	},
});
