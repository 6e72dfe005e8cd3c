/**
 * The stories of the bundled dataset: one per dated milestone of the five-year plan, and
 * one per area of its five-year results. Every fact comes from the plan; the texts are in
 * `stories/`, one module per story, in the order they were published.
 */
import { slugify, uniqueSlug } from '../../src/slug.ts';
import { stableKey, type AssetWriter } from './assets.ts';
import type { Drawing } from './art/canvas.ts';
import type { DatasetDocument, DatasetPart } from './context.ts';
import { localeString, localeText } from './locale.ts';
import { localeBlockContent, type Paragraph } from './portable-text.ts';
import { assistanceResults } from './stories/assistance-results.ts';
import { busLine } from './stories/bus-line.ts';
import { centralHospital } from './stories/central-hospital.ts';
import { donationResults } from './stories/donation-results.ts';
import { donorMemorial } from './stories/donor-memorial.ts';
import { emergencyResults } from './stories/emergency-results.ts';
import { firstAidResults } from './stories/first-aid-results.ts';
import { fundraisingResults } from './stories/fundraising-results.ts';
import { nanshanPark } from './stories/nanshan-park.ts';
import { normalCollege } from './stories/normal-college.ts';
import { organizationBuilding } from './stories/organization-building.ts';
import { railwayCollege } from './stories/railway-college.ts';
import { shibadong } from './stories/shibadong.ts';
import type { StoryParagraph, StorySource } from './stories/source.ts';
import { tcmHospital } from './stories/tcm-hospital.ts';
import { trainingBase } from './stories/training-base.ts';
import { volunteerResults } from './stories/volunteer-results.ts';
import { yandiStation } from './stories/yandi-station.ts';
import { youthForum } from './stories/youth-forum.ts';

// Zhuzhou keeps China Standard Time, UTC+8, all year.
const SHANGHAI_OFFSET_MINUTES = 8 * 60;

// The years the plan names: its dated milestones run from 2021 to 2024.
const YEARS = { first: 2021, last: 2024 };

/**
 * Publication order. The plan dates its milestones by year only, listed in its own order.
 * Its results cover "the past five years" and its organisation chapter "the next five
 * years", neither with years named: those stories show that period instead of a date, and
 * are dated 2024, the last year the plan names, only to come after that year's milestones.
 */
const stories: StorySource[] = [
	normalCollege,
	donorMemorial,
	tcmHospital,
	yandiStation,
	nanshanPark,
	youthForum,
	centralHospital,
	railwayCollege,
	busLine,
	shibadong,
	trainingBase,
	donationResults,
	firstAidResults,
	emergencyResults,
	assistanceResults,
	fundraisingResults,
	volunteerResults,
	organizationBuilding,
];

/** The `story` documents, their covers and inline drawings rendered into `content/images`. */
export const buildStories: DatasetPart = async ({ assets }) => {
	checkStories(stories);

	const ids = storyIds(stories);
	const times = publicationTimes(stories);

	const documents: DatasetDocument[] = [];
	for (const story of stories) documents.push(await storyDocument(story, ids, times, assets));
	return documents;
};

interface StoryIdentity {
	id: string;
	slug: string;
}

async function storyDocument(
	story: StorySource,
	ids: Map<string, StoryIdentity>,
	times: Map<string, string>,
	assets: AssetWriter,
): Promise<DatasetDocument> {
	const { id, slug } = identity(ids, story.key);

	return {
		_id: id,
		_type: 'story',
		title: localeString(story.title),
		slug: { _type: 'slug', current: slug },
		publishedAt: times.get(story.key),
		datePrecision: 'year',
		...(story.period && { period: localeString(story.period) }),
		category: story.category,
		coverImage: await accessibleImage(story.cover, assets),
		excerpt: localeText(story.excerpt),
		body: localeBlockContent(id, {
			zh: await renderFigures(story.body.zh, assets),
			en: await renderFigures(story.body.en, assets),
		}),
		related: story.related.map((key) => ({
			_type: 'reference',
			_key: stableKey(id, 'related', key),
			_ref: identity(ids, key).id,
		})),
		sample: false,
	};
}

/** Slugs from the Chinese titles, unique among the stories, and the ids made from them. */
function storyIds(sources: StorySource[]): Map<string, StoryIdentity> {
	const taken = new Set<string>();
	const ids = new Map<string, StoryIdentity>();

	for (const story of sources) {
		const slug = uniqueSlug(slugify(story.title.zh, 'story'), taken);
		ids.set(story.key, { id: `story-${slug}`, slug });
	}

	return ids;
}

function identity(ids: Map<string, StoryIdentity>, key: string): StoryIdentity {
	const found = ids.get(key);
	if (!found)
		throw new Error(`No story has the key "${key}"; checkStories should have caught this.`);
	return found;
}

/**
 * The first of January of each story's year, midnight in Zhuzhou, as UTC. Stories of the
 * same year follow one another a minute apart, so that sorting by time keeps the order.
 */
function publicationTimes(sources: StorySource[]): Map<string, string> {
	const times = new Map<string, string>();
	const minutes = new Map<number, number>();

	for (const story of sources) {
		const minute = minutes.get(story.year) ?? 0;
		minutes.set(story.year, minute + 1);

		const utc = Date.UTC(story.year, 0, 1, 0, minute - SHANGHAI_OFFSET_MINUTES);
		times.set(story.key, new Date(utc).toISOString());
	}

	return times;
}

/** A cover or inline image: the drawing rendered, with its alternative text. */
async function accessibleImage(drawing: Drawing, assets: AssetWriter) {
	const image = await assets.image(drawing.draw(), 'webp');
	return { ...image, alt: localeString(drawing.alt) };
}

async function renderFigures(
	paragraphs: StoryParagraph[],
	assets: AssetWriter,
): Promise<Paragraph[]> {
	const rendered: Paragraph[] = [];

	for (const paragraph of paragraphs) {
		if (typeof paragraph === 'string' || !('figure' in paragraph)) {
			rendered.push(paragraph);
			continue;
		}

		const image = await assets.image(paragraph.figure.draw(), 'webp');
		rendered.push({ image, alt: paragraph.figure.alt, caption: paragraph.caption });
	}

	return rendered;
}

/**
 * Checks the story sources as a whole and reports every problem at once, so that one
 * run of the builder shows everything to fix.
 */
function checkStories(sources: StorySource[]): void {
	const keys = new Set(sources.map((story) => story.key));
	const problems: string[] = [];

	if (keys.size !== sources.length) problems.push('two stories share a key; give each its own');
	sources.forEach((story, index) =>
		problems.push(...storyProblems(story, sources[index - 1], keys)),
	);

	if (problems.length > 0) {
		throw new Error(
			`The story sources in scripts/dataset/stories/ have problems:\n- ${problems.join('\n- ')}`,
		);
	}
}

// A year outside the plan, a story out of publication order, and related stories that are
// too few, too many, unknown or the story itself.
function storyProblems(story: StorySource, previous: StorySource | undefined, keys: Set<string>) {
	const problems: string[] = [];
	const { key, year, related } = story;

	if (year < YEARS.first || year > YEARS.last) {
		problems.push(`${key}: the year ${year} is outside the plan's ${YEARS.first}–${YEARS.last}`);
	}
	if (previous && previous.year > year) {
		problems.push(
			`${key}: listed after a story of ${previous.year}; keep the list in publication order`,
		);
	}
	if (related.length < 1 || related.length > 3) {
		problems.push(`${key}: has ${related.length} related stories; give one to three`);
	}
	for (const other of related) {
		if (other === key) problems.push(`${key}: relates to itself`);
		else if (!keys.has(other))
			problems.push(`${key}: relates to "${other}", which no story has as its key`);
	}

	return problems;
}
