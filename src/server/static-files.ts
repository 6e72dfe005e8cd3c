/**
 * The files of the build's `client/` folder (built assets under `/_astro/`, and `public/`),
 * listed once at start. A file with a precompressed copy (see `precompress.ts`) is sent as
 * that copy when the browser accepts it; everything else is left to the adapter's own file
 * server, which this module only tells how long the file may be cached.
 */
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, relative, sep } from 'node:path';

import { staticCacheControl } from './cache-control.ts';

/** A precompressed copy of a file. */
interface CompressedCopy {
	file: string;
	size: number;
}

/** One file of the `client/` folder, by its URL path. */
export interface StaticFile {
	file: string;
	size: number;
	mtimeMs: number;
	copies: Partial<Record<Encoding, CompressedCopy>>;
}

type Encoding = 'br' | 'gzip';

const suffixes: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

const contentTypes: Record<string, string> = {
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
};

/** Every file under `clientDir` by URL path (`/_astro/x.js`), compressed copies attached. */
export async function listStaticFiles(clientDir: string): Promise<Map<string, StaticFile>> {
	const files = new Map<string, StaticFile>();
	const entries = await readdir(clientDir, { recursive: true, withFileTypes: true }).catch(
		() => [],
	);
	const names = new Set(entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)));

	for (const file of names) {
		if (file.endsWith('.br') || file.endsWith('.gz')) continue;

		const info = await stat(file);
		const copies: StaticFile['copies'] = {};
		for (const encoding of ['br', 'gzip'] as const) {
			const copy = file + suffixes[encoding];
			if (names.has(copy)) copies[encoding] = { file: copy, size: (await stat(copy)).size };
		}

		const path = `/${relative(clientDir, file).split(sep).join('/')}`;
		files.set(path, { file, size: info.size, mtimeMs: info.mtimeMs, copies });
	}
	return files;
}

/** The encodings `header` (Accept-Encoding) accepts, best first, among those with copies. */
export function acceptedEncodings(header: string | undefined): Encoding[] {
	const weights = new Map<string, number>();
	for (const part of (header ?? '').split(',')) {
		const [name = '', ...parameters] = part.trim().toLowerCase().split(';');
		const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
		if (name !== '') weights.set(name, q === undefined ? 1 : Number(q));
	}

	const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
	return (['br', 'gzip'] as const).filter((encoding) => weightOf(encoding) > 0);
}

/**
 * Sends the precompressed copy of the file at the request's path when there is one the
 * browser accepts, and says whether it did. HEAD and `If-None-Match` are honoured; a
 * `Range` is not (a server may answer a range request with the whole file).
 */
export function sendCompressedCopy(
	files: Map<string, StaticFile>,
	request: IncomingMessage,
	response: ServerResponse,
): boolean {
	if (request.method !== 'GET' && request.method !== 'HEAD') return false;

	const path = pathOf(request);
	const found = path === null ? undefined : files.get(path);
	if (!found || path === null) return false;

	const encoding = acceptedEncodings(request.headers['accept-encoding']).find(
		(name) => found.copies[name],
	);
	const copy = encoding ? found.copies[encoding] : undefined;
	const contentType = contentTypes[extname(path)];
	if (!encoding || !copy || !contentType) return false;

	const etag = `W/"${found.size.toString(16)}-${Math.round(found.mtimeMs).toString(16)}-${encoding}"`;
	response.setHeader('Content-Type', contentType);
	response.setHeader('Content-Encoding', encoding);
	response.setHeader('Vary', 'Accept-Encoding');
	response.setHeader('Cache-Control', staticCacheControl(path));
	response.setHeader('ETag', etag);

	if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
		response.statusCode = 304;
		response.end();
		return true;
	}

	response.statusCode = 200;
	response.setHeader('Content-Length', String(copy.size));
	if (request.method === 'HEAD') {
		response.end();
		return true;
	}

	createReadStream(copy.file)
		.on('error', () => response.destroy())
		.pipe(response);
	return true;
}

/** The decoded path of a request, or `null` when it cannot be decoded. */
export function pathOf(request: IncomingMessage): string | null {
	const raw = (request.url ?? '/').split('?')[0] ?? '/';
	try {
		return decodeURIComponent(raw);
	} catch {
		return null;
	}
}
