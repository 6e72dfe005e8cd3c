import type { z } from 'zod';

import { fieldPath } from './field-labels.ts';

const longestQuote = 80;

/**
 * A value as a warning quotes it: JSON, cut to a readable length, so that a megabyte pasted
 * into a field does not become a megabyte of log.
 */
export function quoteValue(value: unknown): string {
	const json = JSON.stringify(value) ?? String(value);
	return json.length <= longestQuote
		? json
		: `${json.slice(0, longestQuote)}… (${json.length} characters)`;
}

/**
 * What is wrong with a document of `type`, in words an editor can act on:
 * `has no slug: fill in "网址标识 (slug)" in the Studio`.
 */
export function explainIssues(error: z.ZodError, type?: string): string {
	const sentences = error.issues.map((issue) => explainIssue(issue, type));
	return [...new Set(sentences)].join('; ');
}

function explainIssue(issue: z.core.$ZodIssue, type: string | undefined): string {
	const where = fieldPath(issue.path, type);
	const top = issue.path.find((step) => typeof step === 'string');

	const missing = issue.input === undefined || issue.input === null;
	if (missing && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
		return typeof top === 'string'
			? `has no ${top}: fill in "${where}" in the Studio`
			: 'is empty: fill it in in the Studio';
	}

	if (issue.code === 'invalid_value') {
		const allowed = issue.values.map((value) => JSON.stringify(value)).join(', ');
		return `has "${where}" set to ${quoteValue(issue.input)}, which is not one of ${allowed}: choose one in the Studio`;
	}

	if (issue.code === 'too_small' && issue.origin === 'string') {
		return `has an empty "${where}": fill it in in the Studio`;
	}

	if (issue.code === 'too_small' && issue.origin === 'array') {
		return `has fewer than ${String(issue.minimum)} entries in "${where}": add them in the Studio`;
	}

	return `has an invalid "${where}" (${issue.message}): correct it in the Studio`;
}
