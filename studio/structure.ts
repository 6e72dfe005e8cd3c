import { CogIcon } from '@sanity/icons/Cog';
import type { StructureResolver } from 'sanity/structure';

import { SITE_SETTINGS_ID } from './schema-types/documents/site-settings.ts';

/** Types that have exactly one document, edited in place rather than listed. */
export const singletonTypes = new Set(['siteSettings']);

/** The document actions a singleton keeps: it is edited and published, never created or deleted. */
export const singletonActions = new Set(['publish', 'discardChanges', 'restore']);

/**
 * The Studio's content tree: the site settings first, then the stories, the museum,
 * the route and the map, and the partner institutions.
 */
export const structure: StructureResolver = (S) =>
	S.list()
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
			S.documentTypeListItem('story').title('故事 / 新闻'),
			S.divider(),
			S.documentTypeListItem('hall').title('展厅'),
			S.documentTypeListItem('exhibit').title('展品'),
			S.divider(),
			S.documentTypeListItem('route').title('路线'),
			S.documentTypeListItem('routeStop').title('路线站点'),
			S.documentTypeListItem('outreachSite').title('服务站点'),
			S.divider(),
			S.documentTypeListItem('institution').title('机构'),
		]);
