/**
 * What the 3D hall receives from the page: the halls and exhibits with their text already
 * in the page's language (Chinese where English is missing, marked with its `lang`) and the
 * addresses of their pictures, models and sounds. It travels as JSON inside the page.
 */
import type { Exhibit, FileModel, HallWithExhibits, ImageModel } from '../content/models.ts';
import { pick, type Locale, type Localized } from '../i18n/locale.ts';
import type { NarrationLang } from './captions.ts';
import type { PlanExhibit } from './hall-layout.ts';

/** A text and the language it is written in. */
export interface ViewText {
	text: string;
	lang: NarrationLang;
}

export interface ViewPicture {
	/** The picture at most 1024 px wide (phones). */
	small: string;
	/** The picture at most 2048 px wide. */
	large: string;
	width: number;
	height: number;
	alt: ViewText;
}

export interface ViewExhibit {
	slug: string;
	title: ViewText;
	era: ViewText;
	year: number;
	/** The kind's name in the page's language. */
	kind: string;
	description: ViewText;
	lender: ViewText | null;
	sample: boolean;
	picture: ViewPicture | null;
	model: { url: string; description: ViewText | null } | null;
	/** The recording (if any) and the text it reads, which captions show. */
	narration: { url: string | null; text: ViewText };
	pageUrl: string;
}

export interface ViewHall {
	slug: string;
	title: ViewText;
	theme: ViewText;
	eraStart: number;
	eraEnd: number;
	sample: boolean;
	ambient: { url: string; description: ViewText | null } | null;
	exhibits: ViewExhibit[];
}

export interface MuseumView {
	locale: Locale;
	halls: ViewHall[];
}

/** How the page turns content images and files into addresses. */
export interface MediaAddresses {
	picture(image: ImageModel, width: number): { src: string; width: number; height: number };
	file(file: FileModel): string;
	exhibitPage(slug: string): string;
}

/** `value` in `locale`, with the language it actually came out in. */
export function textIn(value: Localized, locale: Locale): ViewText {
	const text = pick(value, locale);
	const lang: NarrationLang = locale === 'en' && text !== value.zh ? 'en' : 'zh-CN';
	return { text, lang };
}

/** The 3D hall's data for `halls` in `locale`. */
export function buildMuseumView(
	halls: HallWithExhibits[],
	locale: Locale,
	media: MediaAddresses,
	kindName: (kind: Exhibit['kind']) => string,
): MuseumView {
	return {
		locale,
		halls: halls.map((hall) => ({
			slug: hall.slug,
			title: textIn(hall.title, locale),
			theme: textIn(hall.theme, locale),
			eraStart: hall.eraStart,
			eraEnd: hall.eraEnd,
			sample: hall.sample,
			ambient: hall.ambientSound
				? {
						url: media.file(hall.ambientSound),
						description: hall.ambientDescription ? textIn(hall.ambientDescription, locale) : null,
					}
				: null,
			exhibits: hall.exhibits.map((exhibit) => viewExhibit(exhibit, locale, media, kindName)),
		})),
	};
}

function viewExhibit(
	exhibit: Exhibit,
	locale: Locale,
	media: MediaAddresses,
	kindName: (kind: Exhibit['kind']) => string,
): ViewExhibit {
	const first = exhibit.images[0];
	const description = textIn(exhibit.description, locale);

	return {
		slug: exhibit.slug,
		title: textIn(exhibit.title, locale),
		era: textIn(exhibit.era, locale),
		year: exhibit.year,
		kind: kindName(exhibit.kind),
		description,
		lender: exhibit.institution ? textIn(exhibit.institution.name, locale) : null,
		sample: exhibit.sample,
		picture: first ? viewPicture(first, locale, media) : null,
		model: exhibit.model
			? {
					url: media.file(exhibit.model),
					description: exhibit.modelDescription ? textIn(exhibit.modelDescription, locale) : null,
				}
			: null,
		narration:
			exhibit.narration && exhibit.transcript
				? { url: media.file(exhibit.narration), text: textIn(exhibit.transcript, locale) }
				: { url: null, text: description },
		pageUrl: media.exhibitPage(exhibit.slug),
	};
}

function viewPicture(image: ImageModel, locale: Locale, media: MediaAddresses): ViewPicture {
	const small = media.picture(image, 1024);
	const large = media.picture(image, 2048);
	return {
		small: small.src,
		large: large.src,
		width: large.width,
		height: large.height,
		alt: textIn(image.alt, locale),
	};
}

/** What `layoutHall` needs to know about the exhibits of `hall`. */
export function planExhibits(hall: ViewHall): PlanExhibit[] {
	return hall.exhibits.map((exhibit) => ({
		slug: exhibit.slug,
		hasModel: exhibit.model !== null,
		pictureAspect: exhibit.picture ? exhibit.picture.width / exhibit.picture.height : null,
	}));
}
