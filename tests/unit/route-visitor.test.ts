import { afterEach, describe, expect, test, vi } from 'vitest';

import { localStorageStore } from '../../site/scripts/route/store.ts';
import { loadVisitor, newId, saveDisplayName } from '../../site/scripts/route/visitor.ts';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, String(value)),
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('the visitor id', () => {
	test('is a version 7 UUID: unique, and ids made later sort after earlier ones', () => {
		const ids = Array.from({ length: 50 }, newId);

		expect(ids.every((id) => uuid.test(id))).toBe(true);
		expect(new Set(ids).size).toBe(50);
		expect([...ids].sort()).toEqual(ids);
	});

	test('carries the time it was made in its first 48 bits, and random bits after', () => {
		const before = Date.now();
		const id = newId();
		const madeAt = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);

		expect(madeAt).toBeGreaterThanOrEqual(before);
		expect(madeAt).toBeLessThanOrEqual(Date.now());
		expect(newId().slice(14)).not.toBe(id.slice(14));
	});

	test('is made once and then read back from the IndexedDB copy', async () => {
		const store = localStorageStore(memoryStorage(), 'test');

		const first = await loadVisitor(store);
		const again = await loadVisitor(store);

		expect(first.id).toMatch(uuid);
		expect(again).toEqual(first);
		expect(first).toEqual({ id: first.id, displayName: null, nameSent: true });
	});

	test('prefers the copy in localStorage, and keeps both in step', async () => {
		const storage = memoryStorage();
		vi.stubGlobal('window', { localStorage: storage });
		const kept = {
			id: '6f1c1b7e-8d1a-4c55-9a57-2f7f3b0a1c11',
			displayName: '小红',
			nameSent: true,
		};
		storage.setItem('boai.route.visitor', JSON.stringify(kept));
		const store = localStorageStore(memoryStorage(), 'test');

		expect(await loadVisitor(store)).toEqual(kept);
		expect(await store.visitor()).toEqual(kept);
	});

	test('ignores a stored value that is not a visitor', async () => {
		const storage = memoryStorage();
		vi.stubGlobal('window', { localStorage: storage });
		storage.setItem('boai.route.visitor', '{"id":"not-a-uuid"}');

		const visitor = await loadVisitor(localStorageStore(memoryStorage(), 'test'));

		expect(visitor.id).toMatch(uuid);
	});

	test('remembers a name not yet sent to the server', async () => {
		const store = localStorageStore(memoryStorage(), 'test');
		const visitor = await loadVisitor(store);

		await saveDisplayName(store, visitor, '小红', false);

		expect(await store.visitor()).toEqual({ id: visitor.id, displayName: '小红', nameSent: false });
	});
});
