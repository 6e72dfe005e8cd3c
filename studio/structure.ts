import { CogIcon } from '@sanity/icons/Cog';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { HeartIcon } from '@sanity/icons/Heart';
import { HomeIcon } from '@sanity/icons/Home';
import { PinIcon } from '@sanity/icons/Pin';
import { ShareIcon } from '@sanity/icons/Share';
import type { ListItemBuilder, StructureBuilder, StructureResolver } from 'sanity/structure';

import { SITE_SETTINGS_ID } from './schema-types/documents/site-settings.ts';
import { districts, storyCategories } from './schema-types/lists.ts';
import { VALIDATION_API_VERSION } from './schema-types/rules.ts';
import { EXHIBIT_IN_HALL } from './templates.ts';

const byDate = [{ field: 'publishedAt', direction: 'desc' as const }];
const byOrder = [{ field: 'order', direction: 'asc' as const }];
const byYear = [
	{ field: 'year', direction: 'asc' as const },
	{ field: 'order', direction: 'asc' as const },
];

/** A list of the documents of `type` matching a GROQ `filter` (values only as `params`). */
function filtered(
	S: StructureBuilder,
	options: {
		id: string;
		title: string;
		type: string;
		filter: string;
		params?: Record<string, unknown>;
		order?: Array<{ field: string; direction: 'asc' | 'desc' }>;
	},
): ListItemBuilder {
	const { id, title, type, filter, params = {}, order } = options;

	return S.listItem()
		.id(id)
		.title(title)
		.schemaType(type)
		.child(
			S.documentList()
				.id(id)
				.title(title)
				.schemaType(type)
				.apiVersion(VALIDATION_API_VERSION)
				.filter(`_type == $type && (${filter})`)
				.params({ type, ...params })
				.defaultOrdering(order ?? [])
				.initialValueTemplates([S.initialValueTemplateItem(type)]),
		);
}

function stories(S: StructureBuilder): ListItemBuilder {
	return S.listItem()
		.id('stories')
		.title('故事与新闻')
		.icon(DocumentTextIcon)
		.child(
			S.list()
				.id('stories')
				.title('故事与新闻')
				.items([
					S.listItem()
						.id('all-stories')
						.title('全部故事（最新在前）')
						.schemaType('story')
						.child(S.documentTypeList('story').title('全部故事').defaultOrdering(byDate)),
					S.divider(),
					...storyCategories.map((category) =>
						filtered(S, {
							id: `stories-${category.value}`,
							title: category.title,
							type: 'story',
							filter: 'category == $category',
							params: { category: category.value },
							order: byDate,
						}),
					),
					S.divider(),
					filtered(S, {
						id: 'stories-sample',
						title: '示例数据（待替换为真实内容）',
						type: 'story',
						filter: 'sample == true',
						order: byDate,
					}),
				]),
		);
}

function museum(S: StructureBuilder): ListItemBuilder {
	return S.listItem()
		.id('museum')
		.title('红医博物馆')
		.icon(HomeIcon)
		.child(
			S.list()
				.id('museum')
				.title('红医博物馆')
				.items([
					S.listItem()
						.id('halls')
						.title('展厅（参观顺序）')
						.schemaType('hall')
						.child(S.documentTypeList('hall').title('展厅').defaultOrdering(byOrder)),
					S.listItem()
						.id('exhibits-by-hall')
						.title('按展厅查看展品')
						.schemaType('hall')
						.child(
							S.documentTypeList('hall')
								.title('选择展厅')
								.defaultOrdering(byOrder)
								.child((hallId) =>
									S.documentList()
										.id(`exhibits-in-${hallId}`)
										.title('这个展厅的展品')
										.schemaType('exhibit')
										.apiVersion(VALIDATION_API_VERSION)
										.filter('_type == "exhibit" && hall._ref == $hallId')
										.params({ hallId })
										.defaultOrdering(byOrder)
										.initialValueTemplates([
											S.initialValueTemplateItem(EXHIBIT_IN_HALL, { hallId }),
										]),
								),
						),
					S.listItem()
						.id('exhibits')
						.title('全部展品（时间线）')
						.schemaType('exhibit')
						.child(S.documentTypeList('exhibit').title('全部展品').defaultOrdering(byYear)),
				]),
		);
}

function route(S: StructureBuilder): ListItemBuilder {
	return S.listItem()
		.id('route')
		.title('红十字文旅打卡路线')
		.icon(ShareIcon)
		.child(
			S.list()
				.id('route')
				.title('红十字文旅打卡路线')
				.items([
					S.documentTypeListItem('route').title('路线（站点顺序在路线里调整）'),
					S.documentTypeListItem('routeStop').title('打卡站点'),
					filtered(S, {
						id: 'stops-to-verify',
						title: '位置待核实的站点',
						type: 'routeStop',
						filter: 'locationApproximate == true',
					}),
				]),
		);
}

function outreach(S: StructureBuilder): ListItemBuilder {
	return S.listItem()
		.id('outreach')
		.title('人道传播阵地')
		.icon(HeartIcon)
		.child(
			S.list()
				.id('outreach')
				.title('人道传播阵地')
				.items([
					S.documentTypeListItem('outreachSite').title('全部阵地'),
					S.listItem()
						.id('outreach-by-district')
						.title('按区县')
						.icon(PinIcon)
						.child(
							S.list()
								.id('outreach-by-district')
								.title('按区县')
								.items(
									districts.map((district) =>
										filtered(S, {
											id: `outreach-${district.value}`,
											title: district.title,
											type: 'outreachSite',
											filter: 'district == $district',
											params: { district: district.value },
										}),
									),
								),
						),
					S.divider(),
					filtered(S, {
						id: 'outreach-to-verify',
						title: '位置待核实',
						type: 'outreachSite',
						filter: 'locationApproximate == true',
					}),
					filtered(S, {
						id: 'outreach-sample',
						title: '示例数据（待替换为真实站点）',
						type: 'outreachSite',
						filter: 'sample == true',
					}),
				]),
		);
}

/**
 * The Studio's content tree, in the society's own terms: the site settings first, then the
 * stories, the Red Medicine Museum, the check-in route, the outreach sites, and the partner
 * institutions.
 */
export const structure: StructureResolver = (S) =>
	S.list()
		.id('root')
		.title('内容')
		.items([
			S.listItem()
				.title('网站设置')
				.id(SITE_SETTINGS_ID)
				.icon(CogIcon)
				.child(
					S.document().schemaType('siteSettings').documentId(SITE_SETTINGS_ID).title('网站设置'),
				),
			S.divider(),
			stories(S),
			museum(S),
			route(S),
			outreach(S),
			S.divider(),
			S.documentTypeListItem('institution').title('合作机构'),
		]);
