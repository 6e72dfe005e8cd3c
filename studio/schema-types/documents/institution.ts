import { CaseIcon } from '@sanity/icons/Case';
import { defineField, defineType } from 'sanity';

import { choices, districts, institutionKinds, titleOf } from '../lists.ts';
import { subtitle } from '../preview.ts';
import { sampleField, slugField, slugIsUsable } from '../rules.ts';

/** A partner body: a hospital, college, company … that lends exhibits or hosts sites. */
export const institution = defineType({
	name: 'institution',
	title: '机构 (Institution)',
	type: 'document',
	icon: CaseIcon,
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
			options: { list: choices(institutionKinds) },
			validation: (rule) => rule.required().error('请选择机构类型'),
		}),
		defineField({
			name: 'district',
			title: '所在区县',
			type: 'string',
			options: { list: choices(districts) },
		}),
		defineField({
			name: 'description',
			title: '简介',
			type: 'localeText',
		}),
		defineField({
			name: 'website',
			title: '网站',
			type: 'url',
			validation: (rule) =>
				rule.uri({ scheme: ['http', 'https'] }).error('请填写以 https:// 或 http:// 开头的网址'),
		}),
		sampleField(),
	],
	preview: {
		select: { title: 'name.zh', kind: 'kind', district: 'district', sample: 'sample' },
		prepare({ title, kind, district, sample }) {
			return {
				title: title ?? '（未填写名称）',
				subtitle: subtitle(sample, titleOf(institutionKinds, kind), titleOf(districts, district)),
			};
		},
	},
});
