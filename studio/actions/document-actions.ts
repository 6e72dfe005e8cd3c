/**
 * Which actions and new-document options the Studio offers, by document type: Sanity's own,
 * "open on the site" on every type with a page, "print QR poster" on route stops, and only
 * edit-and-publish on singletons.
 */
import type { DocumentActionsResolver, NewDocumentOptionsResolver } from 'sanity';

import { typesWithPages } from '../site-links.ts';
import { singletonActions, singletonTypes } from '../singletons.ts';
import { EXHIBIT_IN_HALL } from '../templates.ts';
import { openOnSite, printQrPoster } from './site-actions.ts';

/** `document.actions` of the Studio config. */
export const documentActions: DocumentActionsResolver = (actions, { schemaType }) => {
	if (singletonTypes.has(schemaType)) {
		const kept = actions.filter(
			({ action }) => action !== undefined && singletonActions.has(action),
		);
		return [...kept, openOnSite];
	}

	const links = typesWithPages.has(schemaType) ? [openOnSite] : [];
	const posters = schemaType === 'routeStop' ? [printQrPoster] : [];
	return [...actions, ...links, ...posters];
};

/**
 * `document.newDocumentOptions` of the Studio config: the global "create" menu offers no
 * singleton, and no exhibit-in-a-hall (that one needs the hall its list is about).
 */
export const newDocumentOptions: NewDocumentOptionsResolver = (options, { creationContext }) =>
	creationContext.type === 'global'
		? options.filter(
				(option) => !singletonTypes.has(option.templateId) && option.templateId !== EXHIBIT_IN_HALL,
			)
		: options;
