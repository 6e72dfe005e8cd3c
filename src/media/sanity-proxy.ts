/**
 * Serves Sanity's images and files through the site: `/media/sanity/images/<project>/
 * <dataset>/<file>?w=…` is fetched from Sanity's image CDN on the server — with the size,
 * crop and format the page asked for — kept in a bounded memory cache and sent with
 * long-lived cache headers (asset names are content hashes, so a URL never changes meaning).
 * Only this deployment's project and dataset are served: the route is not an open proxy.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

import { parseRange } from '../content/media-files.ts';
import { mediaTypeOf } from '../content/media-types.ts';
import type { Logger } from '../log.ts';

export interface SanityProxyOptions {
	projectId: string;
	dataset: string;
	/** Where the CDN is: `https://cdn.sanity.io`, or a stand-in. */
	cdnOrigin: string;
	/** How many bytes the cache may hold. */
	cacheBytes: number;
	log: Logger;
	/** The fetch to call the CDN with (a stub in tests). */
	fetch?: typeof fetch;
	/** How long to wait for the CDN. */
	timeoutMs?: number;
}

/** A fetched asset, as cached. */
interface CachedAsset {
	body: Uint8Array;
	contentType: string;
}

/** What one fetch from the CDN gave: an asset, a body too large to keep, or a failure. */
type Fetched =
	| { asset: CachedAsset }
	| { stream: Response; contentType: string }
	| { failure: [status: number, text: string] };

const immutable = 'public, max-age=31536000, immutable';

const imageName = /^[0-9a-f]{40}-\d+x\d+\.(jpe?g|png|webp|gif|avif|svg|tiff?)$/;
const fileName = /^[0-9a-f]{40}\.[a-z0-9]{1,8}$/;

// The image CDN's parameters that change the picture; anything else is dropped, so odd
// parameters cannot multiply cache entries.
const imageParameters = new Set([
	'w',
	'h',
	'max-w',
	'max-h',
	'min-w',
	'min-h',
	'fit',
	'crop',
	'rect',
	'fp-x',
	'fp-y',
	'fm',
	'q',
	'dpr',
	'bg',
	'flip',
	'or',
	'auto',
]);
const largestSide = 4000;

/** Answers GET and HEAD requests for `/media/sanity/<kind>/<project>/<dataset>/<name>`. */
export function createSanityProxy(options: SanityProxyOptions) {
	const { projectId, dataset, cdnOrigin, log, timeoutMs = 20_000 } = options;
	const fetchUpstream = options.fetch ?? fetch;
	// One entry may take an eighth of the cache; larger files are sent without being kept.
	const largestEntry = Math.max(1, Math.floor(options.cacheBytes / 8));
	const cache = new LRUCache<string, CachedAsset>({
		maxSize: Math.max(1, options.cacheBytes),
		sizeCalculation: (asset) => Math.max(1, asset.body.byteLength),
	});
	const inFlight = new Map<string, Promise<Fetched>>();

	async function fetchAsset(upstream: string, kind: string): Promise<Fetched> {
		let response: Response;
		try {
			response = await fetchUpstream(upstream, { signal: AbortSignal.timeout(timeoutMs) });
		} catch (error) {
			log.warn({ err: error, upstream }, `Sanity's CDN did not answer for ${upstream}`);
			return { failure: [502, 'The image service did not answer. Try again in a moment.'] };
		}

		if (response.status === 404) return { failure: [404, 'Not found'] };
		if (!response.ok) {
			log.warn({ upstream, status: response.status }, `Sanity's CDN answered ${response.status}`);
			return { failure: [502, 'The image service failed. Try again in a moment.'] };
		}

		const contentType = response.headers.get('Content-Type') ?? 'application/octet-stream';
		if (kind === 'images' && !contentType.startsWith('image/')) {
			return { failure: [502, 'The image service sent something that is not an image.'] };
		}

		const length = Number(response.headers.get('Content-Length'));
		if (Number.isFinite(length) && length > largestEntry) {
			return { stream: response, contentType };
		}

		const asset = { body: new Uint8Array(await response.arrayBuffer()), contentType };
		if (asset.body.byteLength <= largestEntry) cache.set(upstream, asset);
		return { asset };
	}

	/** The response to `request` for the proxy path `path` (what follows `/media/sanity/`). */
	async function serve(path: string, request: Request): Promise<Response> {
		const target = upstreamUrl(path, new URL(request.url).searchParams);
		if (typeof target !== 'string') return target;

		const cached = cache.get(target);
		if (cached) return assetResponse(cached, target, request);

		let pending = inFlight.get(target);
		const first = pending === undefined;
		if (!pending) {
			pending = fetchAsset(target, path.split('/')[0] ?? '').finally(() => inFlight.delete(target));
			inFlight.set(target, pending);
		}

		let fetched = await pending;
		// A streamed body can be read once: a request that joined another one fetches its own.
		if ('stream' in fetched && !first) fetched = await fetchAsset(target, path.split('/')[0] ?? '');

		if ('failure' in fetched) return plain(...fetched.failure);
		if ('asset' in fetched) return assetResponse(fetched.asset, target, request);
		return new Response(request.method === 'HEAD' ? null : fetched.stream.body, {
			headers: {
				'Content-Type': fetched.contentType,
				'Cache-Control': immutable,
				'Content-Length': fetched.stream.headers.get('Content-Length') ?? '',
			},
		});
	}

	function upstreamUrl(path: string, query: URLSearchParams): string | Response {
		const [kind, project, set, name, ...rest] = path.split('/');
		if (rest.length > 0 || !name || project !== projectId || set !== dataset) {
			return plain(404, 'Not found');
		}

		if (kind === 'files' && fileName.test(name)) {
			return `${cdnOrigin}/files/${projectId}/${dataset}/${name}`;
		}
		if (kind !== 'images' || !imageName.test(name)) return plain(404, 'Not found');

		const kept = imageQuery(query, name);
		if (kept === null) return plain(400, `Image sizes are limited to ${largestSide} pixels.`);
		return `${cdnOrigin}/images/${projectId}/${dataset}/${name}${kept === '' ? '' : `?${kept}`}`;
	}

	return { serve, cache };
}

/**
 * The image parameters kept, in a stable order. `auto=format` lets the CDN choose a format
 * per browser, which a shared cache cannot follow: it becomes WebP, which every browser the
 * site supports shows (vector and animated images keep their format).
 */
export function imageQuery(query: URLSearchParams, name: string): string | null {
	const kept = new Map<string, string>();
	for (const [key, value] of query) {
		if (imageParameters.has(key) && !kept.has(key)) kept.set(key, value);
	}

	for (const side of ['w', 'h', 'max-w', 'max-h', 'min-w', 'min-h']) {
		const value = kept.get(side);
		if (value === undefined) continue;
		const pixels = Number(value);
		if (!Number.isInteger(pixels) || pixels < 1 || pixels > largestSide) return null;
	}

	if (kept.get('auto') === 'format') {
		kept.delete('auto');
		if (!kept.has('fm') && !/\.(svg|gif)$/.test(name)) kept.set('fm', 'webp');
	}

	return [...kept]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
		.join('&');
}

function assetResponse(asset: CachedAsset, key: string, request: Request): Response {
	const etag = `"${createHash('sha1').update(key).digest('base64url')}"`;
	const size = asset.body.byteLength;
	const headers = new Headers({
		'Content-Type': asset.contentType || mediaTypeOf(key.split('.').pop() ?? ''),
		'Cache-Control': immutable,
		'Accept-Ranges': 'bytes',
		ETag: etag,
	});

	if (
		request.headers
			.get('If-None-Match')
			?.split(/\s*,\s*/)
			.includes(etag)
	) {
		return new Response(null, { status: 304, headers });
	}

	const range = parseRange(request.headers.get('Range'), size);
	if (range === 'unsatisfiable') {
		headers.set('Content-Range', `bytes */${size}`);
		return new Response(null, { status: 416, headers });
	}

	const { start, end } = range ?? { start: 0, end: size - 1 };
	headers.set('Content-Length', String(size === 0 ? 0 : end - start + 1));
	if (range) headers.set('Content-Range', `bytes ${start}-${end}/${size}`);

	const body = request.method === 'HEAD' ? null : asset.body.slice(start, end + 1);
	return new Response(body, { status: range ? 206 : 200, headers });
}

function plain(status: number, text: string): Response {
	return new Response(text, {
		status,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
	});
}
