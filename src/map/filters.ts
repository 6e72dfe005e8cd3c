/**
 * The filter of the outreach map: a kind, a district and a text search, kept in the page's
 * query string (`?kind=school&district=hetang&q=学校`) so that a filtered view can be shared.
 * The server renders the list through it and the browser script narrows list and markers
 * through the same functions. Framework-free and free of zod, so it bundles small.
 */

/** What a visitor narrowed the sites to; `null` and `''` mean "any". */
export interface SiteFilter {
	kind: string | null;
	district: string | null;
	query: string;
}

/** The values `kind` and `district` may take; anything else in a URL is ignored. */
export interface FilterVocabulary {
	kinds: readonly string[];
	districts: readonly string[];
}

/** What the filter looks at in a site: its kind, district and prepared search text. */
export interface Filterable {
	kind: string;
	district: string;
	/** The site's searchable text, already through {@link normalizeSearchText}. */
	search: string;
}

/** The query-string names of the filter's parts. */
export const filterParams = { kind: 'kind', district: 'district', query: 'q' } as const;

/** Longer searches are cut: nobody types more, and it bounds the work per request. */
export const maxQueryLength = 100;

export const noFilter: SiteFilter = { kind: null, district: null, query: '' };

/**
 * Text as the search compares it: full-width letters and digits made plain (NFKC), lower
 * case, and without spaces, so that `荷塘 区` finds `荷塘区` and `ＡＢＣ` finds `abc`.
 */
export function normalizeSearchText(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** The filter in `params`; unknown kinds and districts are dropped rather than refused. */
export function parseFilter(params: URLSearchParams, vocabulary: FilterVocabulary): SiteFilter {
	const kind = params.get(filterParams.kind);
	const district = params.get(filterParams.district);
	const query = (params.get(filterParams.query) ?? '').trim().slice(0, maxQueryLength);

	return {
		kind: kind !== null && vocabulary.kinds.includes(kind) ? kind : null,
		district: district !== null && vocabulary.districts.includes(district) ? district : null,
		query,
	};
}

/** The query string of `filter` (without `?`), with only the parts that are set. */
export function filterToSearch(filter: SiteFilter): string {
	const params = new URLSearchParams();
	if (filter.kind) params.set(filterParams.kind, filter.kind);
	if (filter.district) params.set(filterParams.district, filter.district);
	if (filter.query !== '') params.set(filterParams.query, filter.query);
	return params.toString();
}

/** Whether `filter` narrows anything. */
export function isFiltering(filter: SiteFilter): boolean {
	return filter.kind !== null || filter.district !== null || filter.query !== '';
}

/**
 * A test for sites that pass `filter`. Words of the search separated by spaces must all
 * appear (Chinese is usually typed without spaces, and then the whole text must appear).
 */
export function siteMatcher(filter: SiteFilter): (site: Filterable) => boolean {
	const terms = filter.query
		.split(/\s+/u)
		.map(normalizeSearchText)
		.filter((term) => term !== '');

	return (site) =>
		(filter.kind === null || site.kind === filter.kind) &&
		(filter.district === null || site.district === filter.district) &&
		terms.every((term) => site.search.includes(term));
}
