import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';

import { hashSource, inlineSources } from '../../src/security/inline-code.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the inline code of a page', () => {
	test('hashes inline scripts exactly as written, and not external or data scripts', () => {
		const html = [
			'<script type="module">console.log("a")</script>',
			'<script src="/_astro/x.js"></script>',
			'<script type="application/json" id="d">{"a":1}</script>',
			'<script>\n  let b = 1 < 2;\n</script>',
		].join('');

		expect(inlineSources(html).scripts).toEqual([
			sha('console.log("a")'),
			sha('\n  let b = 1 < 2;\n'),
		]);
	});

	test('hashes style elements and style attributes, decoding the attribute’s character references', () => {
		const html =
			'<style>.a{color:red}</style><p style="width: 50%; font-family: &quot;x&quot;">x</p>';
		const found = inlineSources(html);

		expect(found.styles).toEqual([sha('.a{color:red}')]);
		expect(found.styleAttributes).toEqual([sha('width: 50%; font-family: "x"')]);
	});

	test('is not fooled by a quoted ">" inside an attribute or by tags inside a script', () => {
		const html =
			'<script data-x="a>b" type="module">let s = "<p style=\'color:red\'>";</script><div title="x>y" style="color:blue"></div>';
		const found = inlineSources(html);

		expect(found.scripts).toEqual([sha('let s = "<p style=\'color:red\'>";')]);
		expect(found.styleAttributes).toEqual([sha('color:blue')]);
	});

	test('gives the sha256 source format browsers expect', () => {
		expect(hashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
	});
});
