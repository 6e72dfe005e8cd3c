/**
 * Addresses that open the museum's 3D hall: `/museum/?view=3d` opens it at the entrance of
 * the first hall, `&exhibit=<slug>` at that exhibit, `&hall=<slug>` at a hall's entrance.
 * Without JavaScript or WebGL the same address shows the catalogue.
 */

const VIEW = 'view';
const VIEW_3D = '3d';
const EXHIBIT = 'exhibit';
const HALL = 'hall';

/** What a museum address asks the 3D hall to show. */
export interface HallLink {
	/** The address asks for the 3D hall. */
	open: boolean;
	exhibit: string | null;
	hall: string | null;
}

/** Reads a museum address's query string (`location.search`). */
export function readHallLink(search: string): HallLink {
	const params = new URLSearchParams(search);
	const nonEmpty = (value: string | null) => (value && value.trim() !== '' ? value.trim() : null);

	return {
		open: params.get(VIEW) === VIEW_3D,
		exhibit: nonEmpty(params.get(EXHIBIT)),
		hall: nonEmpty(params.get(HALL)),
	};
}

/**
 * The query string (with `?`) of the 3D hall at `target`, keeping any other parameters of
 * `search`.
 */
export function hallLinkQuery(
	target: { exhibit?: string | null; hall?: string | null } = {},
	search = '',
): string {
	const params = new URLSearchParams(withoutHallLink(search));
	params.set(VIEW, VIEW_3D);
	if (target.exhibit) params.set(EXHIBIT, target.exhibit);
	else if (target.hall) params.set(HALL, target.hall);
	return `?${params.toString()}`;
}

/**
 * `search` with the 3D hall's parameters removed (other parameters kept), for the address
 * after the visitor leaves the hall.
 */
export function withoutHallLink(search: string): string {
	const params = new URLSearchParams(search);
	for (const key of [VIEW, EXHIBIT, HALL]) params.delete(key);
	const rest = params.toString();
	return rest === '' ? '' : `?${rest}`;
}
