import { ClockIcon } from '@sanity/icons/Clock';
import { defineField, defineType } from 'sanity';

import { choices, titleOf, weekdays } from '../lists.ts';

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One opening period: the days it applies to and the times, `HH:mm` in China time. */
export const openingHours = defineType({
	name: 'openingHours',
	title: '开放时段',
	type: 'object',
	icon: ClockIcon,
	fields: [
		defineField({
			name: 'days',
			title: '适用日期',
			type: 'array',
			of: [{ type: 'string' }],
			options: { list: choices(weekdays), layout: 'grid' },
			validation: (rule) => rule.required().min(1).unique().error('请至少选择一天'),
		}),
		defineField({
			name: 'opens',
			title: '开门时间',
			description: '24 小时制，如 09:00',
			type: 'string',
			validation: (rule) =>
				rule.required().regex(clockTime).error('请按 24 小时制填写开门时间，如 09:00'),
		}),
		defineField({
			name: 'closes',
			title: '关门时间',
			description: '24 小时制，如 17:30',
			type: 'string',
			validation: (rule) => [
				rule.required().regex(clockTime).error('请按 24 小时制填写关门时间，如 17:30'),
				rule.custom((closes, context) => {
					const opens = (context.parent as { opens?: unknown } | undefined)?.opens;
					if (typeof closes !== 'string' || typeof opens !== 'string') return true;

					return closes > opens ? true : '关门时间必须晚于开门时间';
				}),
			],
		}),
	],
	preview: {
		select: { days: 'days', opens: 'opens', closes: 'closes' },
		prepare({ days, opens, closes }) {
			const dayTitles = Array.isArray(days) ? days.map((day) => titleOf(weekdays, day)) : [];

			return {
				title: `${opens ?? '?'}–${closes ?? '?'}`,
				subtitle: dayTitles.join('、') || '未选择日期',
			};
		},
	},
});
