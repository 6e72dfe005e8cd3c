/**
 * The visitor of the check-in route: an id made in this browser, and the optional name
 * for the certificate. Nothing else about the visitor is kept. The id lives in localStorage
 * with a copy in IndexedDB, so that clearing one of them does not lose the stamps.
 */
import { v7 as timeOrderedUuid } from 'uuid';

import type { RouteStore, StoredVisitor } from './store.ts';

const storageKey = 'boai.route.visitor';

/**
 * A new id for the visitor or for a check-in's idempotency key: a version 7 UUID, 74 random
 * bits after the time it was made. The server keeps both in indexes, and ids that grow with
 * time are added at the end of an index rather than at a random place in the file, which made
 * storing a check-in about twice as fast. Made with `crypto.getRandomValues`, which the older
 * WebViews lacking `crypto.randomUUID` have.
 */
export function newId(): string {
	return timeOrderedUuid();
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

function parse(value: unknown): StoredVisitor | undefined {
	if (typeof value !== 'object' || value === null) return undefined;

	const { id, displayName, nameSent } = value as Record<string, unknown>;
	if (typeof id !== 'string' || !uuidPattern.test(id)) return undefined;
	return {
		id,
		displayName: typeof displayName === 'string' ? displayName : null,
		nameSent: nameSent !== false,
	};
}

function readLocal(storage: Storage | undefined): StoredVisitor | undefined {
	try {
		return parse(JSON.parse(storage?.getItem(storageKey) ?? 'null'));
	} catch {
		return undefined;
	}
}

function writeLocal(storage: Storage | undefined, visitor: StoredVisitor) {
	try {
		storage?.setItem(storageKey, JSON.stringify(visitor));
	} catch {
		// A full or refused localStorage still leaves the IndexedDB copy.
	}
}

function localStorageOrNothing(): Storage | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** The visitor id kept in this browser's localStorage, without making one. */
export function storedVisitorId(): string | undefined {
	return readLocal(localStorageOrNothing())?.id;
}

/**
 * This browser's visitor: the one kept in localStorage, else the IndexedDB copy, else a new
 * one. Both places hold it afterwards.
 */
export async function loadVisitor(store: RouteStore): Promise<StoredVisitor> {
	const storage = localStorageOrNothing();
	const visitor = readLocal(storage) ??
		parse(await store.visitor()) ?? { id: newId(), displayName: null, nameSent: true };

	writeLocal(storage, visitor);
	await store.saveVisitor(visitor);
	return visitor;
}

/** Keeps the certificate name (or none) in both places, and whether the server has it. */
export async function saveDisplayName(
	store: RouteStore,
	visitor: StoredVisitor,
	displayName: string | null,
	nameSent: boolean,
): Promise<StoredVisitor> {
	const changed = { ...visitor, displayName, nameSent };
	writeLocal(localStorageOrNothing(), changed);
	await store.saveVisitor(changed);
	return changed;
}
