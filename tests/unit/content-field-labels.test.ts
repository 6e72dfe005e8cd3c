import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import {
	documentFieldLabels,
	fieldLabel,
	fieldPath,
	sharedFieldLabels,
} from '../../src/content/field-labels.ts';

const schemaTypes = join(import.meta.dirname, '..', '..', 'studio', 'schema-types');
const documentFiles: Record<string, string> = {
	story: 'story.ts',
	exhibit: 'exhibit.ts',
	hall: 'hall.ts',
	institution: 'institution.ts',
	outreachSite: 'outreach-site.ts',
	routeStop: 'route-stop.ts',
	route: 'route.ts',
	siteSettings: 'site-settings.ts',
};

// Every file of the Studio schema, for labels of fields that many types share.
function allSchemaText(): string {
	const folders = [schemaTypes, join(schemaTypes, 'documents'), join(schemaTypes, 'objects')];
	return folders
		.flatMap((folder) =>
			readdirSync(folder)
				.filter((name) => name.endsWith('.ts'))
				.map((name) => readFileSync(join(folder, name), 'utf8')),
		)
		.join('\n');
}

describe('the field names in warnings', () => {
	test.each(Object.entries(documentFieldLabels))(
		'match the Studio schema of %s',
		(type, fields) => {
			const text = readFileSync(join(schemaTypes, 'documents', documentFiles[type] ?? ''), 'utf8');

			for (const [field, label] of Object.entries(fields)) {
				const declaration = new RegExp(`name: '${field}',[\\s\\S]{0,80}?title: '([^']*)'`);
				expect(text.match(declaration)?.[1], `${type}.${field}`).toBe(label);
			}
		},
	);

	test('of shared fields appear in the Studio schema', () => {
		const text = allSchemaText();
		for (const [field, label] of Object.entries(sharedFieldLabels)) {
			expect(text, `${field}: ${label}`).toContain(label);
		}
	});

	test('read as the label followed by the field key', () => {
		expect(fieldLabel('slug', 'story')).toBe('网址标识 (slug)');
		expect(fieldLabel('title', 'hall')).toBe('展厅名称 (title)');
		expect(fieldLabel('unheardOf')).toBe('unheardOf');
		expect(fieldPath(['coverImage', 'alt', 'zh'], 'story')).toBe(
			'封面图 (coverImage) › 替代文字 (alt) › 中文 (zh)',
		);
		expect(fieldPath([0, 'alt'])).toBe('替代文字 (alt)');
	});
});
