import { TranslateIcon } from '@sanity/icons/Translate';
import { defineField, defineType } from 'sanity';

/** A short text in Chinese (required) and English (optional): titles, names, labels. */
export const localeString = defineType({
	name: 'localeString',
	title: '短文本（中文 / English）',
	type: 'object',
	icon: TranslateIcon,
	options: { collapsible: false },
	fields: [
		defineField({
			name: 'zh',
			title: '中文',
			type: 'string',
			validation: (rule) => rule.required().error('请填写中文'),
		}),
		defineField({
			name: 'en',
			title: 'English',
			description: '可选。没有英文时，英文网站显示中文。',
			type: 'string',
		}),
	],
	preview: { select: { title: 'zh', subtitle: 'en' } },
});
