import { defineField } from 'sanity';
import type {
	CustomValidator,
	GeopointValue,
	SlugIsUniqueValidator,
	ValidationContext,
} from 'sanity';

import { slugify } from '../../src/slug.ts';

/** The API version custom validators query with. */
export const VALIDATION_API_VERSION = '2025-02-19';

/**
 * A generous box around Zhuzhou's districts and counties (WGS-84 degrees): a place outside it
 * is most likely a typo or coordinates in the wrong system, so editors are warned.
 */
export const zhuzhouBounds = { south: 26.0, north: 28.2, west: 112.8, east: 114.1 } as const;

/** The ids a document can have at once: published, draft and any release versions. */
export function idVariants(id: string) {
	const published = id.replace(/^(drafts|versions\.[^.]+)\./, '');

	return { published, draft: `drafts.${published}`, versions: `versions.*.${published}` };
}

/** A client for custom validators that reads the same data the Studio edits. */
export function validationClient(context: ValidationContext) {
	return context.getClient({ apiVersion: VALIDATION_API_VERSION });
}

const slugTakenQuery = `defined(*[
	_type == $type &&
	slug.current == $slug &&
	!(_id in [$published, $draft]) &&
	!(_id in path($versions))
][0]._id)`;

/**
 * True when no other document of the same type uses `slug`. The document's own draft and
 * release versions do not count; values reach the query only as parameters.
 */
export const isUniqueSlug: SlugIsUniqueValidator = async (slug, context) => {
	const { document } = context;
	if (!document) return true;

	const taken = await validationClient(context).fetch<boolean>(slugTakenQuery, {
		type: document._type,
		slug,
		...idVariants(document._id),
	});
	return !taken;
};

/**
 * The `slug` field of a type: generated from the Chinese title (or name) as toneless pinyin,
 * unique within the type.
 */
export function slugField(sourceField: 'title' | 'name', group?: string) {
	return defineField({
		name: 'slug',
		group,
		title: '网址标识 (slug)',
		description:
			'网页地址的一部分，由中文标题自动生成拼音。点击 “Generate” 生成；发布后请勿随意修改。',
		type: 'slug',
		options: {
			source: `${sourceField}.zh`,
			slugify: (source: string) => slugify(source),
			isUnique: isUniqueSlug,
			maxLength: 64,
		},
		validation: (rule) => rule.required().error('请生成网址标识：点击 “Generate” 按钮'),
	});
}

/**
 * The `sample` flag: invented content that visitors see marked as sample data. Types with
 * field groups pass the `group` to show it in.
 */
export function sampleField(group?: string) {
	return defineField({
		name: 'sample',
		group,
		title: '示例数据 (sample)',
		description: '勾选表示这是虚构的演示内容，网站会向访客标明“示例数据”。真实内容请勿勾选。',
		type: 'boolean',
		initialValue: false,
	});
}

/** The `locationApproximate` flag: coordinates that staff still have to check on site. */
export function locationApproximateField(group?: string) {
	return defineField({
		name: 'locationApproximate',
		group,
		title: '位置待核实',
		description: '坐标是估计的，需要工作人员到现场核实后取消勾选。',
		type: 'boolean',
		initialValue: false,
	});
}

/** A required `location` geopoint that warns when it falls outside Zhuzhou. */
export function locationField(group?: string) {
	return defineField({
		name: 'location',
		group,
		title: '地图位置 (WGS-84)',
		description: '在地图上点选位置。坐标使用 WGS-84（GPS）坐标系，不是高德或百度地图的坐标。',
		type: 'geopoint',
		validation: (rule) => [
			rule.required().error('请在地图上标出位置'),
			rule.custom(insideZhuzhou).warning(),
		],
	});
}

/** True when `point` lies inside {@link zhuzhouBounds}. */
export function isInsideZhuzhou(point: Pick<GeopointValue, 'lat' | 'lng'>): boolean {
	const { south, north, west, east } = zhuzhouBounds;

	return point.lat >= south && point.lat <= north && point.lng >= west && point.lng <= east;
}

const insideZhuzhou: CustomValidator<GeopointValue | undefined> = (point) => {
	if (!point || typeof point.lat !== 'number' || typeof point.lng !== 'number') return true;

	if (isInsideZhuzhou(point)) return true;
	return `这个位置（纬度 ${point.lat}，经度 ${point.lng}）不在株洲市范围内。请检查坐标，注意不要填反经纬度，也不要使用高德或百度的坐标。`;
};

/** True when a file or image field holds an uploaded asset. */
export function hasAsset(value: unknown): boolean {
	if (!value || typeof value !== 'object') return false;

	const asset = (value as { asset?: { _ref?: unknown } }).asset;
	return typeof asset?._ref === 'string' && asset._ref !== '';
}

/** True when a localised text has its Chinese version. */
export function hasChinese(value: unknown): boolean {
	if (!value || typeof value !== 'object') return false;

	const zh = (value as { zh?: unknown }).zh;
	if (typeof zh === 'string') return zh.trim() !== '';
	return Array.isArray(zh) && zh.length > 0;
}

/**
 * A validator for a localised text that becomes required once the document's `assetField`
 * holds a file: the text alternative of a recording or a 3D model.
 */
export function requiredWithAsset(assetField: string, message: string): CustomValidator {
	return (value, context) => {
		const document = context.document as Record<string, unknown> | undefined;
		if (!hasAsset(document?.[assetField])) return true;

		return hasChinese(value) ? true : message;
	};
}
