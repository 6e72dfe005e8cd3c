/**
 * Serves the asset files of the bundled dataset (`content/images/*`, `content/files/*`).
 * Names are content hashes, so a file never changes under its name: responses are cached
 * for a year. Byte ranges are honoured so that audio can be sought. An image asked for with
 * `?w=<width>` (one of `image-widths.ts`) is sent as a smaller copy of itself.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import type { ImageVariants } from './image-variants.ts';
import { imageWidths, isOfferedWidth, resizableExtensions } from './image-widths.ts';
import { mediaTypeOf } from './media-types.ts';

// `images/<sha1>-<w>x<h>.<ext>` or `files/<sha1>.<ext>`: nothing else, so no path can
// climb out of the content folder.
const mediaPath = /^(images\/[0-9a-f]{40}-\d+x\d+|files\/[0-9a-f]{40})\.([a-z0-9]{1,8})$/;

const immutable = 'public, max-age=31536000, immutable';

/** How resized copies are made, and where a failure to make one is reported. */
export interface MediaOptions {
	variants?: ImageVariants;
	/** Told when a copy cannot be made; the original is sent instead. */
	warn?: (message: string, error: unknown) => void;
}

/** The file a `/media/<path>` request names inside `contentDir`, or `null` if it names none. */
export function mediaFilePath(contentDir: string, path: string): string | null {
	return mediaPath.test(path) ? join(contentDir, path) : null;
}

/**
 * The response to a GET or HEAD of `/media/<path>`: the file with its media type, a 206
 * for a satisfiable `Range`, a 304 for a matching `If-None-Match`, or a 404.
 */
export async function serveMediaFile(
	contentDir: string,
	path: string,
	request: Request,
	options: MediaOptions = {},
): Promise<Response> {
	const file = mediaFilePath(contentDir, path);
	if (!file) return notFound();

	const info = await stat(file).catch(() => null);
	if (!info?.isFile()) return notFound();

	const extension = path.slice(path.lastIndexOf('.') + 1);
	const asked = new URL(request.url).searchParams.get('w');
	if (asked !== null && options.variants && resizableExtensions.has(extension)) {
		const variant = await serveVariant(file, path, asked, request, options.variants, options.warn);
		if (variant) return variant;
	}

	const etag = `"${path.slice(path.indexOf('/') + 1, path.lastIndexOf('.'))}"`;
	const headers = new Headers({
		'Content-Type': mediaTypeOf(extension),
		'Cache-Control': immutable,
		'Accept-Ranges': 'bytes',
		ETag: etag,
		'X-Content-Type-Options': 'nosniff',
	});

	if (
		request.headers
			.get('If-None-Match')
			?.split(/\s*,\s*/)
			.includes(etag)
	) {
		return new Response(null, { status: 304, headers });
	}

	const range = parseRange(request.headers.get('Range'), info.size);
	if (range === 'unsatisfiable') {
		headers.set('Content-Range', `bytes */${info.size}`);
		return new Response(null, { status: 416, headers });
	}

	const { start, end } = range ?? { start: 0, end: info.size - 1 };
	const length = info.size === 0 ? 0 : end - start + 1;
	headers.set('Content-Length', String(length));
	if (range) headers.set('Content-Range', `bytes ${start}-${end}/${info.size}`);

	const status = range ? 206 : 200;
	if (request.method === 'HEAD' || length === 0) return new Response(null, { status, headers });

	const stream = Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream;
	return new Response(stream, { status, headers });
}

/** A resized copy of the image at `file`, an error for a width not offered, or `null` if it failed. */
async function serveVariant(
	file: string,
	path: string,
	asked: string,
	request: Request,
	variants: ImageVariants,
	warn: MediaOptions['warn'],
): Promise<Response | null> {
	const width = Number(asked);
	const original = Number(/-(\d+)x\d+\.[a-z0-9]+$/.exec(path)?.[1]);
	if (!isOfferedWidth(width, original)) {
		const offered = imageWidths.filter((step) => step < original).join(', ');
		return new Response(
			`This image is not offered ${asked} pixels wide. Ask for one of ${offered || 'no widths'}, or leave out ?w= for the original.`,
			{
				status: 400,
				headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
			},
		);
	}

	const extension = path.slice(path.lastIndexOf('.') + 1);
	const etag = `"${path.slice(path.indexOf('/') + 1, path.lastIndexOf('.'))}-w${width}"`;
	const headers = new Headers({
		'Content-Type': mediaTypeOf(extension),
		'Cache-Control': immutable,
		ETag: etag,
		'X-Content-Type-Options': 'nosniff',
	});
	if (
		request.headers
			.get('If-None-Match')
			?.split(/\s*,\s*/)
			.includes(etag)
	) {
		return new Response(null, { status: 304, headers });
	}

	let bytes: Uint8Array<ArrayBuffer>;
	try {
		bytes = await variants.resized(file, width);
	} catch (error) {
		warn?.(`${path} could not be resized to ${width} pixels; the original is sent`, error);
		return null;
	}

	headers.set('Content-Length', String(bytes.byteLength));
	return new Response(request.method === 'HEAD' ? null : bytes, { status: 200, headers });
}

/**
 * The byte range of a `Range: bytes=…` header for a file of `size` bytes: `null` for the
 * whole file (no header, or one this server does not split, such as several ranges).
 */
export function parseRange(
	header: string | null,
	size: number,
): { start: number; end: number } | null | 'unsatisfiable' {
	if (!header) return null;

	const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!match) return null;

	const [, first = '', last = ''] = match;
	if (first === '' && last === '') return null;

	if (first === '') {
		const suffix = Number(last);
		if (suffix === 0 || size === 0) return 'unsatisfiable';
		return { start: Math.max(0, size - suffix), end: size - 1 };
	}

	const start = Number(first);
	const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
	if (start >= size || end < start) return 'unsatisfiable';
	return { start, end };
}

function notFound(): Response {
	return new Response('Not found', {
		status: 404,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
	});
}
