/**
 * The Red Medicine Museum (红医博物馆) of the bundled dataset: its halls and their exhibits,
 * with the drawings, glTF models and ambient sounds the project makes for them in code.
 * The readable sources are in `museum/`: one module of texts per hall.
 */
import { logger } from '../../src/log.ts';
import { slugify, uniqueSlug } from '../../src/slug.ts';
import { stableKey } from './assets.ts';
import type { AssetWriter } from './assets.ts';
import type { DatasetDocument, DatasetPart } from './context.ts';
import { localeString, localeText } from './locale.ts';
import { synthesizeAmbience } from './museum/ambience.ts';
import { humanitarianHall } from './museum/hall-humanitarian.ts';
import { lifeRelayHall } from './museum/hall-life-relay.ts';
import { redCrossChinaHall } from './museum/hall-red-cross-china.ts';
import { redMedicineHall } from './museum/hall-red-medicine.ts';
import type { ExhibitSource, HallSource } from './museum/types.ts';
import { accessibleImage, reference, slugField } from './places/fields.ts';

/** The halls in visiting order. */
const halls: HallSource[] = [humanitarianHall, redCrossChinaHall, redMedicineHall, lifeRelayHall];

// A model must stay light enough for a phone on a slow network to open it at once.
const MODEL_BUDGET_BYTES = 200 * 1024;
const SOUND_BUDGET_BYTES = 150 * 1024;

// What every exhibit image says about itself: the project drew it.
const drawingCaption = {
	zh: '示意复原图，由本项目绘制，并非文物照片',
	en: 'An illustrative reconstruction drawn by the project, not a photograph of an artefact',
};

const log = logger.child({ module: 'dataset-museum' });

/** The hall and exhibit documents, their drawings, models and sounds written as assets. */
export const buildMuseum: DatasetPart = async ({ assets }) => {
	const hallSlugs = new Set<string>();
	const exhibitSlugs = new Set<string>();
	const documents: DatasetDocument[] = [];

	for (const [hallIndex, hall] of halls.entries()) {
		const hallDocument = await buildHall(hall, hallIndex + 1, hallSlugs, assets);
		documents.push(hallDocument);

		for (const [exhibitIndex, exhibit] of hall.exhibits.entries()) {
			const hallRef = reference(hallDocument._id);
			documents.push(await buildExhibit(exhibit, exhibitIndex + 1, hallRef, exhibitSlugs, assets));
		}
	}

	const exhibits = documents.filter((document) => document._type === 'exhibit');
	log.info(
		{
			halls: halls.length,
			exhibits: exhibits.length,
			models: exhibits.filter((e) => e.model).length,
		},
		'museum built',
	);
	return documents;
};

async function buildHall(hall: HallSource, order: number, taken: Set<string>, assets: AssetWriter) {
	const slug = uniqueSlug(slugify(hall.title.zh, 'hall'), taken);
	const document: DatasetDocument = {
		_id: `hall-${slug}`,
		_type: 'hall',
		title: localeString(hall.title),
		slug: slugField(slug),
		theme: localeText(hall.theme),
		eraStart: hall.eraStart,
		eraEnd: hall.eraEnd,
		order,
	};

	if (hall.ambience) {
		const sound = synthesizeAmbience(hall.ambience.recipe);
		checkBudget(sound, SOUND_BUDGET_BYTES, `The ambient sound of hall ${document._id}`);
		document.ambientSound = await assets.file(sound, 'wav');
		document.ambientDescription = localeString(hall.ambience.description);
	}
	return document;
}

async function buildExhibit(
	exhibit: ExhibitSource,
	order: number,
	hall: { _type: string; _ref: string },
	taken: Set<string>,
	assets: AssetWriter,
) {
	const slug = uniqueSlug(slugify(exhibit.title.zh, 'exhibit'), taken);
	const id = `exhibit-${slug}`;

	const images = [];
	for (const { draw, alt } of exhibit.images) {
		const asset = await assets.image(draw(), 'webp');
		images.push({
			_key: stableKey(id, images.length),
			...accessibleImage(asset, alt, drawingCaption),
		});
	}

	const document: DatasetDocument = {
		_id: id,
		_type: 'exhibit',
		title: localeString(exhibit.title),
		slug: slugField(slug),
		era: localeString(exhibit.era),
		year: exhibit.year,
		kind: exhibit.kind,
		images,
		description: localeText(exhibit.description),
		hall,
		order,
	};

	if (exhibit.model) {
		const glb = await exhibit.model.build();
		checkBudget(glb, MODEL_BUDGET_BYTES, `The 3D model of ${id}`);
		document.model = await assets.file(glb, 'glb');
		document.modelDescription = localeText(exhibit.model.description);
	}
	if (exhibit.sample) document.sample = true;
	return document;
}

function checkBudget(bytes: Uint8Array, budget: number, what: string) {
	if (bytes.byteLength <= budget) return;

	throw new Error(
		`${what} is ${Math.round(bytes.byteLength / 1024)} KB, over its ${Math.round(budget / 1024)} KB budget: simplify it (fewer segments or parts) in scripts/dataset/museum/.`,
	);
}
