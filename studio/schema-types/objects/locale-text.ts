import { TranslateIcon } from '@sanity/icons/Translate';
import { defineField, defineType } from 'sanity';

/** A plain multi-line text in Chinese (required) and English (optional). */
export const localeText = defineType({
	name: 'localeText',
	title: '多行文本（中文 / English）',
	type: 'object',
	icon: TranslateIcon,
	fields: [
		defineField({
			name: 'zh',
			title: '中文',
			type: 'text',
			rows: 4,
			validation: (rule) => rule.required().error('请填写中文'),
		}),
		defineField({
			name: 'en',
			title: 'English',
			description: '可选。没有英文时，英文网站显示中文。',
			type: 'text',
			rows: 4,
		}),
	],
	preview: { select: { title: 'zh', subtitle: 'en' } },
});
