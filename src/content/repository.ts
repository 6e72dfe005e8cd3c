/**
 * The content the pages ask for, read through one `ContentSource` and checked with zod.
 * A document that fails its check is left out of lists and treated as not found on its own
 * page; what can be repaired is repaired. Either way the editors are told once, in the log,
 * which document has which problem.
 */
import type { z } from 'zod';

import { logger as rootLogger, type Logger } from '../log.ts';
import { explainIssues, quoteValue } from './explain.ts';
import {
	exhibit as exhibitSchema,
	hall as hallSchema,
	institution as institutionSchema,
	outreachSite as outreachSiteSchema,
	route as routeSchema,
	routeStop as routeStopSchema,
	siteSettings as siteSettingsSchema,
	story as storySchema,
	storySummary as storySummarySchema,
	type Exhibit,
	type HallWithExhibits,
	type Institution,
	type OutreachSite,
	type RouteStop,
	type RouteWithStops,
	type SiteSettings,
	type Story,
	type StoryCategory,
	type StorySummary,
} from './models.ts';
import { collectProblems } from './problems.ts';
import { followReferences } from './reference-list.ts';
import {
	EXHIBIT_QUERY,
	EXHIBITS_QUERY,
	HALLS_QUERY,
	INSTITUTIONS_QUERY,
	OUTREACH_SITE_QUERY,
	OUTREACH_SITES_QUERY,
	ROUTE_QUERY,
	ROUTE_STOP_QUERY,
	SETTINGS_QUERY,
	STORIES_BY_CATEGORY_QUERY,
	STORIES_QUERY,
	STORY_QUERY,
} from './queries.ts';
import type {
	EXHIBIT_QUERY_RESULT,
	EXHIBITS_QUERY_RESULT,
	HALLS_QUERY_RESULT,
	INSTITUTIONS_QUERY_RESULT,
	OUTREACH_SITE_QUERY_RESULT,
	OUTREACH_SITES_QUERY_RESULT,
	ROUTE_QUERY_RESULT,
	ROUTE_STOP_QUERY_RESULT,
	SETTINGS_QUERY_RESULT,
	STORIES_BY_CATEGORY_QUERY_RESULT,
	STORIES_QUERY_RESULT,
	STORY_QUERY_RESULT,
} from './sanity.types.ts';
import type { ContentSource } from './source.ts';
import { createWarnOnce, type WarnOnce } from './warn-once.ts';

/** What the pages read; every method resolves to checked, render-ready content. */
export interface ContentRepository {
	/** The site settings; a stand-in with the society's name when the document is missing. */
	settings(): Promise<SiteSettings>;
	/** Stories, newest first, optionally of one category and at most `limit` of them. */
	stories(options?: { category?: StoryCategory; limit?: number }): Promise<StorySummary[]>;
	/** The story with this slug, or `null`. */
	story(slug: string): Promise<Story | null>;
	/** The halls in their order, each with its exhibits in their order. */
	halls(): Promise<HallWithExhibits[]>;
	/** All exhibits, along the timeline (year, then order). */
	exhibits(): Promise<Exhibit[]>;
	/** The exhibit with this slug, or `null`. */
	exhibit(slug: string): Promise<Exhibit | null>;
	/** The check-in route (the first by slug) with its stops in walking order, or `null`. */
	route(): Promise<RouteWithStops | null>;
	/** The route stop with this slug, or `null`. */
	routeStop(slug: string): Promise<RouteStop | null>;
	/** All outreach sites by district, then slug. */
	outreachSites(): Promise<OutreachSite[]>;
	/** The outreach site with this slug, or `null`. */
	outreachSite(slug: string): Promise<OutreachSite | null>;
	/** All institutions by slug. */
	institutions(): Promise<Institution[]>;
}

export interface RepositoryOptions {
	/** Where problems are logged; `logger.child({ module: 'content' })` by default. */
	log?: Logger;
}

// Shown when the settings document is missing or broken, so that every page still renders.
const standInSettings: SiteSettings = {
	_id: 'siteSettings',
	title: { zh: '株洲市红十字会', en: 'Zhuzhou Red Cross' },
	tagline: { zh: '人道 博爱 奉献', en: 'Humanity, fraternity, dedication' },
	about: null,
	mission: { zh: '株洲市红十字会', en: 'Zhuzhou Red Cross' },
	planTitle: { zh: '株洲市红十字事业发展规划', en: 'Development plan of the Zhuzhou Red Cross' },
	targets: [],
	figures: [],
	contact: null,
};

/** A repository over `source`. Make one per process: it remembers what it has warned about. */
export function createContentRepository(
	source: ContentSource,
	options: RepositoryOptions = {},
): ContentRepository {
	const log = options.log ?? rootLogger.child({ module: 'content' });
	const warnOnce = createWarnOnce(log);
	const check = createChecker(warnOnce);
	const takesAnotherSlug = createSlugCheck(warnOnce);

	async function settings(): Promise<SiteSettings> {
		const raw = await source.fetch<SETTINGS_QUERY_RESULT>(SETTINGS_QUERY);
		if (raw === null || raw === undefined) {
			warnOnce(
				{ id: 'siteSettings', type: 'siteSettings' },
				['does not exist: create the "网站设置 (siteSettings)" document in the Studio'],
				'the site shows a stand-in title and no targets',
			);
			return standInSettings;
		}

		return (
			check(siteSettingsSchema, raw, 'siteSettings', 'the site shows a stand-in title') ??
			standInSettings
		);
	}

	async function stories(
		options: { category?: StoryCategory; limit?: number } = {},
	): Promise<StorySummary[]> {
		const raw = options.category
			? await source.fetch<STORIES_BY_CATEGORY_QUERY_RESULT>(STORIES_BY_CATEGORY_QUERY, {
					category: options.category,
				})
			: await source.fetch<STORIES_QUERY_RESULT>(STORIES_QUERY);

		const checked = checkList(storySummarySchema, raw, 'story');
		return options.limit === undefined ? checked : checked.slice(0, Math.max(0, options.limit));
	}

	async function story(slug: string): Promise<Story | null> {
		const raw = await source.fetch<STORY_QUERY_RESULT>(STORY_QUERY, { slug });
		if (raw === null || raw === undefined) return null;

		const { related, ...fields } = raw;
		const parent = inspect(storySchema, fields, 'story');
		if (!parent.value) {
			warnOnce({ id: idOf(fields), type: 'story' }, parent.problems, 'its page is not shown');
			return null;
		}

		const references = followReferences(related, {
			parentId: parent.value._id,
			field: 'related',
			to: 'story',
		});
		tell({ id: parent.value._id, type: 'story' }, [...parent.problems, ...references.problems]);
		return {
			...parent.value,
			related: checkList(storySummarySchema, references.documents, 'story'),
		};
	}

	async function halls(): Promise<HallWithExhibits[]> {
		const raw = await source.fetch<HALLS_QUERY_RESULT>(HALLS_QUERY);

		return asArray(raw).flatMap((entry) => {
			const { exhibits, ...fields } = entry;
			if (takesAnotherSlug(fields, 'hall')) return [];

			const hall = check(hallSchema, fields, 'hall', 'left out of the museum');
			if (!hall) return [];
			return [{ ...hall, exhibits: checkList(exhibitSchema, exhibits, 'exhibit') }];
		});
	}

	async function exhibits(): Promise<Exhibit[]> {
		return checkList(
			exhibitSchema,
			await source.fetch<EXHIBITS_QUERY_RESULT>(EXHIBITS_QUERY),
			'exhibit',
		);
	}

	async function exhibit(slug: string): Promise<Exhibit | null> {
		return checkOne(
			exhibitSchema,
			await source.fetch<EXHIBIT_QUERY_RESULT>(EXHIBIT_QUERY, { slug }),
			'exhibit',
		);
	}

	async function route(): Promise<RouteWithStops | null> {
		const raw = await source.fetch<ROUTE_QUERY_RESULT>(ROUTE_QUERY);
		if (raw === null || raw === undefined) return null;

		const { stops, ...fields } = raw;
		const parent = inspect(routeSchema, fields, 'route');
		if (!parent.value) {
			warnOnce({ id: idOf(fields), type: 'route' }, parent.problems, 'the route page is not shown');
			return null;
		}

		const references = followReferences(stops, {
			parentId: parent.value._id,
			field: 'stops',
			to: 'routeStop',
		});
		const walk = checkList(routeStopSchema, references.documents, 'routeStop');
		const empty =
			walk.length === 0 ? ['has no stops that can be shown: choose them in the Studio'] : [];
		tell({ id: parent.value._id, type: 'route' }, [
			...parent.problems,
			...references.problems,
			...empty,
		]);
		return { ...parent.value, stops: walk };
	}

	async function routeStop(slug: string): Promise<RouteStop | null> {
		return checkOne(
			routeStopSchema,
			await source.fetch<ROUTE_STOP_QUERY_RESULT>(ROUTE_STOP_QUERY, { slug }),
			'routeStop',
		);
	}

	async function outreachSites(): Promise<OutreachSite[]> {
		const sites = await source.fetch<OUTREACH_SITES_QUERY_RESULT>(OUTREACH_SITES_QUERY);
		return checkList(outreachSiteSchema, withSlugTakenBy(asArray(sites)), 'outreachSite');
	}

	async function outreachSite(slug: string): Promise<OutreachSite | null> {
		return checkOne(
			outreachSiteSchema,
			await source.fetch<OUTREACH_SITE_QUERY_RESULT>(OUTREACH_SITE_QUERY, { slug }),
			'outreachSite',
		);
	}

	async function institutions(): Promise<Institution[]> {
		return checkList(
			institutionSchema,
			await source.fetch<INSTITUTIONS_QUERY_RESULT>(INSTITUTIONS_QUERY),
			'institution',
		);
	}

	// `raw` is typed by TypeGen from the Studio schema, but the Lake does not enforce that
	// schema, so every entry is parsed as if it could be anything.
	function checkList<S extends z.ZodType>(
		schema: S,
		raw: ReadonlyArray<unknown> | null | undefined,
		type: string,
	): Array<z.output<S>> {
		return asArray(raw).flatMap((entry) => {
			if (takesAnotherSlug(entry, type)) return [];

			const checked = check(schema, entry, type, 'left out of lists');
			return checked === null ? [] : [checked];
		});
	}

	// Problems of a document that is still shown, without the faulty part.
	function tell(document: { id: string; type: string }, problems: string[]): void {
		if (problems.length > 0) warnOnce(document, problems, 'shown without the faulty part');
	}

	function checkOne<S extends z.ZodType>(
		schema: S,
		raw: unknown,
		type: string,
	): z.output<S> | null {
		if (raw === null || raw === undefined) return null;
		return check(schema, raw, type, 'its page is not shown');
	}

	return {
		settings,
		stories,
		story,
		halls,
		exhibits,
		exhibit,
		route,
		routeStop,
		outreachSites,
		outreachSite,
		institutions,
	};
}

/** A document checked against its schema: `value` is `null` when it cannot be shown. */
interface Inspection<T> {
	value: T | null;
	problems: string[];
}

/** Checks one document against `schema` and says what is wrong with it, without logging. */
function inspect<S extends z.ZodType>(
	schema: S,
	raw: unknown,
	type: string,
): Inspection<z.output<S>> {
	const { result, problems } = collectProblems(() => schema.safeParse(raw, { reportInput: true }));
	if (result.success) return { value: result.data, problems };
	return { value: null, problems: [explainIssues(result.error, type), ...problems] };
}

/** Checks one document against `schema`, logging its problems once; `null` if unusable. */
function createChecker(warnOnce: WarnOnce) {
	return function check<S extends z.ZodType>(
		schema: S,
		raw: unknown,
		type: string,
		consequence: string,
	): z.output<S> | null {
		const { value, problems } = inspect(schema, raw, type);
		if (problems.length > 0) {
			const shown = value === null ? consequence : 'shown without the faulty part';
			warnOnce({ id: idOf(raw), type }, problems, shown);
		}
		return value;
	};
}

/**
 * Whether a listed document shares its slug with one of a smaller `_id` (its `slugTakenBy`,
 * see `queries.ts`). Its address shows that other document, so it is left out of lists, with
 * a warning, rather than linked to a page that is not its own.
 */
function createSlugCheck(warnOnce: WarnOnce) {
	return function takesAnotherSlug(entry: unknown, type: string): boolean {
		const { slug, slugTakenBy } = (entry ?? {}) as { slug?: unknown; slugTakenBy?: unknown };
		if (typeof slugTakenBy !== 'string') return false;

		warnOnce(
			{ id: idOf(entry), type },
			[
				`has the slug ${quoteValue(slug)}, already taken by ${slugTakenBy}, whose page the address shows: give this one its own slug in the Studio`,
			],
			'left out of lists',
		);
		return true;
	};
}

/**
 * The entries of a list that holds every document of its type, each with the `slugTakenBy`
 * the one-document queries compute in GROQ: the smallest other `_id` with the same slug.
 */
function withSlugTakenBy<T>(entries: ReadonlyArray<T>): Array<T & { slugTakenBy: string | null }> {
	const owners = new Map<string, string>();
	for (const entry of entries) {
		const { _id: id, slug } = (entry ?? {}) as { _id?: unknown; slug?: unknown };
		if (typeof id !== 'string' || typeof slug !== 'string') continue;

		const owner = owners.get(slug);
		if (owner === undefined || id < owner) owners.set(slug, id);
	}

	return entries.map((entry) => {
		const { _id: id, slug } = (entry ?? {}) as { _id?: unknown; slug?: unknown };
		const owner = typeof slug === 'string' ? owners.get(slug) : undefined;
		return { ...entry, slugTakenBy: owner !== undefined && owner !== id ? owner : null };
	});
}

function idOf(raw: unknown): string {
	const id = (raw as { _id?: unknown } | null)?._id;
	return typeof id === 'string' ? id : '(a document without _id)';
}

function asArray<T>(raw: ReadonlyArray<T> | null | undefined): ReadonlyArray<T> {
	return Array.isArray(raw) ? raw : [];
}
