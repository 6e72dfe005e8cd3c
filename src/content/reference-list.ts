/**
 * The entries of a reference array (a story's related stories, a route's stops) as a query
 * projects them, `{ _ref, ...@->{_type, …} }`, sorted into the documents to show and the
 * problems of the referring document: an entry that is no reference, points at nothing, at a
 * document of another type, at the referring document itself, or repeats an earlier one.
 */
import { quoteValue } from './explain.ts';

export interface ReferenceListOptions {
	/** The `_id` of the referring document. */
	parentId: string;
	/** The field holding the references, as the Studio names it (`related`, `stops`). */
	field: string;
	/** The type every entry must point at. */
	to: string;
}

/** The referenced documents in their order (without `_ref`), and what was wrong. */
export interface ReferenceList {
	documents: Array<Record<string, unknown>>;
	problems: string[];
}

/** Sorts out `raw`; anything but an array is an empty list. */
export function followReferences(raw: unknown, options: ReferenceListOptions): ReferenceList {
	const documents: Array<Record<string, unknown>> = [];
	const problems: string[] = [];
	const seen = new Set<string>();

	for (const entry of Array.isArray(raw) ? (raw as unknown[]) : []) {
		const problem = entryProblem(entry, options, seen);
		if (problem) {
			problems.push(problem);
			continue;
		}

		const { _ref: ref, ...document } = entry as Record<string, unknown>;
		seen.add(ref as string);
		documents.push(document);
	}

	return { documents, problems };
}

function entryProblem(
	entry: unknown,
	{ parentId, field, to }: ReferenceListOptions,
	seen: ReadonlySet<string>,
): string | null {
	const ref = (entry as { _ref?: unknown } | null)?._ref;
	if (typeof ref !== 'string') {
		return `has an entry in ${field} set to ${quoteValue(entry ?? null)}, which points at nothing: remove it in the Studio`;
	}

	if (!('_id' in (entry as object))) {
		return `has ${field} pointing at ${ref}, which does not exist (deleted or unpublished): remove it or choose another one in the Studio`;
	}

	const type = (entry as { _type?: unknown })._type;
	if (typeof type === 'string' && type !== to) {
		return `has ${field} pointing at ${ref}, whose type is ${type}, not ${to}: choose one of type ${to} in the Studio`;
	}

	if (ref === parentId) return `lists itself in ${field}: remove it in the Studio`;
	if (seen.has(ref)) return `lists ${ref} twice in ${field}: remove the second one in the Studio`;
	return null;
}
