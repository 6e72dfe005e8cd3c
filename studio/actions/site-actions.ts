/**
 * Document actions that lead from the Studio to the site: "在网站上查看" on every document
 * that has a page, and "打印二维码海报" on route stops. Both open the published version's
 * address in a new tab; before the first publish they are shown, disabled, saying why.
 */
import { DocumentPdfIcon } from '@sanity/icons/DocumentPdf';
import { LaunchIcon } from '@sanity/icons/Launch';

import type { DocumentActionComponent, DocumentActionProps } from 'sanity';

import { posterPath, siteUrl, sitePath, type LinkedDocument } from '../site-links.ts';

function open(path: string): void {
	window.open(`${siteUrl()}${path}`, '_blank', 'noopener,noreferrer');
}

function publishedDocument(props: DocumentActionProps): LinkedDocument | null {
	return (props.published as LinkedDocument | null) ?? null;
}

/** "在网站上查看": the published document's page. */
export const openOnSite: DocumentActionComponent = (props) => {
	const published = publishedDocument(props);
	const path = published ? sitePath(published) : null;
	const unsaved = props.draft !== null;

	return {
		label: '在网站上查看',
		icon: LaunchIcon,
		disabled: path === null,
		title:
			path === null
				? '发布后才能在网站上看到（网站最多一分钟内更新）'
				: unsaved
					? '打开已发布的版本；草稿里的修改要发布后才显示'
					: `打开 ${siteUrl()}${path}`,
		onHandle: () => {
			if (path) open(path);
		},
	};
};
openOnSite.displayName = 'OpenOnSiteAction';

/** "打印二维码海报": the route stop's poster page, with its check-in QR code. */
export const printQrPoster: DocumentActionComponent = (props) => {
	const slug = publishedDocument(props)?.slug?.current?.trim();

	return {
		label: '打印二维码海报',
		icon: DocumentPdfIcon,
		disabled: !slug,
		title: slug
			? '打开可打印的打卡海报（需要工作人员登录）'
			: '发布后才能打印海报：二维码指向已发布的站点',
		onHandle: () => {
			if (slug) open(posterPath(slug));
		},
	};
};
printQrPoster.displayName = 'PrintQrPosterAction';
