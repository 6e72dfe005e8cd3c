/**
 * The address the public reaches the site at, for links that must be absolute (canonical and
 * `hreflang` links, Open Graph, the sitemap, feeds): SITE_ORIGIN when it is set to an
 * http(s) address, otherwise what the request says (its Host header, and X-Forwarded-Proto
 * from a proxy). Production sets SITE_ORIGIN: a request's headers are whatever its sender
 * wrote, and a CDN may keep a page for everyone.
 */

// A host name or IPv4/IPv6 address with an optional port; anything else is not used.
const hostHeader = /^(?:[a-z0-9](?:[a-z0-9.-]{0,251}[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** `configured` as an origin (`https://boai.example.cn`), or the origin `request` was sent to. */
export function siteOrigin(
	configured: string | undefined,
	request: { url: string; headers: Headers },
): string {
	const parsed = configured ? URL.parse(configured.trim()) : null;
	if (parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:')) return parsed.origin;

	const url = new URL(request.url);
	const host = request.headers.get('host') ?? '';
	const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
	const protocol =
		forwarded === 'https' || forwarded === 'http' ? forwarded : url.protocol.slice(0, -1);

	return hostHeader.test(host) ? `${protocol}://${host.toLowerCase()}` : url.origin;
}

/** `path` (starting with `/`) as an absolute URL on `origin`. */
export function absoluteUrl(origin: string, path: string): string {
	return new URL(path, `${origin}/`).href;
}
