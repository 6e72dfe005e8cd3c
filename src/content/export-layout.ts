/**
 * Turns documents in Sanity's export layout into what the Content Lake holds, so that the
 * same GROQ runs on both: drafts, release versions and system documents are dropped, and
 * every `_sanityAsset` field becomes an asset reference with a stand-in asset document.
 */
import { mediaTypeOf } from './media-types.ts';

/** A document as stored in the dataset. */
export interface ContentDocument {
	_id: string;
	_type: string;
	[field: string]: unknown;
}

/** An asset file named in the export layout, with what its name tells. */
export interface ExportAsset {
	/** `image` or `file`: the folder it lives in. */
	kind: 'image' | 'file';
	/** The file name inside `images/` or `files/`: `<sha1>-<w>x<h>.<ext>` or `<sha1>.<ext>`. */
	name: string;
	/** The asset document's id, equal to the one a real import creates. */
	id: string;
	sha1: string;
	extension: string;
	width?: number;
	height?: number;
}

/** The result of normalising: Lake-shaped documents plus what had to be left out. */
export interface NormalizedDataset {
	documents: ContentDocument[];
	/** The asset files the documents point at, by asset id. */
	assets: Map<string, ExportAsset>;
	/** `_id` → problem, for each document that lost an asset it named badly. */
	problems: Array<{ documentId: string; message: string }>;
}

const imagePattern = /^image@file:\/\/\.\/images\/(([0-9a-f]{40})-(\d+)x(\d+)\.([a-z0-9]+))$/i;
const filePattern = /^file@file:\/\/\.\/files\/(([0-9a-f]{40})\.([a-z0-9]+))$/i;

/** Whether a document is one a published-perspective query of the Lake would return. */
export function isPublishedContent(document: { _id: string; _type: string }): boolean {
	if (document._id.startsWith('drafts.') || document._id.startsWith('versions.')) return false;
	if (document._id.startsWith('_.')) return false;

	const isAsset = document._type === 'sanity.imageAsset' || document._type === 'sanity.fileAsset';
	if (!isAsset && (document._type.startsWith('system.') || document._type.startsWith('sanity.'))) {
		return false;
	}

	return true;
}

/** Reads an export-layout asset path such as `image@file://./images/<sha1>-640x480.webp`. */
export function parseExportAsset(value: string): ExportAsset | null {
	const image = imagePattern.exec(value);
	if (image) {
		const [, name = '', sha1 = '', width = '', height = '', extension = ''] = image;
		return {
			kind: 'image',
			name,
			id: `image-${sha1}-${width}x${height}-${extension}`,
			sha1,
			extension,
			width: Number(width),
			height: Number(height),
		};
	}

	const file = filePattern.exec(value);
	if (file) {
		const [, name = '', sha1 = '', extension = ''] = file;
		return { kind: 'file', name, id: `file-${sha1}-${extension}`, sha1, extension };
	}

	return null;
}

/** The stand-in for the `sanity.imageAsset` / `sanity.fileAsset` document of `asset`. */
export function assetDocument(asset: ExportAsset, size?: number): ContentDocument {
	const folder = asset.kind === 'image' ? 'images' : 'files';
	const document: ContentDocument = {
		_id: asset.id,
		_type: asset.kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
		assetId: asset.sha1,
		sha1hash: asset.sha1,
		extension: asset.extension,
		mimeType: mediaTypeOf(asset.extension),
		originalFilename: asset.name,
		path: `${folder}/${asset.name}`,
		url: `/media/${folder}/${asset.name}`,
	};
	if (size !== undefined) document.size = size;

	if (asset.kind === 'image' && asset.width && asset.height) {
		document.metadata = {
			_type: 'sanity.imageMetadata',
			dimensions: {
				_type: 'sanity.imageDimensions',
				width: asset.width,
				height: asset.height,
				aspectRatio: asset.width / asset.height,
			},
		};
	}

	return document;
}

/**
 * Normalises export-layout documents. `sizeOf` tells a file's size in bytes, or `undefined`
 * when it is missing (the field then loses its asset, and the document is reported).
 */
export function normalizeExport(
	exported: ContentDocument[],
	sizeOf: (asset: ExportAsset) => number | undefined = () => 0,
): NormalizedDataset {
	const assets = new Map<string, ExportAsset>();
	const sizes = new Map<string, number>();
	const problems: NormalizedDataset['problems'] = [];

	const documents = exported.filter(isPublishedContent).map((document) => {
		const rebuild = (value: unknown): unknown => {
			if (Array.isArray(value)) return value.map(rebuild);
			if (value === null || typeof value !== 'object') return value;

			const { _sanityAsset: exportPath, ...fields } = value as Record<string, unknown>;
			const rebuilt: Record<string, unknown> = {};
			for (const [key, field] of Object.entries(fields)) rebuilt[key] = rebuild(field);
			if (exportPath === undefined) return rebuilt;

			const asset = typeof exportPath === 'string' ? parseExportAsset(exportPath) : null;
			if (!asset) {
				problems.push({
					documentId: document._id,
					message: `names the asset ${JSON.stringify(exportPath)}, which is not a file of images/ or files/ named by its SHA-1 (and size): rebuild or re-export the dataset`,
				});
				return rebuilt;
			}

			const size = sizes.get(asset.id) ?? sizeOf(asset);
			if (size === undefined) {
				problems.push({
					documentId: document._id,
					message: `names the asset ${asset.kind}s/${asset.name}, which is not in the content folder: add the file or rebuild the dataset`,
				});
				return rebuilt;
			}

			assets.set(asset.id, asset);
			sizes.set(asset.id, size);
			return { ...rebuilt, asset: { _type: 'reference', _ref: asset.id } };
		};

		return rebuild(document) as ContentDocument;
	});

	// Stand-ins replace asset documents of the export: the file here is what the site serves.
	const standIns = [...assets.values()].map((asset) => assetDocument(asset, sizes.get(asset.id)));
	const standInIds = new Set(standIns.map((asset) => asset._id));

	return {
		documents: [...documents.filter((document) => !standInIds.has(document._id)), ...standIns],
		assets,
		problems,
	};
}
