import { ArchiveIcon } from '@sanity/icons/Archive';
import { defineField, defineType } from 'sanity';
import type { CustomValidator } from 'sanity';

import { accessibleImageMember } from '../objects/accessible-image.ts';
import { choices, exhibitKinds, titleOf } from '../lists.ts';
import { modelTheSiteCanShow } from '../exhibit-model.ts';
import { subtitle } from '../preview.ts';
import {
	idVariants,
	requiredWithAsset,
	sampleField,
	slugField,
	validationClient,
	slugIsUsable,
} from '../rules.ts';

const orderTakenQuery = `*[
	_type == "exhibit" &&
	hall._ref == $hall &&
	order == $order &&
	!(_id in [$published, $draft]) &&
	!(_id in path($versions))
][0]{ "title": title.zh }`;

// Two exhibits with the same number would swap places at random on the timeline.
const orderFreeInHall: CustomValidator<number | undefined> = async (order, context) => {
	const document = context.document as { _id: string; hall?: { _ref?: string } } | undefined;
	const hall = document?.hall?._ref;
	if (order === undefined || !document || !hall) return true;

	const other = await validationClient(context).fetch<{ title?: string } | null>(orderTakenQuery, {
		hall,
		order,
		...idVariants(document._id),
	});
	if (!other) return true;
	return `同一展厅里的展品“${other.title ?? '未命名'}”已使用排序号 ${order}，请换一个数字`;
};

/** An object in the virtual museum: a document, photograph, instrument … */
export const exhibit = defineType({
	name: 'exhibit',
	title: '展品 (Exhibit)',
	type: 'document',
	icon: ArchiveIcon,
	validation: (rule) => rule.custom(slugIsUsable),
	groups: [
		{ name: 'main', title: '基本信息', default: true },
		{ name: 'media', title: '图片、模型与讲解' },
		{ name: 'place', title: '展厅位置' },
	],
	fields: [
		defineField({
			name: 'title',
			title: '名称',
			type: 'localeString',
			group: 'main',
			validation: (rule) => rule.required().error('请填写中文名称'),
		}),
		slugField('title', 'main'),
		defineField({
			name: 'era',
			title: '年代（显示用）',
			description: '按展签的写法，如“1863年”“19世纪”',
			type: 'localeString',
			group: 'main',
			validation: (rule) => rule.required().error('请填写年代，如“1863年”'),
		}),
		defineField({
			name: 'year',
			title: '年份（排序用）',
			description: '时间轴按这个年份排序。年代不确定时填一个代表年份，如 19 世纪填 1850。',
			type: 'number',
			group: 'main',
			validation: (rule) =>
				rule.required().integer().min(1000).max(2100).error('请填写 1000 到 2100 之间的整数年份'),
		}),
		defineField({
			name: 'kind',
			title: '类别',
			type: 'string',
			group: 'main',
			options: { list: choices(exhibitKinds) },
			validation: (rule) => rule.required().error('请选择展品类别'),
		}),
		defineField({
			name: 'description',
			title: '介绍',
			type: 'localeText',
			group: 'main',
			validation: (rule) => rule.required().error('请填写中文介绍'),
		}),
		defineField({
			name: 'institution',
			title: '出借机构',
			description: '可选：提供这件展品的机构。',
			type: 'reference',
			to: [{ type: 'institution' }],
			group: 'main',
		}),
		defineField({
			name: 'images',
			title: '图片',
			description: '第一张用作列表和展厅里的主图。',
			type: 'array',
			of: [accessibleImageMember()],
			group: 'media',
			validation: (rule) => rule.required().min(1).error('请至少上传一张图片'),
		}),
		defineField({
			name: 'model',
			title: '三维模型 (.glb)',
			description:
				'可选：glTF 二进制格式 (.glb) 的三维模型。可以用 Meshopt 或 Draco 压缩几何体；贴图请用 PNG、JPEG 或 WebP。',
			type: 'file',
			options: { accept: '.glb,model/gltf-binary' },
			group: 'media',
			validation: (rule) => rule.custom(modelTheSiteCanShow),
		}),
		defineField({
			name: 'modelDescription',
			title: '三维模型的文字描述',
			description: '上传了三维模型时必填：描述模型的外观，供不能查看三维模型的访客阅读。',
			type: 'localeText',
			group: 'media',
			validation: (rule) =>
				rule.custom(requiredWithAsset('model', '上传了三维模型，请填写模型的中文文字描述')),
		}),
		defineField({
			name: 'narration',
			title: '语音讲解',
			description: '可选：音频文件（如 .mp3、.m4a、.ogg）。',
			type: 'file',
			options: { accept: 'audio/*' },
			group: 'media',
		}),
		defineField({
			name: 'transcript',
			title: '讲解文稿',
			description: '上传了语音讲解时必填：讲解的完整文字稿，供听障访客阅读。',
			type: 'localeText',
			group: 'media',
			validation: (rule) =>
				rule.custom(requiredWithAsset('narration', '上传了语音讲解，请填写讲解的中文文稿')),
		}),
		defineField({
			name: 'hall',
			title: '所在展厅',
			type: 'reference',
			to: [{ type: 'hall' }],
			group: 'place',
			validation: (rule) => rule.required().error('请选择展品所在的展厅'),
		}),
		defineField({
			name: 'order',
			title: '展厅内排序',
			description: '展品在展厅里的顺序，从小到大；同一展厅内不能重复。',
			type: 'number',
			group: 'place',
			validation: (rule) => [
				rule.required().integer().min(0).error('请填写不小于 0 的整数'),
				rule.custom(orderFreeInHall),
			],
		}),
		sampleField('main'),
	],
	orderings: [
		{
			title: '展厅与排序',
			name: 'hallOrder',
			by: [
				{ field: 'hall.order', direction: 'asc' },
				{ field: 'order', direction: 'asc' },
			],
		},
		{ title: '年份', name: 'year', by: [{ field: 'year', direction: 'asc' }] },
	],
	preview: {
		select: {
			title: 'title.zh',
			era: 'era.zh',
			kind: 'kind',
			hall: 'hall.title.zh',
			order: 'order',
			sample: 'sample',
			media: 'images.0',
		},
		prepare({ title, era, kind, hall, order, sample, media }) {
			const place = hall ? `${hall} #${order ?? '?'}` : undefined;

			return {
				title: title ?? '（未填写名称）',
				subtitle: subtitle(sample, era, titleOf(exhibitKinds, kind), place),
				media,
			};
		},
	},
});
