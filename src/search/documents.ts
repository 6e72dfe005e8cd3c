/**
 * What the site search finds: one document per story, exhibit, outreach site and route stop,
 * with the text it is found by (both languages, so that a Chinese word finds an English page
 * and the reverse) and what a result shows (in the page's language, Chinese where English is
 * missing).
 */
import type { BodyBlock, Exhibit, OutreachSite, RouteStop, Story } from '../content/models.ts';
import { pick, type Locale, type Localized } from '../i18n/locale.ts';
import type { Messages } from '../i18n/messages/index.ts';
import { paths } from '../i18n/paths.ts';

export const searchKinds = ['story', 'exhibit', 'site', 'stop'] as const;

export type SearchKind = (typeof searchKinds)[number];

/** One thing the search can find. The `…Text` fields are searched; the rest is shown. */
export interface SearchDocument {
	id: string;
	kind: SearchKind;
	url: string;
	title: string;
	summary: string;
	/** A story's publication date (ISO), for showing; empty for other kinds. */
	date: string;
	sample: boolean;
	titleText: string;
	summaryText: string;
	bodyText: string;
}

/** The published content the search covers. */
export interface SearchSources {
	stories: Story[];
	exhibits: Exhibit[];
	sites: OutreachSite[];
	stops: RouteStop[];
}

// A result shows this much of its summary.
const summaryLength = 160;

/** The documents of `sources` for the search page in `locale`. */
export function searchDocuments(
	sources: SearchSources,
	locale: Locale,
	labels: { zh: Messages; en: Messages },
): SearchDocument[] {
	const both = (value: Localized | null | undefined) =>
		value ? [value.zh, value.en ?? ''].join('\n') : '';
	const label = (pickLabel: (t: Messages) => string) =>
		`${pickLabel(labels.zh)} ${pickLabel(labels.en)}`;

	const stories = sources.stories.map((story) => ({
		id: `story:${story.slug}`,
		kind: 'story' as const,
		url: paths.story(story.slug, locale),
		title: pick(story.title, locale),
		summary: shorten(pick(story.excerpt, locale)),
		date: story.publishedAt,
		sample: story.sample,
		titleText: both(story.title),
		summaryText: both(story.excerpt),
		bodyText: [
			blocksText(story.body.zh),
			blocksText(story.body.en ?? []),
			label((t) => t.categories[story.category]),
		].join('\n'),
	}));

	const exhibits = sources.exhibits.map((exhibit) => ({
		id: `exhibit:${exhibit.slug}`,
		kind: 'exhibit' as const,
		url: paths.exhibit(exhibit.slug, locale),
		title: pick(exhibit.title, locale),
		summary: shorten(pick(exhibit.description, locale)),
		date: '',
		sample: exhibit.sample,
		titleText: both(exhibit.title),
		summaryText: both(exhibit.description),
		bodyText: [
			both(exhibit.era),
			both(exhibit.modelDescription),
			both(exhibit.transcript),
			exhibit.hall ? both(exhibit.hall.title) : '',
			exhibit.institution ? both(exhibit.institution.name) : '',
			label((t) => t.exhibitKinds[exhibit.kind]),
		].join('\n'),
	}));

	const sites = sources.sites.map((site) => ({
		id: `site:${site.slug}`,
		kind: 'site' as const,
		url: paths.outreachSite(site.slug, locale),
		title: pick(site.name, locale),
		summary: shorten(
			[pick(site.address, locale), ...site.activities.map((a) => pick(a, locale))].join(' · '),
		),
		date: '',
		sample: site.sample,
		titleText: both(site.name),
		summaryText: both(site.address),
		bodyText: [
			...site.activities.map(both),
			site.institution ? both(site.institution.name) : '',
			label((t) => t.siteKinds[site.kind]),
			label((t) => t.districts[site.district]),
		].join('\n'),
	}));

	const stops = sources.stops.map((stop) => ({
		id: `stop:${stop.slug}`,
		kind: 'stop' as const,
		url: paths.routeStop(stop.slug, locale),
		title: pick(stop.title, locale),
		summary: shorten(pick(stop.description, locale)),
		date: '',
		sample: stop.sample,
		titleText: both(stop.title),
		summaryText: both(stop.description),
		bodyText: [
			both(stop.address),
			both(stop.directions),
			stop.institution ? both(stop.institution.name) : '',
			label((t) => t.districts[stop.district]),
		].join('\n'),
	}));

	return [...stories, ...exhibits, ...sites, ...stops];
}

/** The plain text of Portable Text blocks: their spans, one block a line. */
export function blocksText(blocks: BodyBlock[]): string {
	return blocks
		.map((block) => {
			if (block._type !== 'block' || !('children' in block) || !Array.isArray(block.children)) {
				return '';
			}
			return block.children
				.map((child) => (typeof child.text === 'string' ? child.text : ''))
				.join('');
		})
		.filter((line) => line !== '')
		.join('\n');
}

function shorten(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const characters = [...flat];
	if (characters.length <= summaryLength) return flat;
	return `${characters.slice(0, summaryLength - 1).join('')}…`;
}
