import { uriLooksSafe } from '@portabletext/to-html';

/**
 * The address a link in editor-written text may point to, or `null` when it must render as
 * plain text: only http(s), mailto, tel and relative addresses pass. `javascript:`, `data:`,
 * `vbscript:` and the like are refused in any casing and with any whitespace or control
 * characters mixed in.
 */
export function safeHref(href: unknown): string | null {
	if (typeof href !== 'string') return null;

	// Browsers drop ASCII tabs and newlines anywhere in a URL and ignore leading control
	// characters, so they are removed before the scheme is judged: "java\tscript:" is
	// "javascript:" to a browser.
	const cleaned = href.replace(/[\u0000-\u001f\u007f]/g, '').trim();
	if (cleaned === '') return null;

	return uriLooksSafe(cleaned) ? cleaned : null;
}
