/**
 * A local HTTP server standing in for Sanity, for tests only: it answers the Content Lake's
 * GROQ query endpoint with the bundled dataset (evaluated by groq-js, as the embedded source
 * does) and serves the dataset's image and file assets the way Sanity's CDN does, resizing
 * images to the `w`, `h`, `fit` and `fm` a URL asks for. Point the site at it with
 * SANITY_PROJECT_ID, SANITY_API_HOST and SANITY_CDN_URL (see `sanitySettings`).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { evaluate, parse } from 'groq-js';
import sharp, { type FormatEnum } from 'sharp';

import { createEmbeddedSource } from '../../src/content/embedded.ts';
import type { ContentDocument } from '../../src/content/export-layout.ts';
import { mediaFilePath } from '../../src/content/media-files.ts';
import { mediaTypeOf } from '../../src/content/media-types.ts';
import { logger } from '../../src/log.ts';

export interface SanityStandIn {
	/** Its origin, `http://127.0.0.1:<port>`: both the API host and the CDN. */
	url: string;
	projectId: string;
	dataset: string;
	/** Every request path it answered, in order (`/v2025-02-19/data/query/…`, `/images/…`). */
	requests: string[];
	/** The environment that makes the site read from it. */
	sanitySettings: Record<string, string>;
	stop(): Promise<void>;
}

export interface StandInOptions {
	contentDir?: string;
	projectId?: string;
	dataset?: string;
}

const ROOT = join(import.meta.dirname, '..', '..');

/** Starts the stand-in on a free local port. */
export async function startSanityStandIn(options: StandInOptions = {}): Promise<SanityStandIn> {
	const contentDir = options.contentDir ?? join(ROOT, 'content');
	const projectId = options.projectId ?? 'standin1';
	const dataset = options.dataset ?? 'production';
	const requests: string[] = [];
	let documents: ContentDocument[] = [];
	const byId = new Map<string, ContentDocument>();

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
	const loaded = await createEmbeddedSource({
		contentDir,
		log: logger.child({ module: 'stand-in' }),
	}).load();
	documents = loaded.documents.map((document) => {
		if (typeof document.url !== 'string' || !document.url.startsWith('/media/')) return document;
		const [, , folder, name] = document.url.split('/');
		return { ...document, url: `${url}/${folder}/${projectId}/${dataset}/${name}` };
	});
	for (const document of documents) byId.set(document._id, document);

	async function answer(request: IncomingMessage, response: ServerResponse) {
		const address = new URL(request.url ?? '/', url);
		const parts = address.pathname.split('/').filter(Boolean);

		if (parts[1] === 'data' && parts[2] === 'query' && parts[3] === dataset) {
			return query(request, address, response);
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
		const params: Record<string, unknown> = {};
		for (const [key, value] of address.searchParams) {
			if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
		}
		if (request.method === 'POST') {
			const body = JSON.parse(await readBody(request)) as { query: string; params?: object };
			text = body.query;
			Object.assign(params, body.params ?? {});
		}

		const started = performance.now();
		const value = await evaluate(parse(text), {
			dataset: documents,
			params,
			dereference: ({ _ref }) => byId.get(_ref),
		});
		const result = await value.get();
		response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
		response.end(
			JSON.stringify({ query: text, result, ms: Math.round(performance.now() - started) }),
		);
	}

	async function asset(
		kind: string,
		name: string,
		search: URLSearchParams,
		response: ServerResponse,
	) {
		const file = mediaFilePath(contentDir, `${kind}/${name}`);
		const bytes = file ? await readFile(file).catch(() => null) : null;
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
		sanitySettings: {
			SANITY_PROJECT_ID: projectId,
			SANITY_DATASET: dataset,
			SANITY_API_HOST: url,
			SANITY_CDN_URL: url,
		},
		stop: () => new Promise((resolve) => server.close(() => resolve())),
	};
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
