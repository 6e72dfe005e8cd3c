/**
 * Which pages need more than the site itself, by address. A page that starts drawing map
 * tiles or 3D models must be listed here, or the browser blocks what it loads (and the CSP
 * browser test, which visits every page, reports it).
 */
import { noNeeds, type PageNeeds } from './csp.ts';

interface Rule {
	/** Matches the path without its `/en` prefix. */
	path: RegExp;
	needs: Partial<PageNeeds>;
}

const rules: Rule[] = [
	// The outreach-site map and the check-in route's overview map (Leaflet).
	{ path: /^\/map\/?$/, needs: { tiles: true } },
	{ path: /^\/route\/?$/, needs: { tiles: true } },
	// The 3D hall and the exhibit model viewer load glTF through three's GLTFLoader, which
	// turns textures embedded in a GLB into `blob:` images. Compressed models are decoded by
	// the site's own Meshopt (WebAssembly) and Draco (WebAssembly in `blob:` workers) decoders
	// (site/islands/museum/assets.ts).
	{ path: /^\/museum(\/.*)?$/, needs: { blobImages: true, blobWorkers: true, wasm: true } },
];

/** What the page at `pathname` needs, in either language. */
export function pageNeeds(pathname: string): PageNeeds {
	const path = pathname.replace(/^\/en(?=\/|$)/, '') || '/';
	const needs = { ...noNeeds };

	for (const rule of rules) {
		if (rule.path.test(path)) Object.assign(needs, rule.needs);
	}
	return needs;
}
