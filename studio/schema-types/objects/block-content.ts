import { LinkIcon } from '@sanity/icons/Link';
import { defineArrayMember, defineField, defineType } from 'sanity';

import { accessibleImageMember } from './accessible-image.ts';

/**
 * Rich text (Portable Text): paragraphs, two heading levels, quotes, lists, bold, italic,
 * links, and images with alt text between the paragraphs.
 */
export const blockContent = defineType({
	name: 'blockContent',
	title: '富文本',
	type: 'array',
	of: [
		defineArrayMember({
			type: 'block',
			styles: [
				{ title: '正文', value: 'normal' },
				{ title: '二级标题', value: 'h2' },
				{ title: '三级标题', value: 'h3' },
				{ title: '引用', value: 'blockquote' },
			],
			lists: [
				{ title: '项目符号列表', value: 'bullet' },
				{ title: '编号列表', value: 'number' },
			],
			marks: {
				decorators: [
					{ title: '加粗', value: 'strong' },
					{ title: '斜体', value: 'em' },
				],
				annotations: [
					defineArrayMember({
						name: 'link',
						title: '链接',
						type: 'object',
						icon: LinkIcon,
						fields: [
							defineField({
								name: 'href',
								title: '网址',
								description: '以 https:// 开头的网址、站内路径（如 /stories/...）、mailto: 或 tel:',
								type: 'url',
								validation: (rule) =>
									rule
										.required()
										.uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true })
										.error('请填写有效的网址：https://…、站内路径 /…、mailto: 或 tel:'),
							}),
						],
					}),
				],
			},
		}),
		accessibleImageMember(),
	],
});
