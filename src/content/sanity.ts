/**
 * The Content Lake source: the same GROQ sent to Sanity's API through `@sanity/client`.
 * Server-side only — a read token, when given, must never reach a browser bundle.
 */
import { createClient, type ClientConfig } from '@sanity/client';

import type { ContentSource, QueryParams } from './source.ts';

export interface SanitySourceOptions {
	projectId: string;
	dataset: string;
	apiVersion: string;
	/** A read token for a private dataset; left out when not set. */
	token?: string | undefined;
	/**
	 * Another API address, such as a local stand-in for tests (`http://127.0.0.1:5000`): queries
	 * then go to `<apiHost>/v<version>/…` instead of `https://<project>.api.sanity.io`.
	 */
	apiHost?: string | undefined;
}

/** A Sanity source, which also tells the project it reads (image URLs need it). */
export interface SanitySource extends ContentSource {
	readonly kind: 'sanity';
	readonly projectId: string;
	readonly dataset: string;
}

/**
 * The client settings: published documents from the live API, with the token only if set.
 * Not the API CDN: it revalidates in the background, so the first query after a webhook can
 * still answer with the content from before the publish. The site's own cache keeps the
 * live API's load to one request per query and time-to-live.
 */
export function sanityClientConfig(options: SanitySourceOptions): ClientConfig {
	const { projectId, dataset, apiVersion, token, apiHost } = options;
	return {
		projectId,
		dataset,
		apiVersion,
		useCdn: false,
		perspective: 'published',
		// A failing request falls back to the last good content (src/content/cache.ts); a long
		// chain of retries would only keep the visitor waiting for it.
		maxRetries: 2,
		...(token ? { token } : {}),
		...(apiHost ? { apiHost, useProjectHostname: false } : {}),
	};
}

/** A source that reads the published documents of `dataset` from Sanity's API. */
export function createSanitySource(options: SanitySourceOptions): SanitySource {
	const { projectId, dataset } = options;
	const client = createClient(sanityClientConfig(options));

	return {
		kind: 'sanity',
		projectId,
		dataset,
		fetch<Result>(query: string, params: QueryParams = {}) {
			return client.fetch<Result>(query, params);
		},
	};
}
