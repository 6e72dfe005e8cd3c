/**
 * The Sanity read token is a runtime secret, so scanning the build output cannot show that it
 * stays on the server. Here the production server runs in Sanity mode against the local
 * stand-in with a canary token: every page, every script those pages load (and the scripts
 * those import), the site's data files and the server's own log must be free of it — while
 * the stand-in's API must have received it as a bearer token on every query, so that a server
 * that never used the token could not pass.
 */
import { randomBytes } from 'node:crypto';
import { createServer, request as forward, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { startSanityStandIn, type SanityStandIn } from '../support/sanity-stand-in.ts';
import { crawl, type CrawledPage } from './support/crawl.ts';
import { startServer, type RunningServer } from './support/server.ts';

const CANARY = `read-token-canary-${randomBytes(12).toString('hex')}`;

// Files the site serves besides its pages, which a crawl of links does not reach.
const DATA_FILES = [
	'/rss.xml',
	'/en/rss.xml',
	'/sitemap.xml',
	'/robots.txt',
	'/map/sites.geojson',
	'/map/sites.csv',
	'/search-index.zh.json',
	'/search-index.en.json',
	'/healthz',
];

/** One request the site sent to the Sanity API. */
interface ApiRequest {
	path: string;
	authorization: string | undefined;
}

/** A pass-through in front of the stand-in that notes each request's path and credentials. */
interface RecordingProxy {
	url: string;
	requests: ApiRequest[];
	stop: () => Promise<void>;
}

async function startRecordingProxy(target: string): Promise<RecordingProxy> {
	const requests: ApiRequest[] = [];
	const server: Server = createServer((incoming, outgoing) => {
		requests.push({ path: incoming.url ?? '/', authorization: incoming.headers.authorization });

		const upstream = forward(
			new URL(incoming.url ?? '/', target),
			{ method: incoming.method, headers: incoming.headers },
			(answer) => {
				outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(outgoing);
			},
		);
		upstream.on('error', (error) => {
			outgoing.writeHead(502, { 'Content-Type': 'text/plain' });
			outgoing.end(`the stand-in did not answer: ${error.message}`);
		});
		incoming.pipe(upstream);
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;

	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		stop: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}

/** The scripts a page's HTML loads: `<script src>` and module preloads. */
function scriptsLoadedBy(html: string): string[] {
	return [
		...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g),
		...html.matchAll(/<link\b[^>]*\srel="modulepreload"[^>]*\shref="([^"]+)"/g),
		...html.matchAll(/<link\b[^>]*\shref="([^"]+)"[^>]*\srel="modulepreload"/g),
	].map(([, address = '']) => address);
}

// Quoted addresses of JavaScript files: static and dynamic imports, a service worker, and
// the `_astro/…` chunk lists Vite writes relative to the site's root. Comments name files
// too, so a named address that answers nothing is no script.
function scriptsNamedIn(text: string): string[] {
	const quoted = /["'`]((?:\.{1,2}\/|\/|_astro\/)[^"'`\s<>]*?\.m?js)(?:\?[^"'`\s]*)?["'`]/g;
	return [...text.matchAll(quoted)].map(([, address = '']) =>
		address.startsWith('_astro/') ? `/${address}` : address,
	);
}

/** What the pages' scripts are: their text by path, and the loaded ones that did not answer. */
interface ScriptFetch {
	scripts: Map<string, string>;
	missing: string[];
}

/** Every script the pages load or name, fetched, with every script those name in turn. */
async function fetchScripts(origin: string, pages: CrawledPage[]): Promise<ScriptFetch> {
	const scripts = new Map<string, string>();
	const missing: string[] = [];
	const queue = pages.flatMap((page) => [
		...scriptsLoadedBy(page.html).map((address) => ({
			address,
			base: origin + page.path,
			loaded: true,
		})),
		...scriptsNamedIn(page.html).map((address) => ({
			address,
			base: origin + page.path,
			loaded: false,
		})),
	]);
	const seen = new Set<string>();

	while (queue.length > 0) {
		const { address, base, loaded } = queue.shift()!;
		const url = new URL(address, base);
		if (url.origin !== origin || seen.has(url.pathname)) continue;
		seen.add(url.pathname);

		const response = await fetch(url);
		if (!response.ok) {
			if (loaded) missing.push(`${url.pathname}: ${response.status}`);
			continue;
		}

		const text = await response.text();
		scripts.set(url.pathname, text);
		for (const named of scriptsNamedIn(text)) {
			queue.push({ address: named, base: url.href, loaded: false });
		}
	}
	return { scripts, missing };
}

let standIn: SanityStandIn;
let proxy: RecordingProxy;
let server: RunningServer;
let pages: CrawledPage[];
let scripts: ScriptFetch;

beforeAll(async () => {
	standIn = await startSanityStandIn();
	proxy = await startRecordingProxy(standIn.url);
	server = await startServer({
		...standIn.sanitySettings,
		SANITY_API_HOST: proxy.url,
		SANITY_READ_TOKEN: CANARY,
		// No snapshot file: every page must come from the API, with the token.
		CONTENT_SNAPSHOT_PATH: 'off',
	});
	pages = await crawl(server.url);
	scripts = await fetchScripts(server.url, pages);
	process.stdout.write(
		`read token: ${pages.length} pages and ${scripts.scripts.size} scripts checked, ${proxy.requests.length} API requests seen\n`,
	);
}, 300_000);

afterAll(async () => {
	await server?.stop();
	await proxy?.stop();
	await standIn?.stop();
});

describe('a Sanity read token set on the server', () => {
	test('is sent to the Sanity API as a bearer token with every query', () => {
		const queries = proxy.requests.filter((request) => request.path.includes('/data/query/'));

		expect(queries.length).toBeGreaterThan(0);
		expect(queries.filter((query) => query.authorization !== `Bearer ${CANARY}`)).toEqual([]);
	});

	test('appears in no page, in either language', () => {
		const paths = pages.map((page) => page.path);
		for (const section of ['/', '/en/', '/stories/', '/museum/', '/map/', '/route/']) {
			expect(paths).toContain(section);
		}
		expect(pages.length).toBeGreaterThan(100);

		expect(pages.filter((page) => page.html.includes(CANARY)).map((page) => page.path)).toEqual([]);
	});

	test('appears in no script the pages load, nor in any script those import', () => {
		const fetched = [...scripts.scripts];

		expect(scripts.missing).toEqual([]);
		expect(fetched.filter(([path]) => path.startsWith('/_astro/')).length).toBeGreaterThan(5);
		expect(fetched.filter(([, text]) => text.includes(CANARY)).map(([path]) => path)).toEqual([]);
	});

	test('appears in none of the feeds, indexes, exports and reports the site serves', async () => {
		const answered: string[] = [];
		const leaking: string[] = [];

		for (const path of DATA_FILES) {
			const response = await fetch(server.url + path);
			if (!response.ok) continue;

			answered.push(path);
			const text = await response.text();
			const headers = JSON.stringify([...response.headers]);
			if (text.includes(CANARY) || headers.includes(CANARY)) leaking.push(path);
		}

		expect(answered.length).toBeGreaterThan(DATA_FILES.length / 2);
		expect(leaking).toEqual([]);
	});

	test('is not written to the server’s log', () => {
		expect(server.output()).not.toContain(CANARY);
	});
});
