import { ImageIcon } from '@sanity/icons/Image';
import { defineArrayMember, defineField } from 'sanity';
import type { ImageRule } from 'sanity';

// An accessible image is stored as a plain Sanity `image` (`_type: 'image'`), the shape
// ARCHITECTURE.md's asset layout, the dataset and the site's models share. A named schema type
// would make the Studio store `_type: 'accessibleImage'` instead, so the definition is shared
// through these factories rather than registered as a type of its own.

const imageFields = [
	defineField({
		name: 'alt',
		title: '替代文字 (alt)',
		description: '用一句话描述图片里有什么，供视障访客的读屏软件朗读。不要写“图片”二字。',
		type: 'localeString',
		validation: (rule) => rule.required().error('请为图片填写替代文字（中文必填）'),
	}),
	defineField({
		name: 'caption',
		title: '图片说明',
		description: '可选，显示在图片下方。',
		type: 'localeString',
	}),
];

const imagePreview = {
	select: { title: 'alt.zh', subtitle: 'caption.zh', media: 'asset' },
};

interface AccessibleImageFieldOptions {
	name: string;
	title: string;
	description?: string;
	group?: string;
	/** When set, the field is required and this is the message that says so. */
	requiredMessage?: string;
}

/**
 * An image field with the alternative text screen readers announce (`alt`, Chinese required)
 * and an optional caption. An image without its uploaded file is always an error.
 */
export function accessibleImageField(options: AccessibleImageFieldOptions) {
	const { requiredMessage, ...field } = options;

	return defineField({
		...field,
		type: 'image',
		icon: ImageIcon,
		options: { hotspot: true },
		fields: imageFields,
		preview: imagePreview,
		validation: (rule: ImageRule) =>
			requiredMessage
				? rule.required().assetRequired().error(requiredMessage)
				: rule.assetRequired().error('请上传图片文件，或删除这张图片'),
	});
}

/** An image with alt text as an item of an array: a gallery, or between paragraphs. */
export function accessibleImageMember() {
	return defineArrayMember({
		type: 'image',
		title: '图片（含替代文字）',
		icon: ImageIcon,
		options: { hotspot: true },
		fields: imageFields,
		preview: imagePreview,
		validation: (rule) => rule.assetRequired().error('请上传图片文件，或删除这张图片'),
	});
}
