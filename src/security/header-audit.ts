/**
 * Checks a response's security headers against what the site promises: every fixed header
 * with its value, and a Content-Security-Policy that allows nothing beyond what that kind of
 * response needs. Used by the tests; gives one line per problem, empty when all is well.
 */
import { noNeeds, parsePolicy, type PageNeeds } from './csp.ts';
import { fixedSecurityHeaders } from './headers.ts';

/** What a response is allowed. */
export type HeaderExpectation =
	| {
			kind: 'page';
			needs?: PageNeeds;
			/** Origins the deployment configures (tiles on map pages, an unproxied CDN). */
			tileOrigins?: string[];
			assetOrigins?: string[];
	  }
	| { kind: 'resource'; svg?: boolean };

const required: Record<HeaderExpectation['kind'], Record<string, string>> = {
	page: {
		'default-src': "'self'",
		'object-src': "'none'",
		'base-uri': "'none'",
		'frame-ancestors': "'none'",
		'form-action': "'self'",
		'frame-src': "'none'",
	},
	resource: {
		'default-src': "'none'",
		'frame-ancestors': "'none'",
		'base-uri': "'none'",
		'form-action': "'none'",
	},
};

const hash = /^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/;

/** The problems with `headers` for a response of `expectation`'s kind. */
export function auditSecurityHeaders(headers: Headers, expectation: HeaderExpectation): string[] {
	const problems: string[] = [];

	for (const [name, value] of Object.entries(fixedSecurityHeaders)) {
		const actual = headers.get(name);
		if (actual === null) problems.push(`${name} is missing`);
		else if (actual !== value) problems.push(`${name} is "${actual}", not "${value}"`);
	}

	const header = headers.get('Content-Security-Policy');
	if (header === null) return [...problems, 'Content-Security-Policy is missing'];

	const policy = parsePolicy(header);
	for (const [name, value] of Object.entries(required[expectation.kind])) {
		const sources = policy.get(name);
		if (sources?.length !== 1 || sources[0] !== value) {
			problems.push(`${name} is "${sources?.join(' ') ?? '(absent)'}", not "${value}"`);
		}
	}

	for (const [name, sources] of policy) {
		for (const source of sources) {
			if (!allowed(expectation, name, source)) problems.push(`${name} allows ${source}`);
		}
	}
	return problems;
}

function allowed(expectation: HeaderExpectation, directive: string, source: string): boolean {
	if (expectation.kind === 'resource') {
		if (source === "'none'") return true;
		return expectation.svg === true && directive === 'style-src' && source === "'unsafe-inline'";
	}

	const needs = expectation.needs ?? noNeeds;
	const tiles = needs.tiles ? (expectation.tileOrigins ?? []) : [];
	const assets = expectation.assetOrigins ?? [];
	if (source === "'self'" || source === "'none'") return true;

	switch (directive) {
		case 'script-src':
			return hash.test(source) || (needs.wasm && source === "'wasm-unsafe-eval'");
		case 'style-src':
			return hash.test(source) || source === "'unsafe-hashes'";
		case 'img-src':
			return (
				(needs.tiles && source === 'data:') ||
				(needs.blobImages && source === 'blob:') ||
				tiles.includes(source) ||
				assets.includes(source)
			);
		case 'connect-src':
			return (needs.blobImages && source === 'blob:') || assets.includes(source);
		case 'media-src':
			return assets.includes(source);
		case 'worker-src':
			return needs.blobWorkers && source === 'blob:';
		default:
			return false;
	}
}
