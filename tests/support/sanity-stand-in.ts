/**
 * A local HTTP server standing in for Sanity, for tests only: it answers the Content Lake's
 * GROQ query endpoint with the bundled dataset (evaluated by groq-js, as the embedded source
 * does) and serves the dataset's image and file assets the way Sanity's CDN does, resizing
 * images to the `w`, `h`, `fit` and `fm` a URL asks for. It also takes writes with a token:
 * transactions of mutations and asset uploads, as the content tools and `@sanity/import`
 * send them. Point the site at it with
 * SANITY_PROJECT_ID, SANITY_API_HOST and SANITY_CDN_URL (see `sanitySettings`).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import sharp, { type FormatEnum } from 'sharp';

import { createDatasetQuery } from '../../src/content/dataset-query.ts';
import { createEmbeddedSource } from '../../src/content/embedded.ts';
import type { ContentDocument } from '../../src/content/export-layout.ts';
import { mediaFilePath } from '../../src/content/media-files.ts';
import { mediaTypeOf } from '../../src/content/media-types.ts';
import type { QueryParams } from '../../src/content/source.ts';
import { logger } from '../../src/log.ts';
import { applyMutations, type LakeMutation } from './lake-mutations.ts';

export interface SanityStandIn {
	/** Its origin, `http://127.0.0.1:<port>`: both the API host and the CDN. */
	url: string;
	projectId: string;
	dataset: string;
	/** Every request path it answered, in order (`/v2025-02-19/data/query/…`, `/images/…`). */
	requests: string[];
	/** Every transaction written to it: the token it came with and the ids it wrote. */
	writes: Array<{ token: string; ids: string[] }>;
	/** The documents it holds now, as the Lake returns them. */
	documents(): ContentDocument[];
	/** The environment that makes the site read from it. */
	sanitySettings: Record<string, string>;
	/**
	 * Changes a published document, as publishing in the Studio would: later queries see what
	 * `change` returns, with a new `_updatedAt`. Returns the document as it now is.
	 */
	publish(id: string, change: (document: ContentDocument) => ContentDocument): ContentDocument;
	/** Stops it and drops every open connection, so that its port refuses connections at once. */
	stop(): Promise<void>;
}

export interface StandInOptions {
	contentDir?: string;
	projectId?: string;
	dataset?: string;
	/** Start with an empty dataset (to import into) instead of the one in `contentDir`. */
	empty?: boolean;
}

const ROOT = join(import.meta.dirname, '..', '..');

/** Starts the stand-in on a free local port. */
export async function startSanityStandIn(options: StandInOptions = {}): Promise<SanityStandIn> {
	const contentDir = options.contentDir ?? join(ROOT, 'content');
	const projectId = options.projectId ?? 'standin1';
	const dataset = options.dataset ?? 'production';
	const requests: string[] = [];
	const writes: Array<{ token: string; ids: string[] }> = [];
	const byId = new Map<string, ContentDocument>();
	let documents: ContentDocument[] = [];
	// Asset files uploaded to it, by the name they are served under (`<sha1>-<w>x<h>.<ext>`).
	const uploads = new Map<string, Buffer>();
	const evaluate = createDatasetQuery();

	const server = createServer((request, response) => {
		requests.push((request.url ?? '/').split('?')[0] ?? '/');
		answer(request, response).catch((error: unknown) => {
			response.writeHead(500, { 'Content-Type': 'application/json' });
			response.end(JSON.stringify({ error: { description: String(error) } }));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

	// The Lake's asset documents carry absolute CDN URLs, which the site turns into its own.
	const loaded = options.empty
		? { documents: [] }
		: await createEmbeddedSource({ contentDir, log: logger.child({ module: 'stand-in' }) }).load();
	for (const document of loaded.documents) {
		if (typeof document.url !== 'string' || !document.url.startsWith('/media/')) {
			byId.set(document._id, document);
			continue;
		}
		const [, , folder, name] = document.url.split('/');
		byId.set(document._id, {
			...document,
			url: `${url}/${folder}/${projectId}/${dataset}/${name}`,
		});
	}
	documents = [...byId.values()];

	async function answer(request: IncomingMessage, response: ServerResponse) {
		const address = new URL(request.url ?? '/', url);
		const parts = address.pathname.split('/').filter(Boolean);

		if (parts[1] === 'data' && parts[2] === 'query' && parts[3] === dataset) {
			return query(request, address, response);
		}
		if (parts[1] === 'data' && parts[2] === 'mutate' && parts[3] === dataset) {
			return mutate(request, response);
		}
		if (parts[1] === 'assets' && parts[3] === dataset && request.method === 'POST') {
			return upload(parts[2] === 'images' ? 'image' : 'file', request, address, response);
		}
		if (
			(parts[0] === 'images' || parts[0] === 'files') &&
			parts[1] === projectId &&
			parts[2] === dataset
		) {
			return asset(parts[0], parts[3] ?? '', address.searchParams, response);
		}

		response.writeHead(404, { 'Content-Type': 'text/plain' });
		response.end('Not found');
	}

	async function query(request: IncomingMessage, address: URL, response: ServerResponse) {
		let text = address.searchParams.get('query') ?? '';
		const params: QueryParams = {};
		for (const [key, value] of address.searchParams) {
			if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
		}
		if (request.method === 'POST') {
			const body = JSON.parse(await readBody(request)) as { query: string; params?: object };
			text = body.query;
			Object.assign(params, body.params ?? {});
		}

		const started = performance.now();
		const result = await evaluate({ documents, byId }, text, params);
		response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
		response.end(
			JSON.stringify({ query: text, result, ms: Math.round(performance.now() - started) }),
		);
	}

	function writeAllowed(request: IncomingMessage, response: ServerResponse): string | null {
		const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
		if (token) return token;

		response.writeHead(401, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify({ error: { description: 'a write needs a token' } }));
		return null;
	}

	// The Lake's mutation endpoint: a transaction, applied all or none.
	async function mutate(request: IncomingMessage, response: ServerResponse) {
		const token = writeAllowed(request, response);
		if (!token) return;

		const body = JSON.parse(await readBody(request)) as { mutations: LakeMutation[] };
		const results = applyMutations(byId, body.mutations);
		documents = [...byId.values()];
		writes.push({ token, ids: results.map((result) => result.id) });

		response.writeHead(200, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify({ transactionId: `stand-in-${writes.length}`, results }));
	}

	// The Lake's asset upload: the file kept under its content hash, an asset document made.
	async function upload(
		kind: 'image' | 'file',
		request: IncomingMessage,
		address: URL,
		response: ServerResponse,
	) {
		if (!writeAllowed(request, response)) return;

		const bytes = await readBytes(request);
		const sha1hash = createHash('sha1').update(bytes).digest('hex');
		const originalFilename = address.searchParams.get('filename') ?? undefined;
		const extension = (originalFilename ?? '').split('.').pop()?.toLowerCase() || 'bin';
		let name = `${sha1hash}.${extension}`;
		let _id = `file-${sha1hash}-${extension}`;
		let metadata: object | undefined;
		if (kind === 'image') {
			const { width = 0, height = 0, format = extension } = await sharp(bytes).metadata();
			const imageExtension = format === 'jpeg' ? 'jpg' : format;
			name = `${sha1hash}-${width}x${height}.${imageExtension}`;
			_id = `image-${sha1hash}-${width}x${height}-${imageExtension}`;
			metadata = {
				dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
			};
		}
		uploads.set(name, bytes);

		const document = {
			_id,
			_type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
			sha1hash,
			extension: name.split('.').pop(),
			size: bytes.length,
			url: `${url}/${kind}s/${projectId}/${dataset}/${name}`,
			...(originalFilename ? { originalFilename } : {}),
			...(metadata ? { metadata } : {}),
		} as ContentDocument;
		byId.set(_id, document);
		documents = [...byId.values()];

		response.writeHead(200, { 'Content-Type': 'application/json' });
		response.end(JSON.stringify({ document }));
	}

	async function asset(
		kind: string,
		name: string,
		search: URLSearchParams,
		response: ServerResponse,
	) {
		const file = mediaFilePath(contentDir, `${kind}/${name}`);
		const bytes = uploads.get(name) ?? (file ? await readFile(file).catch(() => null) : null);
		if (!bytes) {
			response.writeHead(404, { 'Content-Type': 'text/plain' });
			response.end('Not found');
			return;
		}

		const extension = name.split('.').pop() ?? '';
		if (kind === 'files') {
			response.writeHead(200, {
				'Content-Type': mediaTypeOf(extension),
				'Content-Length': bytes.length,
			});
			response.end(bytes);
			return;
		}

		const width = Number(search.get('w')) || undefined;
		const height = Number(search.get('h')) || undefined;
		const format = search.get('fm') ?? (extension === 'jpg' ? 'jpeg' : extension);
		const image = sharp(bytes).resize(width, height, {
			fit: search.get('fit') === 'crop' ? 'cover' : 'inside',
			withoutEnlargement: search.get('fit') !== 'crop',
		});
		const output = await image
			.toFormat(format === 'jpg' ? 'jpeg' : (format as keyof FormatEnum))
			.toBuffer();
		response.writeHead(200, {
			'Content-Type': `image/${format === 'jpg' ? 'jpeg' : format}`,
			'Content-Length': output.length,
		});
		response.end(output);
	}

	return {
		url,
		projectId,
		dataset,
		requests,
		writes,
		documents: () => documents,
		sanitySettings: {
			SANITY_PROJECT_ID: projectId,
			SANITY_DATASET: dataset,
			SANITY_API_HOST: url,
			SANITY_CDN_URL: url,
		},
		publish(id, change) {
			const current = byId.get(id);
			if (!current) throw new Error(`the stand-in has no document ${id} to publish`);

			const next = { ...change(structuredClone(current)), _updatedAt: new Date().toISOString() };
			byId.set(id, next);
			documents = [...byId.values()];
			return next;
		},
		stop: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

function readBytes(request: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		let text = '';
		request.setEncoding('utf8');
		request.on('data', (chunk: string) => (text += chunk));
		request.on('end', () => resolve(text));
		request.on('error', reject);
	});
}
