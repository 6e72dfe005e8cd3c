import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { problemsOf, type DatasetProblem } from '../support/dataset-problems.ts';
import { readExportDataset, type ExportedDocument } from '../support/export-dataset.ts';
import { checkImportRules } from '../support/import-rules.ts';
import { studioSchema, validateDataset } from '../support/sanity-validation.ts';
import { writeValidDataset } from './fixtures/valid-dataset.ts';

// The checks of the real dataset are only worth something if they fail on broken data:
// these tests break a known-good dataset one rule at a time.

const schema = studioSchema();
let contentDir = '';
let documents: ExportedDocument[] = [];

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'boai-dataset-'));
	documents = await writeValidDataset(contentDir);
});

afterAll(async () => {
	await rm(contentDir, { recursive: true, force: true });
});

/** The fixture's documents with `change` applied to a copy of the one with `id`. */
function variant(id: string, change: (document: Record<string, any>) => void): ExportedDocument[] {
	return documents.map((document) => {
		if (document._id !== id) return document;

		const copy = structuredClone(document);
		change(copy);
		return copy;
	});
}

async function validate(dataset: ExportedDocument[]): Promise<DatasetProblem[]> {
	return validateDataset(dataset, contentDir, schema);
}

function errorsAt(problems: DatasetProblem[], documentId: string) {
	return problemsOf(problems, 'error')
		.filter((problem) => problem.documentId === documentId)
		.map(({ path, message }) => ({ path, message }));
}

describe('the dataset checks on a known-good dataset', () => {
	test('a dataset that follows every rule imports without problems', async () => {
		const dataset = await readExportDataset(contentDir);

		expect(await checkImportRules(dataset)).toEqual([]);
	});

	test('a dataset that follows every rule passes the Studio schema without errors or warnings', async () => {
		expect(await validate(documents)).toEqual([]);
	});
});

describe('the Studio schema validation', () => {
	test('a stop without a Chinese title and with a 1000 m radius fails on both fields', async () => {
		const broken = variant('stop-shen-nong-gong-yuan', (stop) => {
			stop.title = { _type: 'localeString', en: 'Shennong Park' };
			stop.radius = 1000;
		});

		const errors = errorsAt(await validate(broken), 'stop-shen-nong-gong-yuan');

		expect(errors).toContainEqual({ path: 'title.zh', message: '请填写中文' });
		expect(errors).toContainEqual({ path: 'radius', message: '打卡半径必须在 20 到 500 米之间' });
	});

	test('a story without a title names the field to fill in', async () => {
		const broken = variant('story-jiu-hu', (story) => delete story.title);

		expect(errorsAt(await validate(broken), 'story-jiu-hu')).toContainEqual({
			path: 'title',
			message: '请填写中文标题',
		});
	});

	test('an image without alt text is an error', async () => {
		const broken = variant('story-jiu-hu', (story) => delete story.coverImage.alt);

		expect(errorsAt(await validate(broken), 'story-jiu-hu')).toContainEqual({
			path: 'coverImage.alt',
			message: '请为图片填写替代文字（中文必填）',
		});
	});

	test('a narration without a transcript is an error', async () => {
		const broken = variant('exhibit-yao-xiang', (exhibit) => delete exhibit.transcript);

		expect(errorsAt(await validate(broken), 'exhibit-yao-xiang')).toContainEqual({
			path: 'transcript',
			message: '上传了语音讲解，请填写讲解的中文文稿',
		});
	});

	test('a slug used by two stories is reported, found through the GROQ client', async () => {
		const broken = variant('story-jiu-hu', (story) => (story.slug.current = 'xian-xue'));

		const problems = await validate(broken);

		expect(errorsAt(problems, 'story-jiu-hu').map(({ path }) => path)).toContain('slug');
		expect(errorsAt(problems, 'story-xian-xue').map(({ path }) => path)).toContain('slug');
	});

	test('two exhibits with the same order in one hall are both reported', async () => {
		const broken = variant('exhibit-bian-dai', (exhibit) => (exhibit.order = 1));

		const problems = await validate(broken);

		expect(errorsAt(problems, 'exhibit-bian-dai')).toContainEqual({
			path: 'order',
			message: '同一展厅里的展品“药箱”已使用排序号 1，请换一个数字',
		});
		expect(errorsAt(problems, 'exhibit-yao-xiang').map(({ path }) => path)).toContain('order');
	});

	test('a place outside Zhuzhou is a warning, not an error', async () => {
		const moved = variant(
			'site-001',
			(site) => (site.location = { _type: 'geopoint', lat: 39.9, lng: 116.4 }),
		);

		const problems = (await validate(moved)).filter((problem) => problem.documentId === 'site-001');

		expect(problemsOf(problems, 'error')).toEqual([]);
		expect(problemsOf(problems, 'warning').map(({ path }) => path)).toEqual(['location']);
	});

	test('a value outside a closed list is an error', async () => {
		const broken = variant('site-001', (site) => (site.district = 'changsha'));

		expect(errorsAt(await validate(broken), 'site-001').map(({ path }) => path)).toContain(
			'district',
		);
	});

	test('a reference to a missing document is an error', async () => {
		const broken = variant('exhibit-bian-dai', (exhibit) => (exhibit.hall._ref = 'hall-missing'));

		expect(errorsAt(await validate(broken), 'exhibit-bian-dai').map(({ path }) => path)).toContain(
			'hall',
		);
	});

	test('an object whose _type is not the schema type at its place is an error', async () => {
		const broken = variant('exhibit-bian-dai', (exhibit) => (exhibit.title._type = 'localeText'));

		expect(errorsAt(await validate(broken), 'exhibit-bian-dai').map(({ path }) => path)).toEqual([
			'title',
		]);
	});

	test('an array item of a type the array does not take is an error', async () => {
		const broken = variant('exhibit-bian-dai', (exhibit) => (exhibit.images[0]._type = 'file'));

		const errors = errorsAt(await validate(broken), 'exhibit-bian-dai');

		expect(errors.map(({ path }) => path)).toContain('images[_key=="i1"]');
	});

	test('a field the schema does not have is an error', async () => {
		const broken = variant('hall-qi-yuan', (hall) => (hall.colour = 'red'));

		expect(errorsAt(await validate(broken), 'hall-qi-yuan').map(({ path }) => path)).toEqual([
			'colour',
		]);
	});

	test('a document type the schema does not have is an error', async () => {
		const broken = [...documents, { _id: 'event-1', _type: 'event' }];

		expect(errorsAt(await validate(broken), 'event-1')).toHaveLength(1);
	});

	test('every problem of every document is collected, not just the first', async () => {
		const broken = documents
			.map((document) =>
				document._id === 'story-jiu-hu' ? { ...document, category: 'news' } : document,
			)
			.map((document) =>
				document._id === 'hall-qi-yuan' ? { ...document, eraEnd: 1800 } : document,
			);

		const ids = problemsOf(await validate(broken), 'error').map(({ documentId }) => documentId);

		expect(new Set(ids)).toEqual(new Set(['story-jiu-hu', 'hall-qi-yuan']));
	});
});

describe('the import rules', () => {
	async function importProblems(dataset: ExportedDocument[]) {
		const dir = await mkdtemp(join(tmpdir(), 'boai-import-'));
		await writeFile(join(dir, 'data.ndjson'), dataset.map((d) => JSON.stringify(d)).join('\n'));

		// Asset files stay where the fixture wrote them.
		const read = await readExportDataset(dir);
		const problems = await checkImportRules({ ...read, contentDir });
		await rm(dir, { recursive: true, force: true });
		return problems;
	}

	test('a dotted id, a draft and a repeated id are reported', async () => {
		const broken = [
			...documents,
			{ _id: 'story.dotted', _type: 'story' },
			{ _id: 'drafts.story-jiu-hu', _type: 'story' },
			{ _id: 'site-001', _type: 'outreachSite' },
		];

		const ids = problemsOf(await importProblems(broken), 'error').map(
			({ documentId }) => documentId,
		);

		expect(ids).toEqual(['story.dotted', 'drafts.story-jiu-hu', 'site-001']);
	});

	test('a missing and a repeated _key are reported with their array', async () => {
		const broken = variant('route-bo-ai', (route) => {
			route.stops = [
				{ _type: 'reference', _ref: 'stop-shen-nong-gong-yuan' },
				{ _type: 'reference', _ref: 'stop-shen-nong-gong-yuan', _key: 'x' },
				{ _type: 'reference', _ref: 'stop-shen-nong-gong-yuan', _key: 'x' },
			];
		});

		const problems = problemsOf(await importProblems(broken), 'error');

		expect(problems.map(({ path }) => path)).toEqual(['stops[0]', 'stops[2]']);
	});

	test('a reference to a document outside the file is reported', async () => {
		const broken = variant(
			'story-xian-xue',
			(story) => (story.related[0]._ref = 'story-elsewhere'),
		);

		const [problem] = problemsOf(await importProblems(broken), 'error');

		expect(problem).toMatchObject({ documentId: 'story-xian-xue', path: 'related[_key=="r1"]' });
	});

	test('an image named with the wrong SHA-1 or size, or missing, is reported', async () => {
		const cover = documents.find((document) => document._id === 'story-jiu-hu')?.coverImage as {
			_sanityAsset: string;
		};
		const realName = cover._sanityAsset;
		const wrongSize = realName.replace(/-64x48\./, '-64x49.');
		const wrongHash = realName.replace(/images\/[0-9a-f]{40}/, `images/${'0'.repeat(40)}`);

		const messages = [];
		for (const name of [wrongSize, wrongHash, 'image@file://./images/not-a-hash.png']) {
			const broken = variant('story-jiu-hu', (story) => (story.coverImage._sanityAsset = name));
			const problems = problemsOf(await importProblems(broken), 'error');
			messages.push(problems.filter((p) => p.documentId === 'story-jiu-hu').length);
		}

		expect(messages).toEqual([1, 1, 1]);
	});

	test('an asset file no document uses is reported', async () => {
		const withoutBandage = documents.filter((document) => document._id !== 'exhibit-bian-dai');

		const unused = problemsOf(await importProblems(withoutBandage), 'error').map(
			({ documentId }) => documentId,
		);

		expect(unused).toHaveLength(1);
		expect(unused[0]).toMatch(/^images\/[0-9a-f]{40}-64x48\.webp$/);
	});
});
