/**
 * The Content Lake's mutations, applied to documents in memory for the Sanity stand-in:
 * `create`, `createOrReplace`, `createIfNotExists`, `delete` and `patch` with `set`,
 * `setIfMissing` and `unset` on paths such as `images[0].asset`, `body["1"]` or
 * `related[_key=="r1"]._weak` (what the site's tools and `@sanity/import` send).
 */
import type { ContentDocument } from '../../src/content/export-layout.ts';

export interface LakePatch {
	id: string;
	set?: Record<string, unknown>;
	setIfMissing?: Record<string, unknown>;
	unset?: string[];
}

export interface LakeMutation {
	create?: ContentDocument;
	createOrReplace?: ContentDocument;
	createIfNotExists?: ContentDocument;
	delete?: { id: string };
	patch?: LakePatch;
}

/** What the Lake answers for each mutation of a transaction. */
export interface MutationResult {
	id: string;
	operation: 'create' | 'update' | 'delete' | 'none';
}

type Segment = string | number | { key: string };

const segmentPattern = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["([^"]*)"\]|\[_key\s*==\s*"([^"]*)"\]/g;

/** The segments of a patch path, or an error naming a path the stand-in cannot follow. */
export function parsePath(path: string): Segment[] {
	const segments: Segment[] = [];
	let consumed = '';
	for (const match of path.matchAll(segmentPattern)) {
		const [text, name, index, quoted, key] = match;
		consumed += text.startsWith('[') || consumed === '' ? text : `.${text}`;
		if (name !== undefined) segments.push(name);
		else if (index !== undefined) segments.push(Number(index));
		else if (quoted !== undefined) segments.push(quoted);
		else if (key !== undefined) segments.push({ key });
	}
	if (consumed !== path) throw new Error(`the stand-in cannot follow the patch path "${path}"`);
	return segments;
}

function child(container: unknown, segment: Segment): unknown {
	if (typeof segment === 'object') {
		return Array.isArray(container)
			? container.find((item) => (item as { _key?: unknown })?._key === segment.key)
			: undefined;
	}
	return (container as Record<string | number, unknown> | undefined)?.[segment];
}

function setAt(
	document: Record<string, unknown>,
	path: string,
	value: unknown,
	onlyIfMissing: boolean,
) {
	const segments = parsePath(path);
	let container: unknown = document;
	for (const [position, segment] of segments.entries()) {
		const last = position === segments.length - 1;
		const existing = child(container, segment);
		if (last) {
			if (onlyIfMissing && existing !== undefined) return;
			if (typeof segment === 'object') {
				const items = container as Array<Record<string, unknown>>;
				items[items.indexOf(existing as Record<string, unknown>)] = value as Record<
					string,
					unknown
				>;
			} else {
				(container as Record<string | number, unknown>)[segment] = value;
			}
			return;
		}
		if (existing === undefined || existing === null) {
			if (typeof segment === 'object')
				throw new Error(`no item with _key "${segment.key}" at ${path}`);
			const created = typeof segments[position + 1] === 'number' ? [] : {};
			(container as Record<string | number, unknown>)[segment] = created;
			container = created;
		} else {
			container = existing;
		}
	}
}

function unsetAt(document: Record<string, unknown>, path: string) {
	const segments = parsePath(path);
	const parent = segments
		.slice(0, -1)
		.reduce<unknown>((value, segment) => child(value, segment), document);
	const last = segments.at(-1);
	if (parent === undefined || parent === null || last === undefined) return;

	if (typeof last === 'object') {
		const items = parent as Array<{ _key?: unknown }>;
		const index = items.findIndex((item) => item?._key === last.key);
		if (index !== -1) items.splice(index, 1);
	} else if (Array.isArray(parent) && typeof last === 'number') {
		parent.splice(last, 1);
	} else {
		delete (parent as Record<string, unknown>)[last];
	}
}

function applyPatch(document: ContentDocument, patch: LakePatch): ContentDocument {
	const next = structuredClone(document) as Record<string, unknown>;
	for (const [path, value] of Object.entries(patch.setIfMissing ?? {}))
		setAt(next, path, value, true);
	for (const [path, value] of Object.entries(patch.set ?? {})) setAt(next, path, value, false);
	for (const path of patch.unset ?? []) unsetAt(next, path);
	return next as ContentDocument;
}

/** Applies a transaction's mutations to `store`, all or none, as the Lake does. */
export function applyMutations(
	store: Map<string, ContentDocument>,
	mutations: LakeMutation[],
): MutationResult[] {
	const working = new Map(store);
	const results = mutations.map((mutation): MutationResult => {
		if (mutation.create) {
			if (working.has(mutation.create._id)) throw new Error(`${mutation.create._id} exists`);
			working.set(mutation.create._id, mutation.create);
			return { id: mutation.create._id, operation: 'create' };
		}
		if (mutation.createOrReplace) {
			const { _id } = mutation.createOrReplace;
			const operation = working.has(_id) ? 'update' : 'create';
			working.set(_id, mutation.createOrReplace);
			return { id: _id, operation };
		}
		if (mutation.createIfNotExists) {
			const { _id } = mutation.createIfNotExists;
			if (working.has(_id)) return { id: _id, operation: 'none' };
			working.set(_id, mutation.createIfNotExists);
			return { id: _id, operation: 'create' };
		}
		if (mutation.delete) {
			working.delete(mutation.delete.id);
			return { id: mutation.delete.id, operation: 'delete' };
		}
		if (mutation.patch) {
			const current = working.get(mutation.patch.id);
			if (!current) throw new Error(`the patched document ${mutation.patch.id} does not exist`);
			working.set(mutation.patch.id, applyPatch(current, mutation.patch));
			return { id: mutation.patch.id, operation: 'update' };
		}
		throw new Error(`the stand-in does not know the mutation ${JSON.stringify(mutation)}`);
	});

	store.clear();
	for (const [id, document] of working) store.set(id, document);
	return results;
}
