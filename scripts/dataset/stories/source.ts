/**
 * The shape in which the story texts are written: readable data, one module per story,
 * turned into `story` documents by `../stories.ts`.
 */
import type { Drawing } from '../art/canvas.ts';
import type { Bilingual } from '../locale.ts';
import type { Paragraph } from '../portable-text.ts';

/** The story categories of the content model. */
export type Category =
	| 'donation'
	| 'first-aid'
	| 'relief'
	| 'culture'
	| 'youth'
	| 'volunteers'
	| 'fundraising'
	| 'organization';

/** A paragraph of a story body: text, or a drawing that the builder renders into an image. */
export type StoryParagraph =
	Exclude<Paragraph, { image: unknown }> | { figure: Drawing; caption?: Bilingual };

/**
 * The times the plan speaks of without naming years: its review of "the past five years"
 * (五年来) and its plan for "the next five years" (未来五年).
 */
export const planPeriods = {
	pastFiveYears: { zh: '过去五年', en: 'The past five years' },
	nextFiveYears: { zh: '未来五年', en: 'The next five years' },
} satisfies Record<string, Bilingual>;

export interface StorySource {
	/** How the other stories name this one in `related`. */
	key: string;
	/**
	 * The year the plan gives; it gives no month or day for any milestone. A story with a
	 * `period` shows that instead, and its year only places it in the list.
	 */
	year: number;
	/** The time the story covers when the plan names no year for it. */
	period?: Bilingual;
	category: Category;
	title: Bilingual;
	excerpt: Bilingual;
	body: { zh: StoryParagraph[]; en: StoryParagraph[] };
	cover: Drawing;
	/** Keys of one to three other stories. */
	related: string[];
}
