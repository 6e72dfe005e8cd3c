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

export interface StorySource {
	/** How the other stories name this one in `related`. */
	key: string;
	/** The year the plan gives; it gives no month or day for any milestone. */
	year: number;
	category: Category;
	title: Bilingual;
	excerpt: Bilingual;
	body: { zh: StoryParagraph[]; en: StoryParagraph[] };
	cover: Drawing;
	/** Keys of one to three other stories. */
	related: string[];
}
