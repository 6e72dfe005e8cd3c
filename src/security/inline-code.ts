/**
 * Finds the inline scripts, `<style>` elements and `style` attributes of a rendered HTML page
 * and gives their CSP hashes, so that a policy can allow exactly the inline code the page was
 * rendered with. Script and style contents are raw text in HTML (no entities are decoded), so
 * the text between the tags is exactly what the browser hashes.
 */
import { createHash } from 'node:crypto';

import type { InlineSources } from './csp.ts';

// An attribute: a name, then optionally `=` with a quoted or bare value; quoted values may
// hold `>`, which must not end the tag.
const attribute = String.raw`\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?`;
const scriptElement = new RegExp(
	String.raw`<script((?:${attribute})*)\s*\/?>([\s\S]*?)<\/script\s*>`,
	'gi',
);
const styleElement = new RegExp(
	String.raw`<style((?:${attribute})*)\s*>([\s\S]*?)<\/style\s*>`,
	'gi',
);
const anyTag = new RegExp(String.raw`<[a-zA-Z][a-zA-Z0-9-]*((?:${attribute})*)\s*\/?>`, 'g');
const styleAttribute = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;

// Script types a browser runs; anything else (JSON data, templates) is inert text.
const executableTypes = new Set([
	'',
	'module',
	'text/javascript',
	'application/javascript',
	'text/ecmascript',
	'application/ecmascript',
]);

/** The `'sha256-…'` source of `text`. */
export function hashSource(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of every inline script, style element and style attribute in `html`. */
export function inlineSources(html: string): InlineSources {
	const scripts = new Set<string>();
	const styles = new Set<string>();
	const styleAttributes = new Set<string>();

	for (const [, attributes = '', text = ''] of html.matchAll(scriptElement)) {
		if (/\ssrc\s*=/i.test(attributes)) continue;
		if (!executableTypes.has(typeOf(attributes))) continue;

		scripts.add(hashSource(text));
	}

	for (const [, , text = ''] of html.matchAll(styleElement)) styles.add(hashSource(text));

	for (const [, attributes = ''] of withoutRawText(html).matchAll(anyTag)) {
		const match = styleAttribute.exec(attributes);
		if (match) styleAttributes.add(hashSource(decodeAttribute(match[1] ?? match[2] ?? '')));
	}

	return { scripts: [...scripts], styles: [...styles], styleAttributes: [...styleAttributes] };
}

function typeOf(attributes: string): string {
	const match = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(attributes);
	return (match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim().toLowerCase();
}

// Script and style bodies can contain text that looks like tags: leave them out before
// looking for style attributes.
function withoutRawText(html: string): string {
	return html.replace(scriptElement, '').replace(styleElement, '');
}

// Attribute values are hashed as the browser sees them, after character references.
function decodeAttribute(value: string): string {
	return value.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt);/gi, (entity, name: string) => {
		const lower = name.toLowerCase();
		if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
		if (lower.startsWith('#')) return String.fromCodePoint(Number.parseInt(lower.slice(1), 10));
		const named: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
		return named[lower] ?? entity;
	});
}
