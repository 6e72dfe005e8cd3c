import { TranslateIcon } from '@sanity/icons/Translate';
import { defineField, defineType } from 'sanity';

/** Rich text in Chinese (required) and English (optional). */
export const localeBlockContent = defineType({
	name: 'localeBlockContent',
	title: '富文本（中文 / English）',
	type: 'object',
	icon: TranslateIcon,
	fields: [
		defineField({
			name: 'zh',
			title: '中文',
			type: 'blockContent',
			validation: (rule) => rule.required().min(1).error('请填写中文正文'),
		}),
		defineField({
			name: 'en',
			title: 'English',
			description: '可选。没有英文时，英文网站显示中文。',
			type: 'blockContent',
		}),
	],
});
