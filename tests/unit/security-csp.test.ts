import { describe, expect, test } from 'vitest';

import {
	httpsOrigins,
	noInlineCode,
	noNeeds,
	pagePolicy,
	parsePolicy,
	resourcePolicy,
	serializePolicy,
	type SiteSources,
} from '../../src/security/csp.ts';
import { pageNeeds } from '../../src/security/page-needs.ts';

const site: SiteSources = { tileOrigins: ['https://t0.tianditu.gov.cn'], assetOrigins: [] };

function policyOf(path: string, sources = site) {
	return parsePolicy(serializePolicy(pagePolicy(sources, pageNeeds(path), noInlineCode)));
}

describe('the policy of a page', () => {
	test('allows the site itself and nothing inline when the page has no inline code', () => {
		const policy = policyOf('/stories/');

		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('script-src')).toEqual(["'self'"]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
		expect(policy.get('img-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(serializePolicy(pagePolicy(site, noNeeds, noInlineCode))).not.toMatch(
			/unsafe-inline|unsafe-eval|\*|blob:|data:|tianditu/,
		);
	});

	test('adds the configured tile host and data: images only on the map pages, in both languages', () => {
		for (const path of ['/map/', '/en/map/', '/route/', '/en/route']) {
			expect(policyOf(path).get('img-src')).toEqual([
				"'self'",
				'data:',
				'https://t0.tianditu.gov.cn',
			]);
		}
		for (const path of ['/', '/map/some-site/', '/route/some-stop/', '/museum/']) {
			expect(policyOf(path).get('img-src')).not.toContain('https://t0.tianditu.gov.cn');
		}
	});

	test('lets only the museum pages load blob: images and run the model decoders', () => {
		expect(policyOf('/museum/').get('img-src')).toContain('blob:');
		expect(policyOf('/en/museum/some-exhibit/').get('connect-src')).toContain('blob:');
		expect(policyOf('/stories/').get('img-src')).not.toContain('blob:');
		expect(policyOf('/museum/').get('worker-src')).toEqual(["'self'", 'blob:']);
		expect(policyOf('/en/museum/some-exhibit/').get('script-src')).toContain("'wasm-unsafe-eval'");

		for (const path of ['/', '/stories/', '/map/', '/route/']) {
			expect(policyOf(path).get('worker-src')).toEqual(["'self'"]);
			expect(policyOf(path).get('script-src')).not.toContain("'wasm-unsafe-eval'");
		}
	});

	test('adds blob: workers and WebAssembly when a page says it decodes with them', () => {
		const needs = { ...noNeeds, blobWorkers: true, wasm: true };
		const policy = pagePolicy(site, needs, noInlineCode);

		expect(policy.get('worker-src')).toEqual(["'self'", 'blob:']);
		expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
	});

	test('lists Sanity’s CDN for images, media and fetches when it is configured unproxied', () => {
		const policy = policyOf('/', { tileOrigins: [], assetOrigins: ['https://cdn.sanity.io'] });

		for (const directive of ['img-src', 'media-src', 'connect-src']) {
			expect(policy.get(directive)).toContain('https://cdn.sanity.io');
		}
		expect(policy.get('script-src')).not.toContain('https://cdn.sanity.io');
	});

	test('allows inline code by its hashes, and style attributes only through unsafe-hashes', () => {
		const policy = pagePolicy(site, noNeeds, {
			scripts: ["'sha256-a'"],
			styles: ["'sha256-b'"],
			styleAttributes: ["'sha256-c'"],
		});

		expect(policy.get('script-src')).toEqual(["'self'", "'sha256-a'"]);
		expect(policy.get('style-src')).toEqual([
			"'self'",
			"'unsafe-hashes'",
			"'sha256-b'",
			"'sha256-c'",
		]);
	});

	test('turns bare tile hosts into https origins', () => {
		expect(httpsOrigins(['tile.openstreetmap.org'])).toEqual(['https://tile.openstreetmap.org']);
	});
});

describe('the policy of anything that is not a page', () => {
	test('loads nothing and cannot be framed', () => {
		expect(serializePolicy(resourcePolicy('application/json'))).toBe(
			"default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
		);
	});

	test('lets an SVG keep its own inline styles, and nothing else', () => {
		const policy = resourcePolicy('image/svg+xml');
		expect(policy.get('style-src')).toEqual(["'unsafe-inline'"]);
		expect(policy.get('default-src')).toEqual(["'none'"]);
	});
});
