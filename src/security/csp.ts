/**
 * The Content-Security-Policy of each kind of response. A page may load what the site itself
 * serves, plus only what this deployment configures and the page needs: the map's tile host on
 * map pages, Sanity's CDN when images are not proxied, `blob:` where the 3D view builds
 * textures in memory. Inline scripts and styles are allowed by their hashes, never wholesale.
 */

/** A policy as directive → sources, in the order they are written. */
export type Directives = Map<string, string[]>;

/** What a deployment adds to every page that needs it, from its configuration. */
export interface SiteSources {
	/** Origins of the map's base tiles (`https://t0.tianditu.gov.cn`), used on map pages. */
	tileOrigins: string[];
	/** Origins content images and files come from besides the site (Sanity's CDN, unproxied). */
	assetOrigins: string[];
}

/** What one page needs beyond the site itself (see `page-needs.ts`). */
export interface PageNeeds {
	/** It draws a map: tiles from the tile host, and Leaflet's `data:` control icons. */
	tiles: boolean;
	/** It builds images in memory and loads them through `blob:` URLs (glTF textures). */
	blobImages: boolean;
	/** It starts workers from `blob:` URLs (Draco, KTX2 or Meshopt decoders). */
	blobWorkers: boolean;
	/** It compiles WebAssembly (the same decoders). */
	wasm: boolean;
}

/** The inline code of one HTML document, as CSP hash sources (`'sha256-…'`). */
export interface InlineSources {
	scripts: string[];
	styles: string[];
	/** Hashes of `style="…"` attribute values, allowed through `'unsafe-hashes'`. */
	styleAttributes: string[];
}

export const noNeeds: PageNeeds = {
	tiles: false,
	blobImages: false,
	blobWorkers: false,
	wasm: false,
};

export const noInlineCode: InlineSources = { scripts: [], styles: [], styleAttributes: [] };

/**
 * For responses that are not HTML pages (JSON, scripts, images, feeds): nothing may load, and
 * nobody may frame them. An SVG keeps its own inline styles.
 */
export function resourcePolicy(contentType: string): Directives {
	const policy: Directives = new Map([
		['default-src', ["'none'"]],
		['frame-ancestors', ["'none'"]],
		['base-uri', ["'none'"]],
		['form-action', ["'none'"]],
	]);
	if (/^image\/svg\+xml/i.test(contentType)) policy.set('style-src', ["'unsafe-inline'"]);
	return policy;
}

/** The policy of an HTML page with `needs` and the inline code it contains. */
export function pagePolicy(site: SiteSources, needs: PageNeeds, inline: InlineSources): Directives {
	const styleSources = [...inline.styles, ...inline.styleAttributes];

	return new Map([
		['default-src', ["'self'"]],
		['script-src', ["'self'", ...inline.scripts, ...(needs.wasm ? ["'wasm-unsafe-eval'"] : [])]],
		[
			'style-src',
			[
				"'self'",
				...(inline.styleAttributes.length > 0 ? ["'unsafe-hashes'"] : []),
				...unique(styleSources),
			],
		],
		[
			'img-src',
			[
				"'self'",
				...(needs.tiles ? ['data:', ...site.tileOrigins] : []),
				...(needs.blobImages ? ['blob:'] : []),
				...site.assetOrigins,
			],
		],
		['media-src', ["'self'", ...site.assetOrigins]],
		['connect-src', ["'self'", ...(needs.blobImages ? ['blob:'] : []), ...site.assetOrigins]],
		['font-src', ["'self'"]],
		['worker-src', ["'self'", ...(needs.blobWorkers ? ['blob:'] : [])]],
		['manifest-src', ["'self'"]],
		['frame-src', ["'none'"]],
		['object-src', ["'none'"]],
		['base-uri', ["'none'"]],
		['form-action', ["'self'"]],
		['frame-ancestors', ["'none'"]],
	]);
}

/** The header value of `policy`. */
export function serializePolicy(policy: Directives): string {
	return [...policy].map(([name, sources]) => [name, ...unique(sources)].join(' ')).join('; ');
}

/** A header value read back into directives (directive names lower-cased). */
export function parsePolicy(header: string): Directives {
	const policy: Directives = new Map();

	for (const part of header.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (!name || policy.has(name.toLowerCase())) continue;

		policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** `https://host` for each bare host name, as CSP host sources. */
export function httpsOrigins(hosts: string[]): string[] {
	return hosts.map((host) => `https://${host}`);
}

function unique(values: string[]): string[] {
	return [...new Set(values)];
}
