import { ThLargeIcon } from '@sanity/icons/ThLarge';
import { defineField, defineType } from 'sanity';
import type { CustomValidator } from 'sanity';

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
	_type == "hall" &&
	order == $order &&
	!(_id in [$published, $draft]) &&
	!(_id in path($versions))
][0]{ "title": title.zh }`;

const orderFree: CustomValidator<number | undefined> = async (order, context) => {
	if (order === undefined || !context.document) return true;

	const other = await validationClient(context).fetch<{ title?: string } | null>(orderTakenQuery, {
		order,
		...idVariants(context.document._id),
	});
	if (!other) return true;
	return `展厅“${other.title ?? '未命名'}”已使用排序号 ${order}，请换一个数字`;
};

const endsAfterStart: CustomValidator<number | undefined> = (eraEnd, context) => {
	const eraStart = (context.document as { eraStart?: unknown } | undefined)?.eraStart;
	if (typeof eraEnd !== 'number' || typeof eraStart !== 'number') return true;

	return eraEnd >= eraStart ? true : '结束年份不能早于起始年份';
};

/** A room of the virtual museum: one period of the Red Cross story. */
export const hall = defineType({
	name: 'hall',
	title: '展厅 (Hall)',
	type: 'document',
	icon: ThLargeIcon,
	validation: (rule) => rule.custom(slugIsUsable),
	fields: [
		defineField({
			name: 'title',
			title: '展厅名称',
			type: 'localeString',
			validation: (rule) => rule.required().error('请填写中文展厅名称'),
		}),
		slugField('title'),
		defineField({
			name: 'theme',
			title: '主题介绍',
			type: 'localeText',
			validation: (rule) => rule.required().error('请填写中文主题介绍'),
		}),
		defineField({
			name: 'eraStart',
			title: '起始年份',
			type: 'number',
			validation: (rule) => rule.required().integer().error('请填写起始年份（整数）'),
		}),
		defineField({
			name: 'eraEnd',
			title: '结束年份',
			type: 'number',
			validation: (rule) => [
				rule.required().integer().error('请填写结束年份（整数）'),
				rule.custom(endsAfterStart),
			],
		}),
		defineField({
			name: 'order',
			title: '参观顺序',
			description: '展厅的参观顺序，从小到大，不能重复。',
			type: 'number',
			validation: (rule) => [
				rule.required().integer().min(0).error('请填写不小于 0 的整数'),
				rule.custom(orderFree),
			],
		}),
		defineField({
			name: 'ambientSound',
			title: '环境音',
			description: '可选：展厅的背景声音（音频文件），访客可以关闭。',
			type: 'file',
			options: { accept: 'audio/*' },
		}),
		defineField({
			name: 'ambientDescription',
			title: '环境音的文字描述',
			description: '上传了环境音时必填，如“远处的火车汽笛声和人群低语”。',
			type: 'localeString',
			validation: (rule) =>
				rule.custom(requiredWithAsset('ambientSound', '上传了环境音，请用中文描述这段声音')),
		}),
		sampleField(),
	],
	orderings: [{ title: '参观顺序', name: 'order', by: [{ field: 'order', direction: 'asc' }] }],
	preview: {
		select: {
			title: 'title.zh',
			eraStart: 'eraStart',
			eraEnd: 'eraEnd',
			order: 'order',
			sample: 'sample',
		},
		prepare({ title, eraStart, eraEnd, order, sample }) {
			const era = eraStart !== undefined ? `${eraStart}–${eraEnd ?? ''}` : undefined;

			return {
				title: title ?? '（未填写展厅名称）',
				subtitle: subtitle(sample, order !== undefined ? `顺序 ${order}` : undefined, era),
			};
		},
	},
});
