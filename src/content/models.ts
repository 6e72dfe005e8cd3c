/**
 * The content the site renders, as zod schemas and the types inferred from them.
 *
 * The schemas check what a query returns (see `queries.ts`) and repair what can be repaired
 * so that one bad field does not hide a whole document: a missing English text stays
 * missing (the page falls back to Chinese), an image without an uploaded file is dropped, a
 * reference to a deleted document becomes `null`, an unsafe link loses its link, an unknown
 * Portable Text block is left out. Each repair is noted (see `problems.ts`) and the
 * repository logs it once per document.
 */
import type { PortableTextBlock } from '@portabletext/types';
import { uriLooksSafe } from '@portabletext/to-html';
import { z } from 'zod';

import type { Localized as LocalizedValue } from '../i18n/locale.ts';
import { explainIssues } from './explain.ts';
import { fieldLabel } from './field-labels.ts';
import { noteProblem } from './problems.ts';

export const storyCategories = [
	'donation',
	'first-aid',
	'relief',
	'culture',
	'youth',
	'volunteers',
	'fundraising',
	'organization',
] as const;

export const districts = [
	'tianyuan',
	'hetang',
	'lusong',
	'shifeng',
	'lukou',
	'liling',
	'youxian',
	'chaling',
	'yanling',
] as const;

export const exhibitKinds = [
	'document',
	'photograph',
	'instrument',
	'medicine',
	'uniform',
	'artwork',
	'model',
] as const;

export const outreachSiteKinds = [
	'community',
	'school',
	'enterprise',
	'park',
	'hospital',
	'station',
	'village',
	'scenic',
] as const;

export const institutionKinds = [
	'hospital',
	'college',
	'school',
	'government',
	'foundation',
	'enterprise',
	'scenic',
	'other',
] as const;

export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const datePrecisions = ['day', 'month', 'year'] as const;

// ---------------------------------------------------------------------------------------
// Building blocks

/** A Chinese text (required, not blank) with an optional English one. */
export const localized = z.object({
	zh: z.string().trim().min(1),
	en: z.string().nullish(),
});

/** A text stored in both languages (the `Localized` of `src/i18n/locale.ts`). */
export type Localized = LocalizedValue;

/** An optional localised text: absent or unusable becomes `null` (unusable is noted). */
function optionalLocalized(field: string, type?: string) {
	return z.unknown().optional().transform((value): Localized | null => {
		if (value === null || value === undefined) return null;

		const parsed = localized.safeParse(value);
		if (parsed.success) return parsed.data;

		noteProblem(`has ${fieldLabel(field, type)} without Chinese text, so it is not shown: fill it in`);
		return null;
	});
}

const slug = z.string().trim().min(1);

/** A yes/no field that is `false` when not set (`sample`, `locationApproximate`). */
const flag = z
	.boolean()
	.nullish()
	.transform((value) => value ?? false);

const geopoint = z.object({
	lat: z.number().min(-90).max(90),
	lng: z.number().min(-180).max(180),
});

/** A point in WGS-84. */
export type Geopoint = z.infer<typeof geopoint>;

const publishedAt = z.string().refine((value) => !Number.isNaN(Date.parse(value)), {
	message: 'not a date',
});

// ---------------------------------------------------------------------------------------
// Images and files

const imageAsset = z.object({
	_id: z.string(),
	url: z.string().min(1),
	width: z.number().positive(),
	height: z.number().positive(),
	extension: z.string(),
});

const crop = z.object({ top: z.number(), bottom: z.number(), left: z.number(), right: z.number() });

const hotspot = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

const altText = z.unknown().optional().transform((value): Localized => {
	const parsed = z.object({ zh: z.string(), en: z.string().nullish() }).safeParse(value);
	if (parsed.success && parsed.data.zh.trim() !== '') return parsed.data;

	noteProblem(`has an image without ${fieldLabel('alt')}: describe what it shows in the Studio`);
	return parsed.success ? parsed.data : { zh: '' };
});

/** An uploaded image with its size, its text alternative and the editor's crop. */
export const imageModel = z.object({
	asset: imageAsset,
	alt: altText,
	caption: optionalLocalized('caption'),
	crop: crop.nullish(),
	hotspot: hotspot.nullish(),
});

export type ImageModel = z.infer<typeof imageModel>;

/**
 * An image field that may be dropped: no value gives `null` (noted when `required`), and a
 * value without an uploaded file gives `null` with a note.
 */
function droppableImage(field: string, type: string, required: boolean) {
	return z.unknown().optional().transform((value): ImageModel | null => {
		if (value === null || value === undefined) {
			if (required) noteProblem(`has no ${field}: upload "${fieldLabel(field, type)}" in the Studio`);
			return null;
		}

		const parsed = imageModel.safeParse(value, { reportInput: true });
		if (parsed.success) return parsed.data;

		noteProblem(
			`has ${fieldLabel(field, type)} without an uploaded image, so it is left out: upload it in the Studio`,
		);
		return null;
	});
}

/** An uploaded file (a glTF model, an audio recording) as the site links to it. */
export const fileModel = z.object({
	_id: z.string(),
	url: z.string().min(1),
	extension: z.string(),
	mimeType: z.string().nullish(),
	size: z.number().nullish(),
});

export type FileModel = z.infer<typeof fileModel>;

function optionalFile(field: string, type: string) {
	return z.unknown().optional().transform((value): FileModel | null => {
		if (value === null || value === undefined) return null;

		const parsed = fileModel.safeParse(value);
		if (parsed.success) return parsed.data;

		noteProblem(`has ${fieldLabel(field, type)} without an uploaded file, so it is left out: upload it`);
		return null;
	});
}

// ---------------------------------------------------------------------------------------
// References

/**
 * A reference projected as `{ _ref, ...@->{…} }`: when the target is gone only `_ref` is
 * left, and the reference becomes `null` with a note.
 */
function reference<T extends z.ZodType>(target: T, field: string, type: string) {
	return z.unknown().optional().transform((value): z.output<T> | null => {
		if (value === null || value === undefined) return null;

		const parsed = target.safeParse(value, { reportInput: true });
		if (parsed.success) return parsed.data;

		const ref = (value as { _ref?: unknown })._ref;
		noteProblem(
			typeof ref === 'string' && !('_id' in (value as object))
				? `has ${fieldLabel(field, type)} pointing at ${ref}, which does not exist (deleted or unpublished): choose another one in the Studio`
				: `has ${fieldLabel(field, type)} pointing at a document that ${explainIssues(parsed.error)}`,
		);
		return null;
	});
}

/** An array whose unusable entries are left out (each noted) instead of failing the whole. */
function lenientArray<T extends z.ZodType>(item: T, field: string, type: string) {
	return z.unknown().optional().transform((value): Array<z.output<T>> => {
		if (!Array.isArray(value)) return [];

		return value.flatMap((entry) => {
			const parsed = item.safeParse(entry, { reportInput: true });
			if (parsed.success) return [parsed.data];

			noteProblem(
				`has an entry in ${fieldLabel(field, type)} that was left out because it ${explainIssues(parsed.error)}`,
			);
			return [];
		});
	});
}

export const institutionRef = z.object({ _id: z.string(), name: localized, slug });

/** An institution as other documents show it: a name and a link. */
export type InstitutionRef = z.infer<typeof institutionRef>;

export const hallRef = z.object({ _id: z.string(), title: localized, slug });

/** A hall as an exhibit names it. */
export type HallRef = z.infer<typeof hallRef>;

// ---------------------------------------------------------------------------------------
// Portable Text

const span = z.looseObject({
	_type: z.literal('span'),
	_key: z.string().optional(),
	text: z.string(),
	marks: z.array(z.string()).optional(),
});

const markDefinition = z.looseObject({
	_type: z.string(),
	_key: z.string(),
	href: z.unknown().optional(),
});

const textBlock = z
	.looseObject({
		_type: z.literal('block'),
		_key: z.string().optional(),
		style: z.string().optional(),
		listItem: z.string().optional(),
		level: z.number().optional(),
		children: z.array(span),
		markDefs: z.array(markDefinition).nullish(),
	})
	.transform((block): PortableTextBlock => withSafeLinks(block));

/** An image placed inside a Portable Text body. */
export const bodyImage = imageModel.extend({
	_type: z.string(),
	_key: z.string().optional(),
});

export type BodyImage = z.infer<typeof bodyImage>;

/** One entry of a body: a text block (paragraph, heading, list item, quote) or an image. */
export type BodyBlock = PortableTextBlock | BodyImage;

// Removes links whose address could run script (javascript:, data: …); the text stays.
function withSafeLinks(block: TextBlockInput): PortableTextBlock {
	const unsafe = new Set<string>();
	const markDefs = (block.markDefs ?? []).filter((definition) => {
		if (definition._type !== 'link') return true;

		const href = definition.href;
		if (typeof href === 'string' && looksSafe(href)) return true;

		unsafe.add(definition._key);
		noteProblem(
			`has a link in ${fieldLabel('body', 'story')} to ${JSON.stringify(href ?? '')}, which is not a web address, so the link was removed: enter an https:// address`,
		);
		return false;
	});

	const children = block.children.map((child) =>
		child.marks ? { ...child, marks: child.marks.filter((mark) => !unsafe.has(mark)) } : child,
	);
	return { ...block, markDefs, children } as PortableTextBlock;
}

// Browsers ignore tabs, newlines and control characters inside a URL ("java\tscript:" is
// "javascript:" to them), so the scheme is judged without them.
function looksSafe(href: string): boolean {
	const cleaned = href.replace(/[\u0000-\u001f\u007f]/g, '').trim();
	return cleaned !== '' && uriLooksSafe(cleaned);
}

type TextBlockInput = {
	_type: 'block';
	markDefs?: Array<z.output<typeof markDefinition>> | null;
	children: Array<z.output<typeof span>>;
	[key: string]: unknown;
};

const bodyBlocks = z.unknown().optional().transform((value): BodyBlock[] => {
	if (!Array.isArray(value)) return [];

	return value.flatMap((entry): BodyBlock[] => {
		const type = (entry as { _type?: unknown } | null)?._type;

		if (type === 'block') {
			const parsed = textBlock.safeParse(entry);
			if (parsed.success) return [parsed.data];
			noteProblem(`has a damaged paragraph in ${fieldLabel('body', 'story')}, which was left out`);
			return [];
		}

		if (entry && typeof entry === 'object' && 'asset' in entry) {
			const parsed = bodyImage.safeParse(entry);
			if (parsed.success) return [parsed.data];
			noteProblem(
				`has an image in ${fieldLabel('body', 'story')} without an uploaded file, which was left out: upload it in the Studio`,
			);
			return [];
		}

		noteProblem(
			`has a block of type ${JSON.stringify(type)} in ${fieldLabel('body', 'story')}, which the site cannot show, so it was left out`,
		);
		return [];
	});
});

/** A Portable Text body in Chinese with an optional English one. */
export type LocalizedBlocks = { zh: BodyBlock[]; en?: BodyBlock[] | null };

// A story without a body still has its title and excerpt, and lists link to it, so its page
// is shown with an empty body rather than not at all.
const localizedBlocks = z
	.unknown()
	.optional()
	.transform((value): LocalizedBlocks => {
		const { zh, en } = (value ?? {}) as { zh?: unknown; en?: unknown };
		const chinese = bodyBlocks.parse(zh);
		if (chinese.length === 0) {
			noteProblem(`has no Chinese ${fieldLabel('body', 'story')}: write it in the Studio`);
		}

		return { zh: chinese, en: en === null || en === undefined ? null : bodyBlocks.parse(en) };
	});

// ---------------------------------------------------------------------------------------
// Documents

export type StoryCategory = (typeof storyCategories)[number];
export type District = (typeof districts)[number];
export type Weekday = (typeof weekdays)[number];

export const storySummary = z.object({
	_id: z.string(),
	title: localized,
	slug,
	publishedAt,
	datePrecision: z
		.enum(datePrecisions)
		.nullish()
		.transform((value) => value ?? 'day'),
	category: z.enum(storyCategories),
	/** `null` when the cover image is missing or has no uploaded file: render without it. */
	coverImage: droppableImage('coverImage', 'story', true),
	excerpt: localized,
	sample: flag,
});

/** A story as lists show it. `coverImage` is `null` when the editor uploaded none. */
export type StorySummary = z.infer<typeof storySummary>;

/** A story without its related stories, which the repository checks one by one. */
export const story = storySummary.extend({
	body: localizedBlocks,
});

/** A whole story with its body and the related stories that still exist and are valid. */
export type Story = z.infer<typeof story> & { related: StorySummary[] };

export const institution = z.object({
	_id: z.string(),
	name: localized,
	slug,
	kind: z.enum(institutionKinds),
	district: z.enum(districts).nullish(),
	description: optionalLocalized('description', 'institution'),
	website: z.unknown().optional().transform((value): string | null => {
		if (value === null || value === undefined || value === '') return null;
		if (typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value)) {
			return value;
		}
		noteProblem(
			`has ${fieldLabel('website', 'institution')} set to ${JSON.stringify(value)}, which is not a web address, so it is not shown: enter an https:// address`,
		);
		return null;
	}),
});

/** A partner institution (a hospital, a school, a lender of exhibits). */
export type Institution = z.infer<typeof institution>;

export const exhibit = z
	.object({
		_id: z.string(),
		title: localized,
		slug,
		era: localized,
		year: z.number(),
		kind: z.enum(exhibitKinds),
		images: lenientArray(imageModel, 'images', 'exhibit'),
		model: optionalFile('model', 'exhibit'),
		modelDescription: optionalLocalized('modelDescription', 'exhibit'),
		narration: optionalFile('narration', 'exhibit'),
		transcript: optionalLocalized('transcript', 'exhibit'),
		description: localized,
		institution: reference(institutionRef, 'institution', 'exhibit'),
		hall: reference(hallRef, 'hall', 'exhibit'),
		order: z.number(),
		sample: flag,
	})
	.transform((value) => {
		if (value.images.length === 0) {
			noteProblem(`has no usable ${fieldLabel('images', 'exhibit')}: upload at least one in the Studio`);
		}

		// Audio without its transcript would shut out deaf visitors, so it is not offered.
		if (value.narration && !value.transcript) {
			noteProblem(
				`has ${fieldLabel('narration', 'exhibit')} but no ${fieldLabel('transcript', 'exhibit')}, so the narration is not offered: add the transcript`,
			);
			return { ...value, narration: null };
		}

		return value;
	});

/** A museum exhibit. `images` may be empty when none has an uploaded file. */
export type Exhibit = z.infer<typeof exhibit>;

export const hall = z.object({
	_id: z.string(),
	title: localized,
	slug,
	theme: localized,
	eraStart: z.number().int(),
	eraEnd: z.number().int(),
	order: z.number(),
	ambientSound: optionalFile('ambientSound', 'hall'),
	ambientDescription: optionalLocalized('ambientDescription', 'hall'),
	sample: flag,
});

/** A hall of the museum, without its exhibits. */
export type Hall = z.infer<typeof hall>;

/** A hall with its exhibits in their order. */
export type HallWithExhibits = Hall & { exhibits: Exhibit[] };

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'not a time like 09:30');

export const openingHours = z.object({
	_key: z.string().optional(),
	days: z.array(z.enum(weekdays)).min(1),
	opens: clockTime,
	closes: clockTime,
});

/** One line of a stop's opening hours: on `days`, from `opens` to `closes` (HH:mm). */
export type OpeningHours = z.infer<typeof openingHours>;

export const routeStop = z.object({
	_id: z.string(),
	title: localized,
	slug,
	location: geopoint,
	radius: z.number().min(1),
	/** Empty: always open. */
	openingHours: lenientArray(openingHours, 'openingHours', 'routeStop'),
	hoursNote: optionalLocalized('hoursNote', 'routeStop'),
	address: localized,
	district: z.enum(districts),
	description: localized,
	directions: localized,
	image: droppableImage('image', 'routeStop', true),
	institution: reference(institutionRef, 'institution', 'routeStop'),
	locationApproximate: flag,
	sample: flag,
});

/** A stop of the check-in route. `image` is `null` when none is uploaded. */
export type RouteStop = z.infer<typeof routeStop>;

/** The check-in route without its stops, which the repository checks one by one. */
export const route = z.object({
	_id: z.string(),
	title: localized,
	slug,
	description: localized,
});

export type Route = z.infer<typeof route>;

/** The check-in route with its stops in walking order. */
export type RouteWithStops = Route & { stops: RouteStop[] };

export const outreachSite = z.object({
	_id: z.string(),
	name: localized,
	slug,
	kind: z.enum(outreachSiteKinds),
	district: z.enum(districts),
	address: localized,
	location: geopoint,
	activities: lenientArray(localized, 'activities', 'outreachSite'),
	photo: droppableImage('photo', 'outreachSite', false),
	institution: reference(institutionRef, 'institution', 'outreachSite'),
	locationApproximate: flag,
	sample: flag,
});

/** A place where the society works with the public (map and list). */
export type OutreachSite = z.infer<typeof outreachSite>;

export const target = z.object({
	_key: z.string(),
	label: localized,
	unit: localized,
	target: z.number(),
	baseline: z.number().nullish(),
	baselineLabel: optionalLocalized('baselineLabel'),
});

/** A 2029 target of the plan, with the plan's own comparable five-year figure if any. */
export type Target = z.infer<typeof target>;

export const figure = z.object({
	_key: z.string(),
	label: localized,
	value: z.number(),
	unit: localized,
});

/** A five-year result of the plan. */
export type Figure = z.infer<typeof figure>;

export const siteSettings = z.object({
	_id: z.string(),
	title: localized,
	tagline: localized,
	mission: localized,
	planTitle: localized,
	targets: lenientArray(target, 'targets', 'siteSettings'),
	figures: lenientArray(figure, 'figures', 'siteSettings'),
	contact: optionalLocalized('contact', 'siteSettings'),
});

/** The site's title, mission and the plan's targets and results. */
export type SiteSettings = z.infer<typeof siteSettings>;
