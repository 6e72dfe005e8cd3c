/**
 * Serves Sanity's images and files through the site: `/media/sanity/images/<project>/
 * <dataset>/<file>?w=…` is fetched from Sanity's image CDN on the server — with the size,
 * crop and format the page asked for — kept in a bounded memory cache and sent with
 * long-lived cache headers (asset names are content hashes, so a URL never changes meaning).
 * Only this deployment's project and dataset are served, and only the image sizes the site's
 * pages ask for (`image-request.ts`): the route is not an open proxy. A file too large to
 * keep is passed through as the CDN sends it, with the visitor's byte range.
 *
 * The crop (`rect`) of an image address can still be any rectangle inside the picture, so a
 * client could make the server fetch new variants without end: what is not yet kept is
 * fetched for each client address at most `newAssetsPerAddress` allows. Kept assets are
 * served to everyone without limit.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';

import { parseRange } from '../content/media-files.ts';
import { mediaTypeOf } from '../content/media-types.ts';
import type { Logger } from '../log.ts';
import { createRateLimiter, type RateLimit } from '../security/rate-limit.ts';
import { imageQuery } from './image-request.ts';

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
	/** How many assets not yet kept one client address may have fetched from the CDN. */
	newAssetsPerAddress?: RateLimit;
}

/**
 * A first visitor after a deploy fetches every picture of a page (a few dozen), and many
 * visitors may share one mobile carrier's address; a client making up crops gets five a second.
 */
export const defaultNewAssetsPerAddress: RateLimit = { burst: 300, perMinute: 300 };

/** A fetched asset, as cached. */
interface CachedAsset {
	body: Uint8Array;
	contentType: string;
}

type Failure = { failure: [status: number, text: string] };

/** What one fetch from the CDN gave: an asset, a body too large to keep, or a failure. */
type Fetched = { asset: CachedAsset } | { stream: Response } | Failure;

const immutable = 'public, max-age=31536000, immutable';

const imageName = /^[0-9a-f]{40}-\d+x\d+\.(jpe?g|png|webp|gif|avif|svg|tiff?)$/;
const fileName = /^[0-9a-f]{40}\.[a-z0-9]{1,8}$/;

// The CDN's headers a streamed answer passes on to the visitor.
const passedHeaders = ['Content-Type', 'Content-Length', 'Content-Range', 'Accept-Ranges', 'ETag'];

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
	// Addresses found too large to keep: asked for again, they go to the CDN with their range.
	const streamed = new LRUCache<string, true>({ max: 1000 });
	const inFlight = new Map<string, Promise<Fetched>>();
	const newAssets = createRateLimiter(options.newAssetsPerAddress ?? defaultNewAssetsPerAddress);

	/** The CDN's answer for `upstream`, or the failure to send instead. */
	async function callCdn(upstream: string, range: string | null): Promise<Response | Failure> {
		let response: Response;
		try {
			response = await fetchUpstream(upstream, {
				signal: AbortSignal.timeout(timeoutMs),
				...(range ? { headers: { Range: range } } : {}),
			});
		} catch (error) {
			log.warn({ err: error, upstream }, `Sanity's CDN did not answer for ${upstream}`);
			return { failure: [502, 'The image service did not answer. Try again in a moment.'] };
		}

		if (response.ok || (range && response.status === 416)) return response;

		void response.body?.cancel();
		if (response.status === 404) return { failure: [404, 'Not found'] };
		log.warn({ upstream, status: response.status }, `Sanity's CDN answered ${response.status}`);
		return { failure: [502, 'The image service failed. Try again in a moment.'] };
	}

	async function fetchAsset(upstream: string, kind: string): Promise<Fetched> {
		const response = await callCdn(upstream, null);
		if ('failure' in response) return response;

		const contentType = response.headers.get('Content-Type') ?? 'application/octet-stream';
		if (kind === 'images' && !contentType.startsWith('image/')) {
			void response.body?.cancel();
			return { failure: [502, 'The image service sent something that is not an image.'] };
		}

		const length = Number(response.headers.get('Content-Length'));
		if (Number.isFinite(length) && length > largestEntry) {
			streamed.set(upstream, true);
			return { stream: response };
		}

		const asset = { body: new Uint8Array(await response.arrayBuffer()), contentType };
		if (asset.body.byteLength <= largestEntry) cache.set(upstream, asset);
		return { asset };
	}

	/** The CDN's answer for a file too large to keep, for the byte range `request` asks. */
	async function passThrough(upstream: string, request: Request): Promise<Response> {
		const response = await callCdn(upstream, request.headers.get('Range'));
		if ('failure' in response) return plain(...response.failure);
		return streamedResponse(response, request);
	}

	/**
	 * The response to `request` for the proxy path `path` (what follows `/media/sanity/`), from
	 * `clientAddress` (whose fetches of new assets are limited; none when it is not given).
	 */
	async function serve(path: string, request: Request, clientAddress?: string): Promise<Response> {
		const target = upstreamUrl(path, new URL(request.url).searchParams);
		if (typeof target !== 'string') return target;

		const cached = cache.get(target);
		if (cached) return assetResponse(cached, target, request);

		let pending = inFlight.get(target);
		if (!pending && clientAddress !== undefined) {
			const decision = newAssets.take(clientAddress);
			if (!decision.allowed) return tooMany(decision.retryAfterSeconds);
		}
		if (streamed.has(target)) return passThrough(target, request);

		const first = pending === undefined;
		if (!pending) {
			pending = fetchAsset(target, path.split('/')[0] ?? '').finally(() => inFlight.delete(target));
			inFlight.set(target, pending);
		}

		const fetched = await pending;
		if ('failure' in fetched) return plain(...fetched.failure);
		if ('asset' in fetched) return assetResponse(fetched.asset, target, request);

		// A streamed body can be read once, and holds the whole file: a request that joined
		// another one, or that wants a part, asks the CDN itself.
		if (first && !request.headers.has('Range')) return streamedResponse(fetched.stream, request);
		if (first) void fetched.stream.body?.cancel();
		return passThrough(target, request);
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

		const asked = imageQuery(query, name);
		if ('refused' in asked) return plain(400, asked.refused);
		return `${cdnOrigin}/images/${projectId}/${dataset}/${name}?${asked.query}`;
	}

	return { serve, cache };
}

// The CDN's answer sent on as it arrives, with the site's cache policy.
function streamedResponse(upstream: Response, request: Request): Response {
	const headers = new Headers({ 'Cache-Control': immutable });
	for (const name of passedHeaders) {
		const value = upstream.headers.get(name);
		if (value !== null) headers.set(name, value);
	}
	if (upstream.status === 416) headers.set('Cache-Control', 'no-store');

	if (request.method === 'HEAD') void upstream.body?.cancel();
	const body = request.method === 'HEAD' ? null : upstream.body;
	return new Response(body, { status: upstream.status, headers });
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

function tooMany(retryAfterSeconds: number): Response {
	const response = plain(
		429,
		`This address has asked for too many new image sizes and crops at once. Try again in ${retryAfterSeconds} s.`,
	);
	response.headers.set('Retry-After', String(retryAfterSeconds));
	return response;
}

function plain(status: number, text: string): Response {
	return new Response(text, {
		status,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
	});
}
