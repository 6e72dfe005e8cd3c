import { storyCategories, type StoryCategory } from '../../src/content/models.ts';

/**
 * The story category asked for in `?category=`: `null` when none is asked for,
 * `undefined` when the value names no category (the page answers 404).
 */
export function categoryParam(url: URL): StoryCategory | null | undefined {
	const value = url.searchParams.get('category');
	if (value === null || value === '') return null;
	return (storyCategories as readonly string[]).includes(value)
		? (value as StoryCategory)
		: undefined;
}

/** A 404 answer; Astro renders `pages/404.astro` for it, in the visitor's language. */
export function notFound(): Response {
	return new Response(null, { status: 404, statusText: 'Not Found' });
}
