import { ShareIcon } from '@sanity/icons/Share';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { subtitle } from '../preview.ts';
import { sampleField, slugField, slugIsUsable } from '../rules.ts';

/** A walking route: stops to visit in order, each with a check-in radius. */
export const route = defineType({
	name: 'route',
	title: '路线 (Route)',
	type: 'document',
	icon: ShareIcon,
	validation: (rule) => rule.custom(slugIsUsable),
	fields: [
		defineField({
			name: 'title',
			title: '路线名称',
			type: 'localeString',
			validation: (rule) => rule.required().error('请填写中文路线名称'),
		}),
		slugField('title'),
		defineField({
			name: 'description',
			title: '路线介绍',
			type: 'localeText',
			validation: (rule) => rule.required().error('请填写中文路线介绍'),
		}),
		defineField({
			name: 'stops',
			title: '站点（按顺序）',
			description: '拖动调整顺序，访客按这个顺序打卡。',
			type: 'array',
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'routeStop' }] })],
			validation: (rule) => [
				rule.required().min(1).error('请至少添加一个站点'),
				rule.unique().error('同一个站点在路线里只能出现一次'),
			],
		}),
		sampleField(),
	],
	preview: {
		select: { title: 'title.zh', stops: 'stops', sample: 'sample' },
		prepare({ title, stops, sample }) {
			const count = Array.isArray(stops) ? stops.length : 0;

			return {
				title: title ?? '（未填写路线名称）',
				subtitle: subtitle(sample, `${count} 个站点`),
			};
		},
	},
});
