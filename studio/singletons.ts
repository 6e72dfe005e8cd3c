/** Document types with exactly one document, edited in place rather than listed or created. */

/** Types that have exactly one document. */
export const singletonTypes = new Set(['siteSettings']);

/** The document actions a singleton keeps: it is edited and published, never created or deleted. */
export const singletonActions = new Set(['publish', 'discardChanges', 'restore']);
