/**
 * The plan's 100 humanitarian outreach sites (人道传播阵地): first the real ones the plan
 * names, at the route's stops, then sample sites marked as such to make up the number.
 */
import { slugify, uniqueSlug } from '../../src/slug.ts';
import { stableKey, type ExportImage } from './assets.ts';
import type { BuildContext, DatasetDocument } from './context.ts';
import { localeString, type Bilingual } from './locale.ts';
import { activities, type ActivityKey, type SiteKind } from './places/activities.ts';
import type { District } from './places/districts.ts';
import { kindDrawings } from './places/kind-drawings.ts';
import {
	accessibleImage,
	drawingCaption,
	geopoint,
	reference,
	slugField,
	type LatLng,
} from './places/fields.ts';
import { realSites } from './places/real-sites.ts';
import { planSampleSites } from './places/sample-sites.ts';
import { stopByKey } from './places/stops.ts';

/** How many outreach sites the plan sets out to build (打造人道传播阵地100个). */
export const OUTREACH_SITE_TARGET = 100;

/** What a site document is made from, real or sample. */
interface SiteSource {
	name: Bilingual;
	kind: SiteKind;
	district: District;
	address: Bilingual;
	location: LatLng;
	activities: ActivityKey[];
	photo?: { svg: string; alt: Bilingual };
	institution?: string;
	sample: boolean;
}

/** Exactly 100 `outreachSite` documents, `site-001` … `site-100`, real sites first. */
export async function buildSites({ assets }: BuildContext): Promise<DatasetDocument[]> {
	const sources = [...realSources(), ...sampleSources()];
	if (sources.length !== OUTREACH_SITE_TARGET) {
		throw new Error(
			`The outreach-site tables give ${sources.length} sites, but the plan's target is ${OUTREACH_SITE_TARGET}. Change the counts in scripts/dataset/places/sample-sites.ts so that real and sample sites add up to ${OUTREACH_SITE_TARGET}.`,
		);
	}

	// Many sample sites share a drawing: render each one once.
	const rendered = new Map<string, Promise<ExportImage>>();
	const render = (svg: string) => {
		if (!rendered.has(svg)) rendered.set(svg, assets.image(svg, 'webp'));
		return rendered.get(svg) as Promise<ExportImage>;
	};

	const taken = new Set<string>();
	const documents: DatasetDocument[] = [];
	for (const [index, source] of sources.entries()) {
		const id = `site-${String(index + 1).padStart(3, '0')}`;
		const photo = source.photo && {
			photo: accessibleImage(await render(source.photo.svg), source.photo.alt, drawingCaption),
		};

		documents.push({
			_id: id,
			_type: 'outreachSite',
			name: localeString(source.name),
			slug: slugField(uniqueSlug(slugify(source.name.zh, 'site'), taken)),
			kind: source.kind,
			district: source.district,
			address: localeString(source.address),
			location: geopoint(source.location),
			activities: source.activities.map((key) => ({
				...localeString(activities[key]),
				_key: stableKey(id, key),
			})),
			...photo,
			...(source.institution && { institution: reference(source.institution) }),
			...(source.sample ? { sample: true } : { locationApproximate: true, sample: false }),
		});
	}
	return documents;
}

// A real site stands at its route stop: same point, drawing and institution.
function realSources(): SiteSource[] {
	return realSites.map((site) => {
		const stop = stopByKey(site.stopKey);
		return {
			name: site.name,
			kind: site.kind,
			district: stop.district,
			address: stop.address,
			location: stop.location,
			activities: site.activities,
			photo: { svg: stop.drawing(), alt: stop.imageAlt },
			institution: stop.institution,
			sample: false,
		};
	});
}

function sampleSources(): SiteSource[] {
	return planSampleSites().map((site) => {
		const drawing = kindDrawings[site.kind];
		return {
			name: site.name,
			kind: site.kind,
			district: site.district,
			address: site.address,
			location: site.location,
			activities: site.activities,
			...(site.hasPhoto && { photo: { svg: drawing.draw(), alt: drawing.alt } }),
			sample: true,
		};
	});
}
