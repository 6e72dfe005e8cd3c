import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { accessibleImageField } from '../objects/accessible-image.ts';
import { choices, datePrecisions, storyCategories, titleOf } from '../lists.ts';
import { formatDate, subtitle } from '../preview.ts';
import { idVariants, sampleField, slugField, slugIsUsable } from '../rules.ts';

/** A news story or a milestone of the society's work. */
export const story = defineType({
	name: 'story',
	title: '故事 / 新闻 (Story)',
	type: 'document',
	icon: DocumentTextIcon,
	validation: (rule) => rule.custom(slugIsUsable),
	fields: [
		defineField({
			name: 'title',
			title: '标题',
			type: 'localeString',
			validation: (rule) => rule.required().error('请填写中文标题'),
		}),
		slugField('title'),
		defineField({
			name: 'publishedAt',
			title: '日期',
			description:
				'事件或发布的日期。只知道年份或月份时，选该年 1 月 1 日或该月 1 日，并在下面选择精度。',
			type: 'datetime',
			options: { dateFormat: 'YYYY-MM-DD', timeFormat: 'HH:mm' },
			validation: (rule) => rule.required().error('请选择日期'),
		}),
		defineField({
			name: 'datePrecision',
			title: '日期精度',
			description: '规划里只写了年份的事件选“只知年份”，网站只显示年份。',
			type: 'string',
			options: { list: choices(datePrecisions), layout: 'radio', direction: 'horizontal' },
			initialValue: 'day',
		}),
		defineField({
			name: 'period',
			title: '时期',
			description:
				'可选：故事讲的是一段时期而不是某一天时填写，如“过去五年”。网站显示这段文字而不显示日期；日期只用于排序。',
			type: 'localeString',
		}),
		defineField({
			name: 'category',
			title: '栏目',
			type: 'string',
			options: { list: choices(storyCategories) },
			validation: (rule) => rule.required().error('请选择栏目'),
		}),
		accessibleImageField({
			name: 'coverImage',
			title: '封面图',
			requiredMessage: '请上传封面图并填写替代文字',
		}),
		defineField({
			name: 'excerpt',
			title: '摘要',
			description: '一两句话，显示在列表和分享卡片上。',
			type: 'localeText',
			validation: (rule) => rule.required().error('请填写中文摘要'),
		}),
		defineField({
			name: 'body',
			title: '正文',
			type: 'localeBlockContent',
			validation: (rule) => rule.required().error('请填写中文正文'),
		}),
		defineField({
			name: 'related',
			title: '相关故事',
			type: 'array',
			of: [defineArrayMember({ type: 'reference', to: [{ type: 'story' }] })],
			validation: (rule) => [
				rule.unique().error('同一个故事只能关联一次'),
				rule.custom((related, context) => {
					const own = context.document ? idVariants(context.document._id).published : undefined;
					const refs = Array.isArray(related) ? (related as Array<{ _ref?: string }>) : [];

					return refs.some((ref) => ref._ref === own) ? '故事不能关联它自己' : true;
				}),
			],
		}),
		sampleField(),
	],
	orderings: [
		{
			title: '日期（新的在前）',
			name: 'publishedAtDesc',
			by: [{ field: 'publishedAt', direction: 'desc' }],
		},
	],
	preview: {
		select: {
			title: 'title.zh',
			publishedAt: 'publishedAt',
			precision: 'datePrecision',
			category: 'category',
			sample: 'sample',
			media: 'coverImage',
		},
		prepare({ title, publishedAt, precision, category, sample, media }) {
			return {
				title: title ?? '（未填写标题）',
				subtitle: subtitle(
					sample,
					formatDate(publishedAt, precision),
					titleOf(storyCategories, category),
				),
				media,
			};
		},
	},
});
