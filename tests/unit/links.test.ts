import { describe, expect, it } from 'vitest';

import { safeHref } from '../../site/lib/links.ts';

describe('links in editor-written text', () => {
	it.each([
		'https://www.redcross.org.cn/',
		'http://example.org/a?b=c#d',
		'mailto:info@example.org',
		'tel:+86-731-0000000',
		'/stories/hong-shi-zi/',
		'../about/',
		'#contact',
		'stories/?category=donation',
	])('keeps %j', (href) => {
		expect(safeHref(href)).toBe(href);
	});

	it.each([
		'javascript:alert(1)',
		'JavaScript:alert(1)',
		'JAVASCRIPT:alert(1)',
		' javascript:alert(1)',
		'java script:alert(1)',
		'java\tscript:alert(1)',
		'java\nscript:alert(1)',
		'java\rscript:alert(1)',
		'\u0001javascript:alert(1)',
		'jav\u0000ascript:alert(1)',
		'\tjavascript:alert(1)',
		'javascript\t:alert(1)',
		"javascript:alert('?')",
		'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
		'DATA:text/html,<script>alert(1)</script>',
		'vbscript:msgbox(1)',
		'VBScript:msgbox(1)',
		'file:///etc/passwd',
	])('refuses %j', (href) => {
		expect(safeHref(href)).toBeNull();
	});

	it('refuses an empty or missing address', () => {
		expect(safeHref('')).toBeNull();
		expect(safeHref('   ')).toBeNull();
		expect(safeHref(undefined)).toBeNull();
		expect(safeHref(42)).toBeNull();
	});

	it('trims surrounding whitespace from a safe address', () => {
		expect(safeHref('  https://example.org/  ')).toBe('https://example.org/');
	});
});
