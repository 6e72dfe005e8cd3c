/** Reads what the search covers from the content repository. */
import type { ContentRepository } from '../content/repository.ts';
import type { SearchSources } from './documents.ts';

/** Every published story (with its body), exhibit, outreach site and route stop. */
export async function loadSearchSources(content: ContentRepository): Promise<SearchSources> {
	const [summaries, exhibits, sites, route] = await Promise.all([
		content.stories(),
		content.exhibits(),
		content.outreachSites(),
		content.route(),
	]);

	// The list holds summaries; the body, which the search also reads, comes with each story.
	const stories = await Promise.all(summaries.map((summary) => content.story(summary.slug)));

	return {
		stories: stories.filter((story) => story !== null),
		exhibits,
		sites,
		stops: route?.stops ?? [],
	};
}
