/**
 * Every GROQ query of the site. Values enter only through `$parameters`; every list has an
 * explicit `order(...)` on a field editors set (never `_createdAt`); no `geo::`,
 * `text::query` or `match`, which the embedded engine (groq-js) lacks or evaluates
 * differently. Sanity TypeGen reads the `defineQuery` calls in this file.
 *
 * References are projected as `{ _ref, ...@->{_type, …} }` so that a reference to a deleted
 * document still says which one it was, and one to a document of another type says so (the
 * repository warns and drops both).
 *
 * Documents that pages link to by slug carry `slugTakenBy`: the `_id` of another document of
 * their type with the same slug and a smaller `_id`, whose page the address shows (the
 * one-document queries pick the smallest `_id`). The repository leaves such a document out
 * of lists and warns, so that no link leads to another document's page.
 */
import { defineQuery } from 'groq';

// Fragments: TypeGen resolves template literals built from constants of the same file.

const imageFields = `alt, caption, crop, hotspot, "asset": asset->{_id, url, extension, "width": metadata.dimensions.width, "height": metadata.dimensions.height}`;

const fileFields = `_id, url, extension, mimeType, size`;

const bodyFields = `..., defined(asset) => {"asset": asset->{_id, url, extension, "width": metadata.dimensions.width, "height": metadata.dimensions.height}}`;

const institutionRefFields = `_ref, ...@->{_type, _id, name, "slug": slug.current}`;

const storySlugTakenBy = `"slugTakenBy": *[_type == "story" && slug.current == ^.slug.current && _id < ^._id] | order(_id asc)[0]._id`;

const storySummaryFields = `_id, title, "slug": slug.current, ${storySlugTakenBy}, publishedAt, datePrecision, period, category, coverImage{${imageFields}}, excerpt, sample`;

const exhibitSlugTakenBy = `"slugTakenBy": *[_type == "exhibit" && slug.current == ^.slug.current && _id < ^._id] | order(_id asc)[0]._id`;

const exhibitFields = `_id, title, "slug": slug.current, ${exhibitSlugTakenBy}, era, year, kind, images[]{${imageFields}}, "model": model.asset->{${fileFields}}, modelDescription, "narration": narration.asset->{${fileFields}}, transcript, description, institution{${institutionRefFields}}, hall{_ref, ...@->{_type, _id, title, "slug": slug.current}}, order, sample`;

const hallSlugTakenBy = `"slugTakenBy": *[_type == "hall" && slug.current == ^.slug.current && _id < ^._id] | order(_id asc)[0]._id`;

const hallFields = `_id, title, "slug": slug.current, ${hallSlugTakenBy}, theme, eraStart, eraEnd, order, "ambientSound": ambientSound.asset->{${fileFields}}, ambientDescription, sample`;

const routeStopSlugTakenBy = `"slugTakenBy": *[_type == "routeStop" && slug.current == ^.slug.current && _id < ^._id] | order(_id asc)[0]._id`;

const routeStopFields = `_id, title, "slug": slug.current, ${routeStopSlugTakenBy}, location, radius, openingHours, hoursNote, address, district, description, directions, image{${imageFields}}, institution{${institutionRefFields}}, locationApproximate, sample`;

const outreachSiteSlugTakenBy = `"slugTakenBy": *[_type == "outreachSite" && slug.current == ^.slug.current && _id < ^._id] | order(_id asc)[0]._id`;

const outreachSiteListFields = `_id, name, "slug": slug.current, kind, district, address, location, activities, photo{${imageFields}}, institution{${institutionRefFields}}, locationApproximate, sample`;

const outreachSiteFields = `${outreachSiteListFields}, ${outreachSiteSlugTakenBy}`;

const institutionFields = `_id, name, "slug": slug.current, kind, district, description, website`;

/** The singleton with the site's title, what the society does, its mission and the plan's numbers. */
export const SETTINGS_QUERY = defineQuery(
	`*[_type == "siteSettings" && _id == "siteSettings"] | order(_id asc)[0]{_id, title, tagline, about, mission, planTitle, targets, figures, contact}`,
);

/** Stories, newest first (ties by slug so the order is stable). */
export const STORIES_QUERY = defineQuery(
	`*[_type == "story"] | order(publishedAt desc, slug.current asc){${storySummaryFields}}`,
);

/** Stories of one `$category`, newest first. */
export const STORIES_BY_CATEGORY_QUERY = defineQuery(
	`*[_type == "story" && category == $category] | order(publishedAt desc, slug.current asc){${storySummaryFields}}`,
);

/** One story by `$slug`, with its body and related stories. */
export const STORY_QUERY = defineQuery(
	`*[_type == "story" && slug.current == $slug] | order(_id asc)[0]{${storySummaryFields}, body{zh[]{${bodyFields}}, en[]{${bodyFields}}}, related[]{_ref, ...@->{_type, ${storySummaryFields}}}}`,
);

/** The halls in their order, each with its exhibits in their order. */
export const HALLS_QUERY = defineQuery(
	`*[_type == "hall"] | order(order asc, slug.current asc){${hallFields}, "exhibits": *[_type == "exhibit" && hall._ref == ^._id] | order(order asc, slug.current asc){${exhibitFields}}}`,
);

/** All exhibits along the timeline: by year, then hall order, then slug. */
export const EXHIBITS_QUERY = defineQuery(
	`*[_type == "exhibit"] | order(year asc, order asc, slug.current asc){${exhibitFields}}`,
);

/** One exhibit by `$slug`. */
export const EXHIBIT_QUERY = defineQuery(
	`*[_type == "exhibit" && slug.current == $slug] | order(_id asc)[0]{${exhibitFields}}`,
);

/** The first route by slug, with its stops in walking order. */
export const ROUTE_QUERY = defineQuery(
	`*[_type == "route"] | order(slug.current asc)[0]{_id, title, "slug": slug.current, description, "stops": stops[]{_ref, ...@->{_type, ${routeStopFields}}}}`,
);

/** One route stop by `$slug`. */
export const ROUTE_STOP_QUERY = defineQuery(
	`*[_type == "routeStop" && slug.current == $slug] | order(_id asc)[0]{${routeStopFields}}`,
);

/**
 * All outreach sites by district, then slug. Without `slugTakenBy`: a per-site scan of every
 * other site grows with the square of their number (10,000 sites took minutes in groq-js),
 * and this list holds every site, so the repository finds shared slugs in one pass instead.
 */
export const OUTREACH_SITES_QUERY = defineQuery(
	`*[_type == "outreachSite"] | order(district asc, slug.current asc){${outreachSiteListFields}}`,
);

/** One outreach site by `$slug`. */
export const OUTREACH_SITE_QUERY = defineQuery(
	`*[_type == "outreachSite" && slug.current == $slug] | order(_id asc)[0]{${outreachSiteFields}}`,
);

/** All institutions by slug. */
export const INSTITUTIONS_QUERY = defineQuery(
	`*[_type == "institution"] | order(slug.current asc){${institutionFields}}`,
);

/** The settings document's `_id`, or `null`: the smallest query that proves the source answers. */
export const HEALTH_QUERY = defineQuery(
	`*[_type == "siteSettings" && _id == "siteSettings"] | order(_id asc)[0]._id`,
);

/**
 * Every published outreach site whole, by `_id`, for the site importer to merge into. Run
 * with the `raw` perspective, which also returns drafts and versions: the filter leaves them
 * out, since the importer writes published documents only.
 */
export const OUTREACH_SITES_FOR_IMPORT_QUERY = defineQuery(
	`*[_type == "outreachSite" && !(_id in path("drafts.**")) && !(_id in path("versions.**"))] | order(_id asc)`,
);
