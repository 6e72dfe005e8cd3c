/**
 * Writes Brotli (`.br`) and gzip (`.gz`) copies of the build's text files next to them, at
 * high settings, once per build: the server then sends the smallest copy a browser
 * accepts without compressing anything on the fly.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Extensions worth compressing; images, fonts and models are compressed already. */
export const compressibleExtensions = new Set([
	'.js',
	'.mjs',
	'.css',
	'.svg',
	'.json',
	'.html',
	'.txt',
	'.xml',
	'.webmanifest',
	'.wasm',
]);

// Below this size, a compressed copy saves less than its headers cost.
const minimumBytes = 1024;

// Brotli's best quality takes about fifty times longer than quality 9 for under a tenth
// fewer bytes: worth it for pages' own scripts and styles, not for a megabyte of three.js.
const largestAtBestQuality = 256 * 1024;

/** What precompressing a folder did, for the build log. */
export interface PrecompressReport {
	files: number;
	bytes: number;
	brotliBytes: number;
}

/** Writes the compressed copies for every compressible file under `folder`. */
export async function precompressFolder(folder: string): Promise<PrecompressReport> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });
	const files = entries
		.filter((entry) => entry.isFile() && compressibleExtensions.has(extname(entry.name)))
		.map((entry) => join(entry.parentPath, entry.name));
	const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0 };

	// zlib works on libuv's thread pool: a few files at a time keep every core busy.
	const queue = [...files];
	const worker = async () => {
		for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
			const sizes = await precompressFile(file);
			if (!sizes) continue;

			report.files += 1;
			report.bytes += sizes.original;
			report.brotliBytes += sizes.brotli;
		}
	};
	await Promise.all(Array.from({ length: 4 }, worker));
	return report;
}

async function precompressFile(file: string): Promise<{ original: number; brotli: number } | null> {
	const original = await readFile(file);
	if (original.length < minimumBytes) return null;

	const [br, gz] = await Promise.all([
		brotli(original, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: original.length <= largestAtBestQuality ? 11 : 9,
				[constants.BROTLI_PARAM_SIZE_HINT]: original.length,
			},
		}),
		gzipAsync(original, { level: constants.Z_BEST_COMPRESSION }),
	]);
	// A copy that is not smaller is not written; the server then sends the original.
	if (br.length < original.length) await writeFile(`${file}.br`, br);
	if (gz.length < original.length) await writeFile(`${file}.gz`, gz);

	return { original: original.length, brotli: Math.min(br.length, original.length) };
}
