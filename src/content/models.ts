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
import { explainIssues, quoteValue } from './explain.ts';
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

// An English text that is not text (a number, an object) is left out, so that the page falls
// back to Chinese instead of losing the whole document.
const englishText = z
	.string()
	.nullish()
	.catch(({ value }) => {
		noteProblem(
			`has an ${fieldLabel('en')} text set to ${quoteValue(value)}, which is not text, so the Chinese is shown instead: correct it in the Studio`,
		);
		return null;
	});

/** A Chinese text (required, not blank) with an optional English one. */
export const localized = z.object({
	zh: z.string().trim().min(1),
	en: englishText,
});

/** A text stored in both languages (the `Localized` of `src/i18n/locale.ts`). */
export type Localized = LocalizedValue;

/** An optional localised text: absent or unusable becomes `null` (unusable is noted). */
function optionalLocalized(field: string, type?: string) {
	return z
		.unknown()
		.optional()
		.transform((value): Localized | null => {
			if (value === null || value === undefined) return null;

			const parsed = localized.safeParse(value);
			if (parsed.success) return parsed.data;

			noteProblem(
				`has ${fieldLabel(field, type)} without Chinese text, so it is not shown: fill it in`,
			);
			return null;
		});
}

// A slug is one segment of a page's address, so it must come back unchanged from a browser:
// "/" and "\" would split it, "?" and "#" end the path, "%" reads as an escape, "." and ".."
// are resolved away, and spaces at either end are easily lost.
function slugFault(value: string): string | null {
	if (value === '.' || value === '..') return 'is a dot segment, which browsers remove';
	if (value.trim() !== value) return 'begins or ends with a space';

	const character = /[/\\?#%\u0000-\u001f\u007f]/.exec(value)?.[0];
	if (character === undefined) return null;
	return `holds ${JSON.stringify(character)}, which cannot stand in a web address`;
}

const slug = z
	.string()
	.min(1)
	.check((context) => {
		const fault = slugFault(context.value);
		if (fault === null) return;

		context.issues.push({
			code: 'custom',
			input: context.value,
			message: `${quoteValue(context.value)} ${fault}; click "Generate" to make a new one`,
		});
	});

/**
 * A yes/no field that is `false` when not set. A value that is neither yes nor no counts as
 * yes: invented content is rather shown as sample, and a place as approximate, than passed
 * off as checked fact.
 */
function flag(field: 'sample' | 'locationApproximate') {
	return z
		.unknown()
		.optional()
		.transform((value): boolean => {
			if (value === null || value === undefined) return false;
			if (typeof value === 'boolean') return value;

			noteProblem(
				`has ${fieldLabel(field)} set to ${quoteValue(value)}, which is neither yes nor no, so it is taken as yes: tick or untick it in the Studio`,
			);
			return true;
		});
}

const geopoint = z.object({
	lat: z.number().min(-90).max(90),
	lng: z.number().min(-180).max(180),
});

/** A point in WGS-84. */
export type Geopoint = z.infer<typeof geopoint>;

/**
 * A point taken as stored, `null` when missing or not numbers. An outreach site stays in the
 * list whatever its location; the map checks the point (`src/geo/validity.ts`), leaves a bad
 * one off and names the document, so nothing is noted here.
 */
const storedGeopoint = z
	.unknown()
	.optional()
	.transform((value): Geopoint | null => {
		const parsed = z.object({ lat: z.number(), lng: z.number() }).safeParse(value);
		return parsed.success ? parsed.data : null;
	});

const isoDay = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

// Only ISO 8601 as Sanity stores it: `Date.parse` alone would take "2024-02-30" for 1 March,
// "1" for 2001, and a time without a zone in the server's own zone.
function isIsoDate(value: string): boolean {
	const shaped = isoDay.safeParse(value).success || isoDateTime.safeParse(value).success;
	return shaped && !value.startsWith('0000') && !Number.isNaN(Date.parse(value));
}

const publishedAt = z.string().check((context) => {
	if (isIsoDate(context.value)) return;

	context.issues.push({
		code: 'custom',
		input: context.value,
		message: `${quoteValue(context.value)} is not a day of the calendar written like 2024-05-08T02:00:00Z; pick the date again`,
	});
});

/**
 * How precisely a story's date is known; `day` when not set. A value that is none of the
 * three shows only the year, which is never more precise than the editor knew.
 */
const datePrecision = z
	.unknown()
	.optional()
	.transform((value): (typeof datePrecisions)[number] => {
		if (value === null || value === undefined) return 'day';
		if ((datePrecisions as readonly unknown[]).includes(value)) {
			return value as (typeof datePrecisions)[number];
		}

		noteProblem(
			`has ${fieldLabel('datePrecision', 'story')} set to ${quoteValue(value)}, which is not one of "day", "month", "year", so only the year is shown: choose one in the Studio`,
		);
		return 'year';
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

const altText = z
	.unknown()
	.optional()
	.transform((value): Localized => {
		const parsed = z.object({ zh: z.string(), en: englishText }).safeParse(value);
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
	return z
		.unknown()
		.optional()
		.transform((value): ImageModel | null => {
			if (value === null || value === undefined) {
				if (required)
					noteProblem(`has no ${field}: upload "${fieldLabel(field, type)}" in the Studio`);
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
	return z
		.unknown()
		.optional()
		.transform((value): FileModel | null => {
			if (value === null || value === undefined) return null;

			const parsed = fileModel.safeParse(value);
			if (parsed.success) return parsed.data;

			noteProblem(
				`has ${fieldLabel(field, type)} without an uploaded file, so it is left out: upload it`,
			);
			return null;
		});
}

// ---------------------------------------------------------------------------------------
// References

interface ReferenceOptions {
	field: string;
	/** The type of the referring document. */
	type: string;
	/** The type the reference must point at. */
	to: string;
	/** Whether a missing reference is noted (the Studio requires the field). */
	required?: boolean;
}

/**
 * A reference projected as `{ _ref, ...@->{_type, …} }`: when the target is gone only `_ref`
 * is left, and the reference becomes `null` with a note; so does one that points at a
 * document of another type.
 */
function reference<T extends z.ZodType>(
	target: T,
	{ field, type, to, required }: ReferenceOptions,
) {
	return z
		.unknown()
		.optional()
		.transform((value): z.output<T> | null => {
			const label = fieldLabel(field, type);
			if (value === null || value === undefined) {
				if (required) noteProblem(`has no ${field}: choose "${label}" in the Studio`);
				return null;
			}

			const { _ref: ref, _type: targetType } = value as { _ref?: unknown; _type?: unknown };
			if (typeof targetType === 'string' && targetType !== to) {
				noteProblem(
					`has ${label} pointing at ${String(ref)}, whose type is ${targetType}, not ${to}: choose one of type ${to} in the Studio`,
				);
				return null;
			}

			const parsed = target.safeParse(value, { reportInput: true });
			if (parsed.success) return parsed.data;

			noteProblem(
				typeof ref === 'string' && !('_id' in (value as object))
					? `has ${label} pointing at ${ref}, which does not exist (deleted or unpublished): choose another one in the Studio`
					: `has ${label} pointing at a document that ${explainIssues(parsed.error)}`,
			);
			return null;
		});
}

/** An array whose unusable entries are left out (each noted) instead of failing the whole. */
function lenientArray<T extends z.ZodType>(item: T, field: string, type: string) {
	return z
		.unknown()
		.optional()
		.transform((value): Array<z.output<T>> => {
			if (value === null || value === undefined) return [];

			if (!Array.isArray(value)) {
				noteProblem(
					`has ${fieldLabel(field, type)} set to ${quoteValue(value)}, which is not a list, so it is left out: correct it in the Studio`,
				);
				return [];
			}

			return value.flatMap((entry) => {
				if (entry === null || typeof entry !== 'object') {
					noteProblem(
						`has an entry in ${fieldLabel(field, type)} set to ${quoteValue(entry)}, which is not an entry the site can read, so it was left out: remove it in the Studio`,
					);
					return [];
				}

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
	marks: z
		.array(z.string())
		.nullish()
		.transform((marks) => marks ?? []),
});

type Span = z.output<typeof span>;

// The pieces of a text block: spans, and inline objects, which the renderer shows or warns
// about. A span without text is left out; the rest of its paragraph stays.
function readableChildren(children: unknown[]): Span[] {
	return children.flatMap((child): Span[] => {
		const parsed = span.safeParse(child);
		if (parsed.success) return [parsed.data];

		const type = (child as { _type?: unknown } | null)?._type;
		if (typeof type === 'string' && type !== 'span') return [child as Span];

		noteProblem(
			`has a piece of text in ${fieldLabel('body', 'story')} set to ${quoteValue(child)}, which is not text, so it was left out: retype it in the Studio`,
		);
		return [];
	});
}

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
		children: z.array(z.unknown()).transform(readableChildren),
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
			`has a link in ${fieldLabel('body', 'story')} to ${quoteValue(href ?? '')}, which is not a web address, so the link was removed: enter an https:// address`,
		);
		return false;
	});

	const children = block.children.map((child) =>
		Array.isArray(child.marks)
			? { ...child, marks: child.marks.filter((mark) => !unsafe.has(mark)) }
			: child,
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
	children: Span[];
	[key: string]: unknown;
};

const imageTypes: ReadonlySet<unknown> = new Set(['image', 'accessibleImage']);

// One language of a body, which is not shown at all when it is not a list of blocks.
function readBodyBlocks(value: unknown, language: 'zh' | 'en'): BodyBlock[] {
	if (value === null || value === undefined) return [];

	if (!Array.isArray(value)) {
		noteProblem(
			`has a ${fieldLabel(language)} ${fieldLabel('body', 'story')} set to ${quoteValue(value)}, which is not a list of paragraphs, so it is not shown: rewrite it in the Studio`,
		);
		return [];
	}

	return value.flatMap(readBodyBlock);
}

function readBodyBlock(entry: unknown): BodyBlock[] {
	const body = fieldLabel('body', 'story');
	if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
		noteProblem(
			`has an entry in ${body} set to ${quoteValue(entry)}, which is not a block, so it was left out`,
		);
		return [];
	}

	const type = (entry as { _type?: unknown })._type;
	if (type === 'block') {
		const parsed = textBlock.safeParse(entry, { reportInput: true });
		if (parsed.success) return [parsed.data];

		noteProblem(
			`has a paragraph in ${body} that was left out because it ${explainIssues(parsed.error)}`,
		);
		return [];
	}

	if (imageTypes.has(type) || 'asset' in entry) {
		const parsed = bodyImage.safeParse(entry);
		if (parsed.success) return [parsed.data];

		noteProblem(
			`has an image in ${body} without an uploaded file, which was left out: upload it in the Studio`,
		);
		return [];
	}

	noteProblem(
		`has a block of type ${quoteValue(type)} in ${body}, which the site cannot show, so it was left out`,
	);
	return [];
}

/** A Portable Text body in Chinese with an optional English one. */
export type LocalizedBlocks = { zh: BodyBlock[]; en?: BodyBlock[] | null };

// A story without a body still has its title and excerpt, and lists link to it, so its page
// is shown with an empty body rather than not at all.
const localizedBlocks = z
	.unknown()
	.optional()
	.transform((value): LocalizedBlocks => {
		const { zh, en } = (value ?? {}) as { zh?: unknown; en?: unknown };
		const chinese = readBodyBlocks(zh, 'zh');
		if (chinese.length === 0) {
			noteProblem(`has no Chinese ${fieldLabel('body', 'story')}: write it in the Studio`);
		}

		return { zh: chinese, en: en === null || en === undefined ? null : readBodyBlocks(en, 'en') };
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
	datePrecision,
	/** The time a story covers, such as "the past five years", shown instead of its date. */
	period: optionalLocalized('period', 'story'),
	category: z.enum(storyCategories),
	/** `null` when the cover image is missing or has no uploaded file: render without it. */
	coverImage: droppableImage('coverImage', 'story', true),
	excerpt: localized,
	sample: flag('sample'),
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
	website: z
		.unknown()
		.optional()
		.transform((value): string | null => {
			if (value === null || value === undefined || value === '') return null;
			if (typeof value === 'string' && /^https?:\/\//i.test(value) && URL.canParse(value)) {
				return value;
			}
			noteProblem(
				`has ${fieldLabel('website', 'institution')} set to ${quoteValue(value)}, which is not a web address, so it is not shown: enter an https:// address`,
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
		institution: reference(institutionRef, {
			field: 'institution',
			type: 'exhibit',
			to: 'institution',
		}),
		// An exhibit without its hall keeps its own page and its place on the timeline, but
		// no hall of the museum shows it.
		hall: reference(hallRef, { field: 'hall', type: 'exhibit', to: 'hall', required: true }),
		order: z.number(),
		sample: flag('sample'),
	})
	.transform((value) => {
		if (value.images.length === 0) {
			noteProblem(
				`has no usable ${fieldLabel('images', 'exhibit')}: upload at least one in the Studio`,
			);
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
	sample: flag('sample'),
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

/** The check-in radius the Studio allows, in metres. */
export const radiusRange = { min: 20, max: 500 } as const;

// A radius outside the range is brought to its nearest bound rather than hiding the stop: the
// Studio refuses such a value, so it came in some other way.
const radius = z.number().transform((value) => {
	const bounded = Math.min(radiusRange.max, Math.max(radiusRange.min, value));
	if (bounded !== value) {
		noteProblem(
			`has ${fieldLabel('radius', 'routeStop')} set to ${value}, outside ${radiusRange.min}–${radiusRange.max} m, so ${bounded} m is used: correct it in the Studio`,
		);
	}
	return bounded;
});

export const routeStop = z.object({
	_id: z.string(),
	title: localized,
	slug,
	location: geopoint,
	radius,
	/** Empty: always open. */
	openingHours: lenientArray(openingHours, 'openingHours', 'routeStop'),
	hoursNote: optionalLocalized('hoursNote', 'routeStop'),
	address: localized,
	district: z.enum(districts),
	description: localized,
	directions: localized,
	image: droppableImage('image', 'routeStop', true),
	institution: reference(institutionRef, {
		field: 'institution',
		type: 'routeStop',
		to: 'institution',
	}),
	locationApproximate: flag('locationApproximate'),
	sample: flag('sample'),
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
	location: storedGeopoint,
	activities: lenientArray(localized, 'activities', 'outreachSite'),
	photo: droppableImage('photo', 'outreachSite', false),
	institution: reference(institutionRef, {
		field: 'institution',
		type: 'outreachSite',
		to: 'institution',
	}),
	locationApproximate: flag('locationApproximate'),
	sample: flag('sample'),
});

/** A place where the society works with the public (map and list). */
export type OutreachSite = z.infer<typeof outreachSite>;

// The Studio gives every entry of a list a key; one written some other way may lack it, which
// costs the entry nothing.
const entryKey = z
	.string()
	.nullish()
	.transform((key) => key ?? '');

// The plan's comparable five-year figure, left out (noted) when it is not a count.
const baseline = z
	.unknown()
	.optional()
	.transform((value): number | null => {
		if (value === null || value === undefined) return null;
		if (typeof value === 'number' && value >= 0) return value;

		noteProblem(
			`has a ${fieldLabel('baseline')} set to ${quoteValue(value)}, which is not a number of 0 or more, so the goal is shown without it: correct it in the Studio`,
		);
		return null;
	});

export const target = z.object({
	_key: entryKey,
	label: localized,
	unit: localized,
	// A goal of nothing, or less, cannot be drawn or believed: such an entry is left out.
	target: z.number().positive(),
	baseline,
	baselineUnit: optionalLocalized('baselineUnit'),
	baselineLabel: optionalLocalized('baselineLabel'),
});

/** A 2029 target of the plan, with the plan's own comparable five-year figure if any. */
export type Target = z.infer<typeof target>;

export const figure = z.object({
	_key: entryKey,
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
	// The Studio requires it, but a settings document written before the field existed has
	// none: the home page then says what the society does in the site's short description.
	about: optionalLocalized('about', 'siteSettings'),
	mission: localized,
	planTitle: localized,
	targets: lenientArray(target, 'targets', 'siteSettings'),
	figures: lenientArray(figure, 'figures', 'siteSettings'),
	contact: optionalLocalized('contact', 'siteSettings'),
});

/** The site's title, what the society does, its mission and the plan's targets and results. */
export type SiteSettings = z.infer<typeof siteSettings>;
