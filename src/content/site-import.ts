/**
 * Turns the good rows of a site sheet into `outreachSite` documents and writes them to a
 * dataset: the `content/` folder or a Sanity dataset. A row updates the site with the same
 * Chinese name in the same district, keeping what the sheet does not carry (photo,
 * institution, English text for unchanged Chinese); a new site gets an id derived from its
 * district and name, so importing the same sheet twice creates nothing new.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SanityClient } from '@sanity/client';

import { slugify, uniqueSlug } from '../slug.ts';
import type { ContentDocument } from './export-layout.ts';
import { OUTREACH_SITES_FOR_IMPORT_QUERY } from './queries.ts';
import { siteKey, type SiteRow } from './site-csv.ts';

/** What an import does to the dataset. */
export interface SiteImportPlan {
	created: ContentDocument[];
	updated: ContentDocument[];
	unchanged: ContentDocument[];
}

/** Where sites are read from and written to. */
export interface SiteDataset {
	/** Where it is, for the report. */
	readonly name: string;
	/** Every `outreachSite` document it holds (published ones). */
	outreachSites(): Promise<ContentDocument[]>;
	/** Creates or replaces these documents, all or none. */
	write(documents: ContentDocument[]): Promise<void>;
}

/** The documents `rows` become next to the `existing` outreach sites. */
export function planSiteImport(rows: SiteRow[], existing: ContentDocument[]): SiteImportPlan {
	const byKey = new Map(existing.map((site) => [keyOf(site), site]));
	const slugs = new Set(existing.map((site) => slugOf(site)).filter((slug) => slug !== ''));
	const plan: SiteImportPlan = { created: [], updated: [], unchanged: [] };

	for (const row of rows) {
		const earlier = byKey.get(siteKey(row.name, row.district));
		if (earlier) {
			const merged = mergeRow(earlier, row);
			const list = sameDocument(earlier, merged) ? plan.unchanged : plan.updated;
			list.push(merged);
			continue;
		}

		const base = slugify(row.name, 'site');
		const slug = uniqueSlug(slugs.has(base) ? `${base}-${row.district}` : base, slugs);
		plan.created.push(
			mergeRow({ _id: newSiteId(row), _type: 'outreachSite', slug: slugValue(slug) }, row),
		);
	}

	return plan;
}

/** The id of a site first imported from `row`: district and pinyin name, stable across runs. */
export function newSiteId(row: Pick<SiteRow, 'name' | 'district'>): string {
	return `site-${row.district}-${slugify(row.name, 'site')}`.slice(0, 100);
}

function mergeRow(earlier: ContentDocument, row: SiteRow): ContentDocument {
	const name = localized(earlier['name'], row.name, row.nameEn);
	const address = localized(earlier['address'], row.address, row.addressEn);
	const activities =
		row.activities.length > 0
			? row.activities.map((activity) => ({
					_type: 'localeString',
					_key: stableKey(activity),
					zh: activity,
				}))
			: (earlier['activities'] ?? []);

	return {
		...earlier,
		name,
		kind: row.kind,
		district: row.district,
		address,
		location: { _type: 'geopoint', lat: round(row.location.lat), lng: round(row.location.lng) },
		activities,
		// Staff put the coordinates in the sheet themselves, and the site is real.
		locationApproximate: false,
		sample: false,
	};
}

// The Chinese text from the sheet; the English kept when the Chinese did not change.
function localized(earlier: unknown, zh: string, en: string | null) {
	const previous = (earlier ?? {}) as { zh?: unknown; en?: unknown };
	const keptEnglish = previous.zh === zh && typeof previous.en === 'string' ? previous.en : null;
	const english = en ?? keptEnglish;
	return { _type: 'localeString', zh, ...(english ? { en: english } : {}) };
}

function keyOf(site: ContentDocument): string {
	const name = (site['name'] as { zh?: unknown } | undefined)?.zh;
	return siteKey(typeof name === 'string' ? name : '', String(site['district'] ?? ''));
}

function slugOf(site: ContentDocument): string {
	const current = (site['slug'] as { current?: unknown } | undefined)?.current;
	return typeof current === 'string' ? current : '';
}

function slugValue(current: string) {
	return { _type: 'slug', current };
}

function sameDocument(a: ContentDocument, b: ContentDocument): boolean {
	return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sorted);
	if (value === null || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value)
			.filter(([key]) => !key.startsWith('_') || key === '_id' || key === '_type' || key === '_key')
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([key, field]) => [key, sorted(field)]),
	);
}

function stableKey(text: string): string {
	return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

// Six decimals is about 0.1 m: more is noise from the datum conversion.
function round(degrees: number): number {
	return Math.round(degrees * 1e6) / 1e6;
}

/** The bundled dataset's folder as a site dataset: the NDJSON file is rewritten in place. */
export function folderDataset(contentDir: string, file = 'data.ndjson'): SiteDataset {
	const path = join(contentDir, file);

	async function lines(): Promise<string[]> {
		const text = await readFile(path, 'utf8');
		return text
			.replace(/^\uFEFF/, '')
			.split('\n')
			.filter((line) => line.trim() !== '');
	}

	return {
		name: path,
		async outreachSites() {
			return (await lines())
				.map((line) => JSON.parse(line) as ContentDocument)
				.filter(
					(document) => document._type === 'outreachSite' && !document._id.startsWith('drafts.'),
				);
		},
		async write(documents) {
			const replacing = new Map(documents.map((document) => [document._id, document]));
			const kept = (await lines()).map((line) => {
				const { _id } = JSON.parse(line) as ContentDocument;
				const replacement = replacing.get(_id);
				if (!replacement) return line;

				replacing.delete(_id);
				return JSON.stringify(replacement);
			});
			const added = [...replacing.values()].map((document) => JSON.stringify(document));

			// Written beside the file and renamed over it, so a running server never reads half of it.
			const temporary = join(contentDir, `.${file}.${process.pid}.tmp`);
			await writeFile(temporary, `${[...kept, ...added].join('\n')}\n`);
			await rename(temporary, path);
		},
	};
}

/** A Sanity dataset as a site dataset, written in transactions of `createOrReplace`. */
export function sanityDataset(client: SanityClient): SiteDataset {
	const { projectId, dataset } = client.config();

	return {
		name: `Sanity ${projectId}/${dataset}`,
		outreachSites: () =>
			client.fetch<ContentDocument[]>(OUTREACH_SITES_FOR_IMPORT_QUERY, {}, { perspective: 'raw' }),
		async write(documents) {
			for (let start = 0; start < documents.length; start += 100) {
				const transaction = client.transaction();
				for (const document of documents.slice(start, start + 100)) {
					// The Lake sets revision and timestamps itself.
					const { _rev, _createdAt, _updatedAt, ...fields } = document;
					transaction.createOrReplace(fields as Parameters<typeof transaction.createOrReplace>[0]);
				}
				await transaction.commit({ visibility: 'sync' });
			}
		},
	};
}
