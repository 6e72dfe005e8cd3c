/**
 * GROQ evaluated in process by groq-js, Sanity's own engine, over documents held in memory:
 * how the embedded dataset answers, and how the snapshot of a Sanity dataset answers while
 * Sanity cannot be reached. One evaluator, so both give the Lake's answer to the same query.
 */
import { evaluate, parse, type ExprNode } from 'groq-js';

import type { ContentDocument } from './export-layout.ts';
import type { QueryParams } from './source.ts';

/** Lake-shaped documents, with an index by `_id` for following references. */
export interface QueryableDataset {
	documents: ContentDocument[];
	byId: Map<string, ContentDocument>;
}

/** Runs a GROQ query over a dataset and resolves to the plain JSON result. */
export type DatasetQuery = <Result = unknown>(
	dataset: QueryableDataset,
	query: string,
	params?: QueryParams,
) => Promise<Result>;

/** The documents of `documents`, indexed for {@link DatasetQuery}. */
export function queryableDataset(documents: ContentDocument[]): QueryableDataset {
	return { documents, byId: new Map(documents.map((document) => [document._id, document])) };
}

/** An evaluator that parses each query text once: the site asks the same few queries. */
export function createDatasetQuery(): DatasetQuery {
	const parsedQueries = new Map<string, ExprNode>();

	return async function query<Result>(
		dataset: QueryableDataset,
		text: string,
		params: QueryParams = {},
	): Promise<Result> {
		let tree = parsedQueries.get(text);
		if (!tree) {
			tree = parse(text);
			parsedQueries.set(text, tree);
		}

		// Without `dereference`, groq-js scans the whole dataset for every `->`.
		const value = await evaluate(tree, {
			dataset: dataset.documents,
			params,
			dereference: ({ _ref }) => dataset.byId.get(_ref),
		});
		return (await value.get()) as Result;
	};
}
