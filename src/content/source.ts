/**
 * Where content comes from: the dataset bundled in `content/` (evaluated in process with
 * groq-js) or Sanity's Content Lake. Both answer the same GROQ query with the same shape.
 */
export interface ContentSource {
	/** Which implementation this is; image URLs are built differently for each. */
	readonly kind: 'embedded' | 'sanity';

	/** Runs a GROQ query with its `$parameters` and resolves to the plain JSON result. */
	fetch<Result = unknown>(query: string, params?: QueryParams): Promise<Result>;
}

/** Values for a query's `$parameters`; they are sent as JSON, never pasted into the query. */
export type QueryParams = Record<string, string | number | boolean | null | string[]>;
