/**
 * The list of sites in pages, so that a city with thousands of sites still gets a page that
 * loads and scrolls quickly. A page holds more than the plan's 100 sites, so today's list is
 * one page. The page number is part of the URL (`?page=2`) like the filter.
 */

/** Sites per page of the list: the plan's 100 fit on one, with room to grow. */
export const listPageSize = 200;

/** The query-string name of the page number. */
export const pageParam = 'page';

/** One page of a list, with where it sits among the pages. */
export interface PageSlice<T> {
	items: T[];
	/** 1-based, clamped to the pages there are. */
	page: number;
	pageCount: number;
}

/** The page asked for in `params`: a whole number from 1, anything else meaning 1. */
export function parsePage(params: URLSearchParams): number {
	const page = Number(params.get(pageParam));
	return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Page `page` of `items` (the last page when `page` is past the end). */
export function pageOf<T>(items: readonly T[], page: number, size = listPageSize): PageSlice<T> {
	const pageCount = Math.max(1, Math.ceil(items.length / size));
	const current = Math.min(Math.max(1, Math.trunc(page)), pageCount);
	const start = (current - 1) * size;

	return { items: items.slice(start, start + size), page: current, pageCount };
}

/** The page on which the item at `index` appears. */
export function pageContaining(index: number, size = listPageSize): number {
	return Math.floor(Math.max(0, index) / size) + 1;
}
