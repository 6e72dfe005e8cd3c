import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import gcoord from 'gcoord';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { distanceInMetres } from '../../src/geo/distance.ts';
import { readSiteSheet } from '../../src/content/site-csv.ts';
import { startSanityStandIn, type SanityStandIn } from '../support/sanity-stand-in.ts';
import { validateDataset } from '../support/sanity-validation.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'content-import.ts');
const HEADER = '名称,类型,区县,地址,纬度,经度,坐标系,服务';
const districts = [
	'天元区',
	'荷塘区',
	'芦淞区',
	'石峰区',
	'渌口区',
	'醴陵市',
	'攸县',
	'茶陵县',
	'炎陵县',
];
const kinds = ['社区', '学校', '企业', '公园', '医院', '乡村', '景区'];

let dir = '';

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'boai-import-'));
	await copyFile(join(ROOT, 'content', 'data.ndjson'), join(dir, 'data.ndjson'));
});

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** A good row: sites spread over the districts, around the city centre. */
function goodRow(n: number): string {
	const lat = (27.7 + (n % 20) * 0.01).toFixed(5);
	const lng = (113.05 + Math.floor(n / 20) * 0.02).toFixed(5);
	const datum = n % 3 === 0 ? 'GCJ-02' : 'WGS-84';
	const district = districts[n % districts.length];
	return `博爱驿站${n}号,${kinds[n % kinds.length]},${district},株洲市${district}示范路${n}号,${lat},${lng},${datum},应急救护培训、人道宣传`;
}

/** 100 rows: 95 good, then (at known lines) the five kinds of bad row. */
function sheet(): { text: string; badLines: number[] } {
	const rows = Array.from({ length: 95 }, (_, index) => goodRow(index + 1));
	const bad = [
		[10, ',社区,天元区,株洲市天元区某路,27.8,113.1,WGS-84,'],
		[25, '纬度过大的站点,社区,天元区,株洲市天元区某路,120,113.1,WGS-84,'],
		[40, '经度是文字的站点,学校,荷塘区,株洲市荷塘区某路,27.8,东经一百一十三度,WGS-84,'],
		[60, '区县不存在的站点,公园,长沙县,长沙县某路,27.8,113.1,WGS-84,'],
		[99, goodRow(7)],
	] as const;
	// Lines count the header as line 1, so row r of the body is on line r.
	for (const [line, row] of bad) rows.splice(line - 2, 0, row);
	return { text: [HEADER, ...rows].join('\r\n'), badLines: bad.map(([line]) => line) };
}

async function runImport(file: string, env: Record<string, string> = {}) {
	try {
		const { stdout } = await promisify(execFile)(process.execPath, [SCRIPT, file], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: dir, SANITY_WRITE_TOKEN: '', ...env },
		});
		return { code: 0, stdout };
	} catch (error) {
		const failure = error as { code: number; stdout: string; stderr: string };
		return { code: failure.code, stdout: failure.stdout + failure.stderr };
	}
}

async function outreachSites(contentDir = dir): Promise<Array<Record<string, any>>> {
	const text = await readFile(join(contentDir, 'data.ndjson'), 'utf8');
	return text
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line))
		.filter((document) => document._type === 'outreachSite');
}

describe('importing outreach sites from a CSV sheet', () => {
	/** What the import of {@link sheet} must report: the five bad lines, and 95 sites added. */
	function expectHundredRowReport(code: number, stdout: string, badLines: number[]) {
		expect(code).toBe(1);
		const skipped = [...stdout.matchAll(/第 (\d+) 行（line \d+）未导入/g)].map((match) =>
			Number(match[1]),
		);
		expect(skipped).toEqual(badLines);
		expect(stdout).toMatch(/第 10 行.*名称为空/);
		expect(stdout).toMatch(/第 25 行.*纬度应在 -90 到 90 之间/);
		expect(stdout).toMatch(/第 40 行.*经度不是数字/);
		expect(stdout).toMatch(/第 60 行.*区县“长沙县”不在株洲市/);
		expect(stdout).toMatch(/第 99 行.*重复：“博爱驿站7号”.*第 8 行/);
		expect(stdout).toContain('新增 95');
	}

	test('100 rows with 5 bad ones import 95 sites and name the 5 lines', async () => {
		const { text, badLines } = sheet();
		const file = join(dir, 'sites.csv');
		await writeFile(file, `\uFEFF${text}`);
		const before = (await outreachSites()).length;

		const { code, stdout } = await runImport(file);

		expectHundredRowReport(code, stdout, badLines);
		expect((await outreachSites()).length).toBe(before + 95);
	}, 60_000);

	test('the same sheet saved by Chinese Excel in GB18030 imports the same 95 sites', async () => {
		const { text, badLines } = sheet();
		const contentDir = await mkdtemp(join(tmpdir(), 'boai-import-gb18030-'));
		try {
			await copyFile(join(ROOT, 'content', 'data.ndjson'), join(contentDir, 'data.ndjson'));
			const file = join(contentDir, 'sites.csv');
			await writeFile(file, iconv.encode(text, 'gb18030'));
			const before = (await outreachSites(contentDir)).length;

			const { code, stdout } = await runImport(file, { CONTENT_DIR: contentDir });

			expectHundredRowReport(code, stdout, badLines);
			const imported = await outreachSites(contentDir);
			expect(imported.length).toBe(before + 95);
			// Read as anything but GB18030, every name and address would differ from the UTF-8 run.
			expect(imported).toEqual(await outreachSites());
		} finally {
			await rm(contentDir, { recursive: true, force: true });
		}
	}, 60_000);

	test('running it again creates no duplicates', async () => {
		const before = await outreachSites();

		const { stdout } = await runImport(join(dir, 'sites.csv'));

		expect(stdout).toContain('新增 0，更新 0，未变 95');
		expect(await outreachSites()).toEqual(before);
	}, 60_000);

	test('the imported sites pass the Studio schema', async () => {
		const imported = (await outreachSites()).filter((site) => site.name.zh.startsWith('博爱驿站'));

		const problems = await validateDataset(imported as never, dir);

		expect(imported).toHaveLength(95);
		expect(problems).toEqual([]);
	}, 60_000);

	test('GCJ-02 coordinates are stored in WGS-84, within a metre of gcoord’s conversion', async () => {
		const site = (await outreachSites()).find((document) => document.name.zh === '博爱驿站3号');
		const [lng, lat] = gcoord.transform([113.05, 27.73], gcoord.GCJ02, gcoord.WGS84);

		expect(site?._id).toBe('site-shifeng-bo-ai-yi-zhan-3-hao');
		expect(distanceInMetres(site?.location, { lat, lng })).toBeLessThan(1);
	});

	test('a changed row updates its site in place', async () => {
		const file = join(dir, 'one.csv');
		await writeFile(
			file,
			`${HEADER}\n博爱驿站3号,医院,石峰区,株洲市石峰区新地址1号,27.73,113.05,WGS-84,`,
		);

		const { code, stdout } = await runImport(file);
		const sites = (await outreachSites()).filter((document) => document.name.zh === '博爱驿站3号');

		expect(code).toBe(0);
		expect(stdout).toContain('新增 0，更新 1');
		expect(sites).toHaveLength(1);
		expect(sites[0]).toMatchObject({ kind: 'hospital', location: { lat: 27.73, lng: 113.05 } });
		expect(sites[0]?.activities).toHaveLength(2);
	}, 60_000);
});

describe('importing into a Sanity dataset with a write token', () => {
	let standIn: SanityStandIn;

	beforeAll(async () => {
		standIn = await startSanityStandIn();
	});

	afterAll(async () => {
		await standIn?.stop();
	});

	test('writes the good rows there with the token, and a second run writes nothing new', async () => {
		const { text } = sheet();
		const file = join(dir, 'sites-for-sanity.csv');
		await writeFile(file, text);
		const env = {
			SANITY_WRITE_TOKEN: 'sk-write-token-for-tests',
			SANITY_PROJECT_ID: standIn.projectId,
			SANITY_DATASET: standIn.dataset,
			SANITY_API_HOST: standIn.url,
		};
		const sitesThere = () =>
			standIn.documents().filter((document) => document._type === 'outreachSite').length;
		const before = sitesThere();

		const first = await runImport(file, env);
		const second = await runImport(file, env);

		expect(first.code).toBe(1);
		expect(first.stdout).toContain(`Sanity ${standIn.projectId}/${standIn.dataset}`);
		expect(first.stdout).toContain('新增 95');
		expect(second.stdout).toContain('新增 0，更新 0，未变 95');
		expect(sitesThere()).toBe(before + 95);
		expect(standIn.writes.map(({ token }) => token)).toEqual(['sk-write-token-for-tests']);
		expect(standIn.writes.flatMap(({ ids }) => ids)).toHaveLength(95);
	}, 60_000);
});

describe('reading a site sheet', () => {
	const csv = `${HEADER}\n株洲红十字博爱家园,社区,天元区,株洲市天元区泰山路,27.83,113.13,WGS-84,博爱家园`;

	test('a sheet saved by Chinese Excel in GB18030 reads the same as UTF-8', () => {
		const fromExcel = readSiteSheet(iconv.encode(csv, 'gb18030'));
		const fromEditor = readSiteSheet(new TextEncoder().encode(csv));

		expect(fromExcel.encoding).toBe('gb18030');
		expect(fromEditor.encoding).toBe('utf-8');
		expect(fromExcel.rows).toEqual(fromEditor.rows);
		expect(fromExcel.rows[0]).toMatchObject({ name: '株洲红十字博爱家园', district: 'tianyuan' });
	});

	test('a byte order mark and tab-separated UTF-16 are read too', () => {
		const withBom = readSiteSheet(new TextEncoder().encode(`\uFEFF${csv}`));
		const unicodeText = readSiteSheet(
			iconv.encode(`\uFEFF${csv.replaceAll(',', '\t')}`, 'utf-16le', { addBOM: false }),
		);

		expect(withBom.rows).toHaveLength(1);
		expect(unicodeText.rows).toEqual(withBom.rows);
	});

	test('a sheet without the required columns is refused, naming them', () => {
		expect(() => readSiteSheet(new TextEncoder().encode('名称,地址\n甲,乙'))).toThrow(
			/lacks the columns 类型, 区县, 纬度, 经度, 坐标系/,
		);
	});

	test('a place outside Zhuzhou is imported with a warning', () => {
		const sheet = readSiteSheet(
			new TextEncoder().encode(`${HEADER}\n北京的站点,社区,天元区,北京,39.9,116.4,WGS-84,`),
		);

		expect(sheet.rows).toHaveLength(1);
		expect(sheet.problems).toEqual([
			expect.objectContaining({
				line: 2,
				level: 'warning',
				message: expect.stringMatching(/不在株洲市范围内/),
			}),
		]);
	});
});
