import { BarChartIcon } from '@sanity/icons/BarChart';
import { defineField, defineType } from 'sanity';

/** A result of the past five years, as the plan reports it. */
export const planFigure = defineType({
	name: 'planFigure',
	title: '五年成果数字',
	type: 'object',
	icon: BarChartIcon,
	fields: [
		defineField({
			name: 'label',
			title: '说明',
			type: 'localeText',
			validation: (rule) => rule.required().error('请填写这个数字说明什么'),
		}),
		defineField({
			name: 'value',
			title: '数值',
			type: 'number',
			validation: (rule) => rule.required().min(0).error('请填写不小于 0 的数值'),
		}),
		defineField({
			name: 'unit',
			title: '单位',
			type: 'localeString',
			validation: (rule) => rule.required().error('请填写单位'),
		}),
	],
	preview: {
		select: { title: 'label.zh', value: 'value', unit: 'unit.zh' },
		prepare({ title, value, unit }) {
			return { title, subtitle: `${value ?? '?'} ${unit ?? ''}`.trim() };
		},
	},
});
