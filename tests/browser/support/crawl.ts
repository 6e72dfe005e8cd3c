/**
 * Finds the site's pages by following links from the home pages, and picks a few of each
 * kind: pages under the same parent that load the same scripts and style sheets are made by
 * one template, and behave alike in a browser.
 */

/** A page found by the crawl, with what its HTML loads. */
export interface CrawledPage {
	path: string;
	html: string;
}

const skipped = /\.(xml|json|geojson|csv|png|svg|txt|webp|jpe?g|mp3|glb)$/i;

/** Every page reachable from `/` and `/en/` on `origin`, up to `limit` pages. */
export async function crawl(origin: string, limit = 500): Promise<CrawledPage[]> {
	const queue = ['/', '/en/'];
	const seen = new Set(queue);
	const pages: CrawledPage[] = [];

	while (queue.length > 0 && pages.length < limit) {
		const batch = queue.splice(0, 8);
		const fetched = await Promise.all(
			batch.map(async (path) => {
				const response = await fetch(origin + path);
				const type = response.headers.get('Content-Type') ?? '';
				return response.ok && type.startsWith('text/html')
					? { path, html: await response.text() }
					: null;
			}),
		);

		for (const page of fetched) {
			if (!page) continue;
			pages.push(page);
			for (const link of links(page.html)) {
				if (!seen.has(link)) {
					seen.add(link);
					queue.push(link);
				}
			}
		}
	}
	return pages;
}

/** At most `perKind` pages of each kind (parent path and loaded assets). */
export function pagesOfEachKind(pages: CrawledPage[], perKind = 1): CrawledPage[] {
	const counts = new Map<string, number>();
	return pages.filter((page) => {
		const kind = kindOf(page);
		const count = counts.get(kind) ?? 0;
		counts.set(kind, count + 1);
		return count < perKind;
	});
}

function kindOf(page: CrawledPage): string {
	const parent = page.path.replace(/[^/]+\/?$/, '');
	const assets = [...page.html.matchAll(/(?:src|href)="(\/_astro\/[^"]+)"/g)]
		.map(([, a]) => a)
		.sort();
	return `${parent} ${assets.join(' ')}`;
}

function links(html: string): string[] {
	return [...html.matchAll(/<a\b[^>]*\shref="(\/[^"#?]*)(?:\?[^"#]*)?(?:#[^"]*)?"/g)]
		.map(([, path]) => decodeURI(path ?? ''))
		.filter((path) => path !== '' && !path.startsWith('//') && !skipped.test(path))
		.map((path) => encodeURI(path));
}
