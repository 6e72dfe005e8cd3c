import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** An image field as `sanity dataset export` writes it: the asset is a file beside the NDJSON. */
export interface ExportImage {
	_type: 'image';
	_sanityAsset: string;
}

/** A file field (glTF model, audio) in the export layout. */
export interface ExportFile {
	_type: 'file';
	_sanityAsset: string;
}

export type ImageFormat = 'webp' | 'png' | 'jpg';

/**
 * Writes the dataset's asset files under `contentDir/images` and `contentDir/files`,
 * named the way Sanity names them (the SHA-1 of the bytes, and an image's size),
 * so that the asset ids the site rebuilds equal the ones a real import creates.
 */
export function createAssetWriter(contentDir: string) {
	const written = new Set<string>();

	async function put(folder: 'images' | 'files', name: string, bytes: Uint8Array) {
		if (written.has(`${folder}/${name}`)) return;

		await mkdir(join(contentDir, folder), { recursive: true });
		await writeFile(join(contentDir, folder, name), bytes);
		written.add(`${folder}/${name}`);
	}

	/** Renders an SVG drawing to a raster image and returns the field that points at it. */
	async function image(svg: string, format: ImageFormat = 'webp'): Promise<ExportImage> {
		const pipeline = sharp(Buffer.from(svg));
		const raster =
			format === 'png'
				? pipeline.png({ compressionLevel: 9 })
				: format === 'jpg'
					? pipeline.jpeg({ quality: 78, mozjpeg: true })
					: pipeline.webp({ quality: 78 });
		const { data, info } = await raster.toBuffer({ resolveWithObject: true });

		const name = `${sha1(data)}-${info.width}x${info.height}.${format}`;
		await put('images', name, data);
		return { _type: 'image', _sanityAsset: `image@file://./images/${name}` };
	}

	/** Stores any bytes (a .glb model, an audio file) and returns the field that points at it. */
	async function file(bytes: Uint8Array, extension: string): Promise<ExportFile> {
		const name = `${sha1(bytes)}.${extension}`;
		await put('files', name, bytes);
		return { _type: 'file', _sanityAsset: `file@file://./files/${name}` };
	}

	return { image, file };
}

export type AssetWriter = ReturnType<typeof createAssetWriter>;

/** A stable `_key` for an array item, derived from what identifies it. */
export function stableKey(...parts: Array<string | number>): string {
	return sha1(Buffer.from(parts.join('\u0000'))).slice(0, 12);
}

function sha1(bytes: Uint8Array): string {
	return createHash('sha1').update(bytes).digest('hex');
}
