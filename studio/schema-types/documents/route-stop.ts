import { PinIcon } from '@sanity/icons/Pin';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { accessibleImageField } from '../objects/accessible-image.ts';
import { choices, districts, titleOf } from '../lists.ts';
import { subtitle } from '../preview.ts';
import {
	locationApproximateField,
	locationField,
	sampleField,
	slugField,
	slugIsUsable,
} from '../rules.ts';

/** A place on a route where visitors check in once they are within its radius. */
export const routeStop = defineType({
	name: 'routeStop',
	title: '路线站点 (Route stop)',
	type: 'document',
	icon: PinIcon,
	validation: (rule) => rule.custom(slugIsUsable),
	groups: [
		{ name: 'main', title: '基本信息', default: true },
		{ name: 'place', title: '位置与打卡' },
		{ name: 'hours', title: '开放时间' },
	],
	fields: [
		defineField({
			name: 'title',
			title: '站点名称',
			type: 'localeString',
			group: 'main',
			validation: (rule) => rule.required().error('请填写中文站点名称'),
		}),
		slugField('title', 'main'),
		defineField({
			name: 'description',
			title: '站点介绍',
			type: 'localeText',
			group: 'main',
			validation: (rule) => rule.required().error('请填写中文站点介绍'),
		}),
		accessibleImageField({
			name: 'image',
			title: '图片',
			group: 'main',
			requiredMessage: '请上传站点图片并填写替代文字',
		}),
		defineField({
			name: 'institution',
			title: '所属机构',
			type: 'reference',
			to: [{ type: 'institution' }],
			group: 'main',
		}),
		defineField({
			name: 'address',
			title: '地址',
			type: 'localeString',
			group: 'place',
			validation: (rule) => rule.required().error('请填写中文地址'),
		}),
		defineField({
			name: 'district',
			title: '所在区县',
			type: 'string',
			group: 'place',
			options: { list: choices(districts) },
			validation: (rule) => rule.required().error('请选择所在区县'),
		}),
		locationField('place'),
		defineField({
			name: 'radius',
			title: '打卡半径（米）',
			description:
				'访客离站点多近才能打卡，20 到 500 米。室内或密集街区用小半径，公园、广场用大半径。',
			type: 'number',
			group: 'place',
			initialValue: 100,
			validation: (rule) =>
				rule.required().min(20).max(500).error('打卡半径必须在 20 到 500 米之间'),
		}),
		defineField({
			name: 'directions',
			title: '怎么去',
			description: '公交、步行路线或入口位置。',
			type: 'localeText',
			group: 'place',
			validation: (rule) => rule.required().error('请填写中文的到达方式'),
		}),
		locationApproximateField('place'),
		defineField({
			name: 'openingHours',
			title: '开放时间',
			description: '不填表示全天开放。',
			type: 'array',
			of: [defineArrayMember({ type: 'openingHours' })],
			group: 'hours',
		}),
		defineField({
			name: 'hoursNote',
			title: '开放时间备注',
			description: '可选，如“法定节假日闭馆”。',
			type: 'localeString',
			group: 'hours',
		}),
		sampleField('main'),
	],
	preview: {
		select: {
			title: 'title.zh',
			district: 'district',
			address: 'address.zh',
			approximate: 'locationApproximate',
			sample: 'sample',
			media: 'image',
		},
		prepare({ title, district, address, approximate, sample, media }) {
			return {
				title: title ?? '（未填写站点名称）',
				subtitle: subtitle(
					sample,
					titleOf(districts, district),
					address,
					approximate === true ? '位置待核实' : undefined,
				),
				media,
			};
		},
	},
});
