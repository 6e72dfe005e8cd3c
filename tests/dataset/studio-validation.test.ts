import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { ExportedDocument } from '../support/export-dataset.ts';
import { studioSchema, validateDataset } from '../support/sanity-validation.ts';
import { writeValidDataset } from './fixtures/valid-dataset.ts';

// The Studio's messages must say what to fix. These run the Studio's own validation offline:
// slug uniqueness is asked of the dataset through the validation client, not of Sanity's API.

const schema = studioSchema();
let contentDir = '';
let documents: ExportedDocument[] = [];

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'boai-studio-rules-'));
	documents = await writeValidDataset(contentDir);
});

afterAll(async () => {
	await rm(contentDir, { recursive: true, force: true });
});

function variant(id: string, change: (document: Record<string, any>) => void): ExportedDocument[] {
	return documents.map((document) => {
		if (document._id !== id) return document;
		const copy = structuredClone(document);
		change(copy);
		return copy;
	});
}

async function messagesAt(dataset: ExportedDocument[], id: string, path: string) {
	const problems = await validateDataset(dataset, contentDir, schema);
	return problems
		.filter((problem) => problem.documentId === id && problem.path === path)
		.map((problem) => `${problem.level}: ${problem.message}`);
}

describe('the Studio’s slug rule', () => {
	test('a slug another story uses names that story and says what to do, once', async () => {
		const broken = variant('story-jiu-hu', (story) => (story.slug.current = 'xian-xue'));

		const messages = await messagesAt(broken, 'story-jiu-hu', 'slug');

		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(/^error: 网址标识“xian-xue”已被“.+”（story-xian-xue）使用/);
		expect(messages[0]).toMatch(/Generate/);
	});

	test('the same slug on documents of different types is allowed', async () => {
		const reused = variant('site-001', (site) => (site.slug.current = 'xian-xue'));

		expect(await messagesAt(reused, 'site-001', 'slug')).toEqual([]);
	});

	test('a missing slug says to generate it; an empty or malformed one is reported once', async () => {
		const missing = variant('story-jiu-hu', (story) => delete story.slug);
		const empty = variant('story-jiu-hu', (story) => (story.slug.current = ''));
		const malformed = variant('story-jiu-hu', (story) => (story.slug.current = '救护 Training'));

		expect(await messagesAt(missing, 'story-jiu-hu', 'slug')).toEqual([
			'error: 网址标识为空：点击 “Generate” 按钮，从中文标题生成',
		]);
		expect(await messagesAt(empty, 'story-jiu-hu', 'slug')).toHaveLength(1);
		expect(await messagesAt(malformed, 'story-jiu-hu', 'slug')).toEqual([
			expect.stringMatching(/只能用小写字母、数字和单个连字符/),
		]);
	});
});
