/**
 * The shape of the museum's readable sources: a hall with its theme and its exhibits in
 * visiting order, each exhibit with its texts, its drawings and, for some, a 3D model.
 */
import type { exhibitKinds } from '../../../src/content/models.ts';
import type { Bilingual } from '../locale.ts';
import type { AmbienceRecipe } from './ambience.ts';

export type ExhibitKind = (typeof exhibitKinds)[number];

/** A drawing made in code, and the words that describe it to someone who cannot see it. */
export interface ExhibitDrawing {
	draw: () => string;
	alt: Bilingual;
}

/** A model built in code, and a description of what it looks like. */
export interface ExhibitModel {
	build: () => Promise<Uint8Array>;
	description: Bilingual;
}

export interface ExhibitSource {
	title: Bilingual;
	/** The date as the label shows it: "1864年" / "1864". */
	era: Bilingual;
	/** The year the timeline sorts by. */
	year: number;
	kind: ExhibitKind;
	/** One or two drawings; the first is the exhibit's main image. */
	images: [ExhibitDrawing, ...ExhibitDrawing[]];
	description: Bilingual;
	model?: ExhibitModel;
	/** Set only for an object the project invented; reconstructions of real things are not. */
	sample?: boolean;
}

export interface HallSource {
	title: Bilingual;
	theme: Bilingual;
	eraStart: number;
	eraEnd: number;
	ambience?: { recipe: AmbienceRecipe; description: Bilingual };
	/** In visiting order: the first is number 1 in the hall. */
	exhibits: ExhibitSource[];
}
