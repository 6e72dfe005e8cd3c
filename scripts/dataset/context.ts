import type { AssetWriter } from './assets.ts';

/** What every part of the dataset builder is handed. */
export interface BuildContext {
	assets: AssetWriter;
}

/** A document as it stands in `content/data.ndjson` (Sanity's export layout). */
export interface DatasetDocument {
	_id: string;
	_type: string;
	[field: string]: unknown;
}

/** Builds one part of the dataset: the stories, the museum, the route … */
export type DatasetPart = (context: BuildContext) => Promise<DatasetDocument[]>;
