/**
 * Smaller copies of the bundled dataset's images, made on the server with sharp when a page
 * asks for one (`/media/images/<name>?w=480`) and kept in a bounded memory cache. The copy
 * keeps the file's format and proportions; only the ladder's widths are made
 * (`image-widths.ts`), so a stranger cannot make the server resize to every width there is.
 */
import { readFile } from 'node:fs/promises';
import { LRUCache } from 'lru-cache';
import sharp from 'sharp';

export interface ImageVariants {
	/** The bytes of `file` (a path) resized to `width` pixels wide, in its own format. */
	resized(file: string, width: number): Promise<Uint8Array<ArrayBuffer>>;
}

/** A resizer whose cache holds up to `cacheBytes` of resized copies. */
export function createImageVariants(cacheBytes: number): ImageVariants {
	const cache = new LRUCache<string, Uint8Array<ArrayBuffer>>({
		maxSize: Math.max(1, cacheBytes),
		sizeCalculation: (bytes) => Math.max(1, bytes.byteLength),
	});
	// Requests for a copy being made wait for it instead of making it again.
	const inFlight = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

	async function make(file: string, width: number): Promise<Uint8Array<ArrayBuffer>> {
		const extension = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
		const image = sharp(await readFile(file)).resize({ width, withoutEnlargement: true });

		const bytes =
			extension === 'png'
				? await image.png({ compressionLevel: 9 }).toBuffer()
				: extension === 'avif'
					? await image.avif({ quality: 55 }).toBuffer()
					: extension === 'webp'
						? await image.webp({ quality: 80 }).toBuffer()
						: await image.jpeg({ quality: 80, mozjpeg: true }).toBuffer();
		return new Uint8Array(bytes);
	}

	return {
		async resized(file, width) {
			const key = `${file}?w=${width}`;
			const cached = cache.get(key);
			if (cached) return cached;

			let pending = inFlight.get(key);
			if (!pending) {
				pending = make(file, width)
					.then((bytes) => {
						cache.set(key, bytes);
						return bytes;
					})
					.finally(() => inFlight.delete(key));
				inFlight.set(key, pending);
			}
			return pending;
		},
	};
}
