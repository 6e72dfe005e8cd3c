import { describe, expect, it } from 'vitest';

import { en } from '../../src/i18n/messages/en.ts';
import { zh } from '../../src/i18n/messages/zh.ts';

function keyPaths(value: unknown, prefix = ''): string[] {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
	return Object.entries(value).flatMap(([key, child]) =>
		keyPaths(child, prefix ? `${prefix}.${key}` : key),
	);
}

function emptyStrings(value: unknown, prefix = ''): string[] {
	if (typeof value === 'string') return value.trim() === '' ? [prefix] : [];
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([key, child]) =>
		emptyStrings(child, prefix ? `${prefix}.${key}` : key),
	);
}

describe('message dictionaries', () => {
	it('have the same keys in Chinese and English', () => {
		expect(keyPaths(en).sort()).toEqual(keyPaths(zh).sort());
	});

	it('have no empty strings', () => {
		expect(emptyStrings(zh)).toEqual([]);
		expect(emptyStrings(en)).toEqual([]);
	});

	it('name every district of Zhuzhou in both languages', () => {
		expect(Object.keys(zh.districts)).toHaveLength(9);
		expect(zh.districts.liling).toBe('醴陵市');
		expect(en.districts.liling).toBe('Liling City');
	});

	it('give the same number of plan themes in both languages', () => {
		expect(en.about.themes).toHaveLength(zh.about.themes.length);
	});
});
