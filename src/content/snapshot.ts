/**
 * The published snapshot of a Sanity dataset: every published document of the content
 * model, with the asset documents they show, kept by the server so that a page nobody asked
 * for before Sanity became unreachable still shows the last good content. It answers queries
 * with groq-js, as the embedded dataset does.
 *
 * It is taken when the server starts, again after a webhook, and checked once per cache
 * time-to-live while Sanity answers: a small query tells whether anything was published or
 * deleted since, and only then is the whole dataset fetched. Saved to a file when given one,
 * which a server restarted during an outage starts from.
 */
import type { Logger } from '../log.ts';
import type { ContentFallback } from './cache.ts';
import { createDatasetQuery, queryableDataset, type QueryableDataset } from './dataset-query.ts';
import type { ContentDocument } from './export-layout.ts';
import {
	readSnapshot,
	saveSnapshot,
	type SnapshotContent,
	type SnapshotOrigin,
} from './snapshot-file.ts';
import { createSourceFailureReport, type SourceFailureReport } from './source-failure-report.ts';
import type { ContentSource, QueryParams } from './source.ts';

/** The document types of the content model (the Studio's `documentTypes`). */
export const contentDocumentTypes = [
	'story',
	'exhibit',
	'hall',
	'route',
	'routeStop',
	'outreachSite',
	'institution',
	'siteSettings',
];

const assetTypes = ['sanity.imageAsset', 'sanity.fileAsset'];

// Not page queries, so not in `queries.ts`: they copy the dataset rather than shape a page.
const DOCUMENTS_QUERY = `*[_type in $types]`;

// Palette, EXIF and location are the bulk of an image asset's metadata, and no page reads them.
const ASSETS_QUERY = `*[_type in $assetTypes && _id in $ids]{..., defined(metadata) => {"metadata": metadata{dimensions, lqip, hasAlpha, isOpaque}}}`;

// A new `_updatedAt` tells of a publish, a smaller count of a deletion.
const REVISION_QUERY = `{"count": count(*[_type in $types]), "updatedAt": *[_type in $types && defined(_updatedAt)] | order(_updatedAt desc)[0]._updatedAt}`;

// A full disk or a read-only folder fails every save alike, so one warning a minute tells it.
const SAVE_WARNING_INTERVAL_MS = 60_000;

export interface SnapshotOptions {
	/** The live source: Sanity's API. */
	source: ContentSource;
	origin: SnapshotOrigin;
	log: Logger;
	/** How long a snapshot serves before Sanity is asked whether it changed. */
	maxAgeMs: number;
	/** Where it is saved across restarts; without it, it is kept in memory only. */
	file?: string | null | undefined;
	/** Where a failure to take it is told; by default a report of its own. */
	failures?: SourceFailureReport | undefined;
	now?: () => number;
}

/** A published snapshot, which the content cache falls back to (see `ContentFallback`). */
export interface PublishedSnapshot extends ContentFallback {
	/** Reads the saved snapshot, then brings it up to date; never rejects (failures are logged). */
	start(): Promise<void>;
	/** Takes a new snapshot, as after a webhook; resolves to whether one was taken. */
	retake(): Promise<boolean>;
}

type Step = 'check' | 'take';

/** A snapshot of the published content behind `source`. */
export function createPublishedSnapshot(options: SnapshotOptions): PublishedSnapshot {
	const { source, origin, log, maxAgeMs, file } = options;
	const now = options.now ?? Date.now;
	const query = createDatasetQuery();
	const failures = options.failures ?? createSourceFailureReport({ log, kind: source.kind, now });
	let current: (SnapshotContent & { dataset: QueryableDataset }) | null = null;
	let checkedAt = Number.NEGATIVE_INFINITY;
	let next: Step | null = null;
	let running: Promise<boolean> | null = null;
	let saveWarnedAt = Number.NEGATIVE_INFINITY;

	function keep(content: SnapshotContent): void {
		current = { ...content, dataset: queryableDataset(content.documents) };
	}

	async function readSaved(): Promise<void> {
		if (!file) return;
		try {
			const saved = await readSnapshot(file, origin);
			if (saved && !current) keep(saved);
		} catch (error) {
			log.warn(
				{ err: error, file },
				`the saved content snapshot cannot be used: ${(error as Error).message}. It is replaced by the next snapshot taken from Sanity`,
			);
		}
	}

	// One step at a time; a step asked for while one runs follows it, a `take` overriding a `check`.
	function schedule(step: Step): Promise<boolean> {
		next = next === 'take' ? 'take' : step;
		running ??= drain().finally(() => (running = null));
		return running;
	}

	function takeNext(): Step | null {
		const step = next;
		next = null;
		return step;
	}

	async function drain(): Promise<boolean> {
		let took = false;
		for (let step = takeNext(); step !== null; step = takeNext()) {
			took = (await runStep(step)) || took;
		}
		return took;
	}

	async function runStep(step: Step): Promise<boolean> {
		checkedAt = now();
		try {
			const revision = JSON.stringify(
				await source.fetch(REVISION_QUERY, { types: contentDocumentTypes }),
			);
			if (step === 'check' && current && revision === current.revision && knowsUpdates(revision)) {
				failures.answered();
				return false;
			}

			const content = { documents: await fetchDocuments(), takenAt: now(), revision };
			failures.answered();
			keep(content);
			log.info({ documents: content.documents.length }, 'took a snapshot of the published content');
			if (file) await save(file, content);
			return true;
		} catch (error) {
			failures.failed({
				what: 'the snapshot of the published content',
				error,
				snapshotTakenAt: current?.takenAt ?? null,
			});
			return false;
		}
	}

	async function save(to: string, content: SnapshotContent): Promise<void> {
		try {
			await saveSnapshot(to, origin, content);
		} catch (error) {
			if (now() - saveWarnedAt < SAVE_WARNING_INTERVAL_MS) return;

			saveWarnedAt = now();
			log.warn(
				{ err: error, file: to },
				`the content snapshot could not be saved to ${to} (${(error as Error).message}), so a restart starts without it. Check that its folder exists and the server may write there; this is logged at most once a minute`,
			);
		}
	}

	async function fetchDocuments(): Promise<ContentDocument[]> {
		const documents = asDocuments(
			await source.fetch(DOCUMENTS_QUERY, { types: contentDocumentTypes }),
		);
		const ids = [...referencesIn(documents)];
		const assets =
			ids.length === 0 ? [] : asDocuments(await source.fetch(ASSETS_QUERY, { assetTypes, ids }));
		return [...documents, ...assets];
	}

	async function answer(text: string, params: QueryParams) {
		if (!current) return null;
		return { value: await query(current.dataset, text, params) };
	}

	return {
		async start() {
			await readSaved();
			await schedule(current ? 'check' : 'take');
		},
		retake: () => schedule('take'),
		answer,
		takenAt: () => current?.takenAt ?? null,
		sourceAnswered() {
			if (!running && now() - checkedAt >= maxAgeMs) void schedule('check');
		},
	};
}

// A dataset whose documents carry no `_updatedAt` (not the Lake) cannot tell an edit.
function knowsUpdates(revision: string): boolean {
	return (JSON.parse(revision) as { updatedAt?: unknown }).updatedAt != null;
}

function asDocuments(value: unknown): ContentDocument[] {
	const valid =
		Array.isArray(value) &&
		value.every((item) => typeof item?._id === 'string' && typeof item?._type === 'string');
	if (!valid) throw new Error('Sanity answered with something other than a list of documents');
	return value as ContentDocument[];
}

/** The ids that `documents` refer to and that are not among them: their assets. */
function referencesIn(documents: ContentDocument[]): Set<string> {
	const own = new Set(documents.map((document) => document._id));
	const found = new Set<string>();
	const walk = (value: unknown): void => {
		if (Array.isArray(value)) return value.forEach(walk);
		if (value === null || typeof value !== 'object') return;
		for (const [key, field] of Object.entries(value)) {
			if (key === '_ref' && typeof field === 'string' && !own.has(field)) found.add(field);
			else walk(field);
		}
	};
	walk(documents);
	return found;
}
