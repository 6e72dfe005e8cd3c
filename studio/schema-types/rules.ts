import { defineField } from 'sanity';
import type {
	CustomValidator,
	SanityDocumentLike,
	GeopointValue,
	SlugIsUniqueValidator,
	ValidationContext,
} from 'sanity';

import { contains } from '../../src/geo/bounds.ts';
import { zhuzhouBounds } from '../../src/geo/zhuzhou.ts';
import { slugify } from '../../src/slug.ts';

/** The API version custom validators query with. */
export const VALIDATION_API_VERSION = '2025-02-19';

/**
 * The box around Zhuzhou's districts and counties the site maps (WGS-84 degrees,
 * `src/geo/zhuzhou.ts`): a place outside it is most likely a typo or coordinates in the wrong
 * system, so editors are warned.
 */
export { zhuzhouBounds };

/** The ids a document can have at once: published, draft and any release versions. */
export function idVariants(id: string) {
	const published = id.replace(/^(drafts|versions\.[^.]+)\./, '');

	return { published, draft: `drafts.${published}`, versions: `versions.*.${published}` };
}

/** A client for custom validators that reads the same data the Studio edits. */
export function validationClient(context: ValidationContext) {
	return context.getClient({ apiVersion: VALIDATION_API_VERSION });
}

const slugTakenQuery = `*[
	_type == $type &&
	slug.current == $slug &&
	!(_id in [$published, $draft]) &&
	!(_id in path($versions))
] | order(_id asc)[0]{ _id, "title": coalesce(title.zh, name.zh) }`;

/**
 * The other document of the same type that uses `slug`, if any. The document's own draft and
 * release versions do not count; values reach the query only as parameters. It asks the
 * dataset through the validation client, so the check runs against a real dataset in the
 * Studio and against the offline dataset in tests alike.
 */
export async function slugTakenBy(
	slug: string,
	context: ValidationContext,
): Promise<{ _id: string; title?: string } | null> {
	const { document } = context;
	if (!document) return null;

	return validationClient(context).fetch(slugTakenQuery, {
		type: document._type,
		slug,
		...idVariants(document._id),
	});
}

/** True when no other document of the same type uses `slug`. */
export const isUniqueSlug: SlugIsUniqueValidator = async (slug, context) =>
	(await slugTakenBy(slug, context)) === null;

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The document rule that checks a slug's form and uniqueness, reported at the `slug` field
 * with messages that say what to do. It sits on the document because every rule of a slug
 * field repeats Sanity's own "Slug must have a value" check; Sanity's uniqueness check is
 * replaced by it (`isUnique` in {@link slugField} always agrees), so editors read one
 * Chinese message, not two.
 */
export const slugIsUsable: CustomValidator<SanityDocumentLike | undefined> = async (
	document,
	context,
) => {
	const current = (document?.['slug'] as { current?: unknown } | undefined)?.current;
	// A missing or empty slug is the field's `required` rule to report.
	if (typeof current !== 'string' || current.trim() === '') return true;

	if (!slugPattern.test(current)) {
		return {
			message: `网址标识“${current}”只能用小写字母、数字和单个连字符（-），开头结尾不能是连字符：点击 “Generate” 重新生成`,
			path: ['slug'],
		};
	}

	const other = await slugTakenBy(current, context);
	if (!other) return true;
	return {
		message: `网址标识“${current}”已被“${other.title ?? other._id}”（${other._id}）使用，两篇会争同一个网址：请改一下标题后点击 “Generate”，或在标识末尾加上区分的词`,
		path: ['slug'],
	};
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
			isUnique: () => true,
			maxLength: 64,
		},
		validation: (rule) =>
			rule.required().error('网址标识为空：点击 “Generate” 按钮，从中文标题生成'),
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
		description:
			'在地图上点选或拖动标记；也可粘贴坐标并选择它来自哪种地图（高德、腾讯、百度的坐标会自动换算）。保存的是 WGS-84（GPS）坐标。',
		type: 'geopoint',
		validation: (rule) => [
			rule.required().error('请在地图上标出位置'),
			rule.custom(insideZhuzhou).warning(),
		],
	});
}

/** True when `point` lies inside {@link zhuzhouBounds}. */
export function isInsideZhuzhou(point: Pick<GeopointValue, 'lat' | 'lng'>): boolean {
	return contains(zhuzhouBounds, point);
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
