import { TargetIcon } from '@sanity/icons/Target';
import { defineField, defineType } from 'sanity';

/** A 2029 target of the five-year plan, with the plan's own five-year figure where comparable. */
export const planTarget = defineType({
	name: 'planTarget',
	title: '规划目标',
	type: 'object',
	icon: TargetIcon,
	fields: [
		defineField({
			name: 'label',
			title: '指标名称',
			type: 'localeString',
			validation: (rule) => rule.required().error('请填写指标名称'),
		}),
		defineField({
			name: 'unit',
			title: '单位',
			description: '如“人”“万元”“个”',
			type: 'localeString',
			validation: (rule) => rule.required().error('请填写单位'),
		}),
		defineField({
			name: 'target',
			title: '2029 年目标值',
			type: 'number',
			validation: (rule) => rule.required().min(0).error('请填写不小于 0 的目标值'),
		}),
		defineField({
			name: 'baseline',
			title: '过去五年的数值',
			description: '可选：规划里能与目标对比的过去五年数字。',
			type: 'number',
			validation: (rule) => rule.min(0).error('数值不能小于 0'),
		}),
		defineField({
			name: 'baselineUnit',
			title: '对比数值的单位',
			description:
				'可选：过去五年数值的单位与目标不同时填写，例如目标按“万人次”、过去五年按“万人”计。不填则沿用目标的单位。',
			type: 'localeString',
		}),
		defineField({
			name: 'baselineLabel',
			title: '对比数值的说明',
			description: '可选，如““十四五”期间累计”。填写了对比数值时建议填写。',
			type: 'localeString',
		}),
	],
	preview: {
		select: { title: 'label.zh', target: 'target', unit: 'unit.zh' },
		prepare({ title, target, unit }) {
			return { title, subtitle: `目标 ${target ?? '?'} ${unit ?? ''}`.trim() };
		},
	},
});
