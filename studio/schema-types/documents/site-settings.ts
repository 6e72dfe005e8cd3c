import { CogIcon } from '@sanity/icons/Cog';
import { defineArrayMember, defineField, defineType } from 'sanity';

/** The id of the one settings document. */
export const SITE_SETTINGS_ID = 'siteSettings';

/**
 * The site's name, what the society does, its mission and the five-year plan's numbers: one
 * document, id `siteSettings`.
 */
export const siteSettings = defineType({
	name: 'siteSettings',
	title: '网站设置 (Site settings)',
	type: 'document',
	icon: CogIcon,
	groups: [
		{ name: 'site', title: '网站', default: true },
		{ name: 'plan', title: '五年规划' },
	],
	fields: [
		defineField({
			name: 'title',
			title: '网站名称',
			type: 'localeString',
			group: 'site',
			validation: (rule) => rule.required().error('请填写中文网站名称'),
		}),
		defineField({
			name: 'tagline',
			title: '标语',
			type: 'localeText',
			group: 'site',
			validation: (rule) => rule.required().error('请填写中文标语'),
		}),
		defineField({
			name: 'about',
			title: '我们做什么',
			description: '首页“我们做什么”一节：用几句话说明红十字会平时做哪些工作。段落之间空一行。',
			type: 'localeText',
			group: 'site',
			validation: (rule) => rule.required().error('请填写中文的“我们做什么”介绍'),
		}),
		defineField({
			name: 'mission',
			title: '使命',
			description: '“关于”页上的使命与愿景，例如规划对未来五年的展望。',
			type: 'localeText',
			group: 'site',
			validation: (rule) => rule.required().error('请填写中文使命介绍'),
		}),
		defineField({
			name: 'contact',
			title: '联系方式',
			description: '可选：地址、电话、邮箱，每行一项。',
			type: 'localeText',
			group: 'site',
		}),
		defineField({
			name: 'planTitle',
			title: '规划名称',
			type: 'localeString',
			group: 'plan',
			validation: (rule) => rule.required().error('请填写中文规划名称'),
		}),
		defineField({
			name: 'targets',
			title: '2029 年目标',
			type: 'array',
			of: [defineArrayMember({ type: 'planTarget' })],
			group: 'plan',
			validation: (rule) => rule.required().min(1).error('请至少填写一项规划目标'),
		}),
		defineField({
			name: 'figures',
			title: '五年成果数字',
			type: 'array',
			of: [defineArrayMember({ type: 'planFigure' })],
			group: 'plan',
			validation: (rule) => rule.required().min(1).error('请至少填写一项成果数字'),
		}),
	],
	preview: {
		select: { title: 'title.zh', subtitle: 'planTitle.zh' },
	},
});
