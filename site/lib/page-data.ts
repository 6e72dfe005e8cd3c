/**
 * What each page reads, loaded in the route file before any HTML is sent, so that a failure
 * yields a whole error page instead of a page cut off mid-stream. A content source that cannot
 * be reached does not fail a page while earlier content or a snapshot of it is kept (see
 * `src/content/cache.ts`); with nothing kept, `pages/500.astro` answers 503 with Retry-After.
 */
import type {
	HallWithExhibits,
	Institution,
	OutreachSite,
	RouteStop,
	RouteWithStops,
	SiteSettings,
	StoryCategory,
	StorySummary,
} from '../../src/content/models.ts';
import { content } from './content.ts';

/** How many of the newest stories the home page shows. */
const homeStoryCount = 3;

export interface HomeData {
	settings: SiteSettings;
	stories: StorySummary[];
}

/** The settings (mission, figures, targets) and the newest stories. */
export async function loadHome(): Promise<HomeData> {
	const [settings, stories] = await Promise.all([
		content.settings(),
		content.stories({ limit: homeStoryCount }),
	]);
	return { settings, stories };
}

/** The stories of `category`, or all of them, newest first. */
export function loadStories(category: StoryCategory | null): Promise<StorySummary[]> {
	return content.stories(category ? { category } : {});
}

/** The museum's halls with their exhibits. */
export function loadMuseum(): Promise<HallWithExhibits[]> {
	return content.halls();
}

/** Every outreach site. */
export function loadOutreachSites(): Promise<OutreachSite[]> {
	return content.outreachSites();
}

/** The check-in route, or `null` when none is published. */
export function loadRoute(): Promise<RouteWithStops | null> {
	return content.route();
}

export interface RouteStopData {
	stop: RouteStop;
	/** The route the stop belongs to, for its number and its neighbours. */
	route: RouteWithStops | null;
}

/** A route stop with its route, or `null` when no stop has this slug. */
export async function loadRouteStop(slug: string): Promise<RouteStopData | null> {
	const [stop, route] = await Promise.all([content.routeStop(slug), content.route()]);
	return stop ? { stop, route } : null;
}

export interface AboutData {
	settings: SiteSettings;
	institutions: Institution[];
}

/** The settings and the partner institutions. */
export async function loadAbout(): Promise<AboutData> {
	const [settings, institutions] = await Promise.all([content.settings(), content.institutions()]);
	return { settings, institutions };
}
