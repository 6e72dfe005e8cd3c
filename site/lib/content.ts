/**
 * The site's content, read on the server only: from Sanity when SANITY_PROJECT_ID is set,
 * otherwise from the dataset bundled in `content/` (or CONTENT_DIR). One source and one
 * repository per server process.
 */
import { resolve } from 'node:path';
import {
	CONTENT_CACHE_SECONDS,
	CONTENT_DIR,
	CONTENT_SNAPSHOT_PATH,
	SANITY_API_HOST,
	SANITY_API_VERSION,
	SANITY_DATASET,
	SANITY_PROJECT_ID,
	SANITY_READ_TOKEN,
} from 'astro:env/server';

import { createEmbeddedSource, type EmbeddedSource } from '../../src/content/embedded.ts';
import { cacheTtlMs, createFreshContent, type FreshContent } from '../../src/content/freshness.ts';
import { createContentRepository, type ContentRepository } from '../../src/content/repository.ts';
import { createSanitySource, type SanitySource } from '../../src/content/sanity.ts';
import { logger } from '../../src/log.ts';

const log = logger.child({ module: 'content' });

function createSource(): EmbeddedSource | SanitySource {
	if (SANITY_PROJECT_ID) {
		log.info(
			{ projectId: SANITY_PROJECT_ID, dataset: SANITY_DATASET },
			'reading content from Sanity',
		);
		return createSanitySource({
			projectId: SANITY_PROJECT_ID,
			dataset: SANITY_DATASET,
			apiVersion: SANITY_API_VERSION,
			token: SANITY_READ_TOKEN,
			// For tests against a local stand-in only; production leaves it unset.
			apiHost: SANITY_API_HOST,
		});
	}

	const contentDir = resolve(CONTENT_DIR ?? resolve(process.cwd(), 'content'));
	return createEmbeddedSource({ contentDir, log });
}

/** Where content comes from in this process; the media route and image URLs depend on it. */
export const contentSource: EmbeddedSource | SanitySource = createSource();

/**
 * Where the snapshot of the published Sanity dataset is saved: CONTENT_SNAPSHOT_PATH, by
 * default a file per project and dataset in `data/`; `off` keeps it in memory only.
 */
function snapshotFile(source: EmbeddedSource | SanitySource): string | null {
	if (source.kind !== 'sanity' || CONTENT_SNAPSHOT_PATH === 'off') return null;
	if (CONTENT_SNAPSHOT_PATH) return resolve(CONTENT_SNAPSHOT_PATH);

	const name = `content-snapshot-${source.projectId}-${source.dataset}.json`;
	return resolve(process.cwd(), 'data', name);
}

/**
 * The cache in front of the source: answers are kept CONTENT_CACHE_SECONDS (default 30),
 * dropped when `/api/sanity-webhook` or a change to the content folder says so, and kept as
 * the last good content while Sanity cannot be reached — with a snapshot of the published
 * dataset for pages that had not been asked for before.
 */
export const freshContent: FreshContent = createFreshContent(contentSource, {
	ttlMs: cacheTtlMs(CONTENT_CACHE_SECONDS, log),
	log,
	snapshotFile: snapshotFile(contentSource),
});

/** Everything the pages read, checked and ready to render (see `ContentRepository`). */
export const content: ContentRepository = createContentRepository(freshContent.source, { log });
