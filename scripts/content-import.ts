/**
 * `npm run content:import -- sites.csv`: imports outreach sites from a spreadsheet saved as
 * CSV (columns 名称, 类型, 区县, 地址, 纬度, 经度, 坐标系; optional 服务, 英文名称, 英文地址)
 * into `content/` (or CONTENT_DIR), or — with SANITY_WRITE_TOKEN and SANITY_PROJECT_ID set —
 * into that Sanity dataset. Bad rows are listed with their line numbers and skipped; the good
 * ones are imported. Running it again with the same sheet changes nothing.
 *
 * Options: `--dry-run` reports without writing.
 * Exit status: 0 all rows imported, 1 some rows skipped (the others were imported), 2 nothing
 * could be imported (no file, unreadable sheet, unreachable dataset).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createClient } from '@sanity/client';

import { readSiteSheet, SiteSheetError, type RowProblem } from '../src/content/site-csv.ts';
import {
	folderDataset,
	planSiteImport,
	sanityDataset,
	type SiteDataset,
} from '../src/content/site-import.ts';

const usage = `用法 / usage: npm run content:import -- <sites.csv> [--dry-run]

表头 / header: 名称,类型,区县,地址,纬度,经度,坐标系 (optional: 服务,英文名称,英文地址)
坐标系: WGS-84 (GPS, 天地图) | GCJ-02 (高德, 腾讯) | BD-09 (百度)
Target: content/ (or CONTENT_DIR); with SANITY_WRITE_TOKEN and SANITY_PROJECT_ID, that
Sanity project's dataset SANITY_DATASET (default production).`;

function chooseDataset(): SiteDataset {
	const token = process.env.SANITY_WRITE_TOKEN;
	const projectId = process.env.SANITY_PROJECT_ID || process.env.SANITY_STUDIO_PROJECT_ID;
	if (token && projectId) {
		const apiHost = process.env.SANITY_API_HOST;
		return sanityDataset(
			createClient({
				projectId,
				dataset: process.env.SANITY_DATASET || 'production',
				apiVersion: process.env.SANITY_API_VERSION || '2025-02-19',
				token,
				useCdn: false,
				// A local stand-in for Sanity, in tests only.
				...(apiHost ? { apiHost, useProjectHostname: false } : {}),
			}),
		);
	}
	if (token) {
		console.error(
			'SANITY_WRITE_TOKEN is set but SANITY_PROJECT_ID is not: set both to import into Sanity.',
		);
		process.exit(2);
	}

	return folderDataset(resolve(process.env.CONTENT_DIR || 'content'));
}

function printProblems(problems: RowProblem[]): void {
	for (const problem of [...problems].sort((a, b) => a.line - b.line)) {
		const label = problem.level === 'error' ? '未导入' : '注意';
		console.log(`  第 ${problem.line} 行（line ${problem.line}）${label}：${problem.message}`);
	}
}

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean' } },
	});
	const [file] = positionals;
	if (values.help || !file) {
		console.log(usage);
		return values.help ? 0 : 2;
	}

	let bytes: Uint8Array;
	try {
		bytes = await readFile(file);
	} catch (error) {
		console.error(`无法读取 ${file}（${(error as Error).message}）：请检查文件路径。`);
		return 2;
	}

	let sheet;
	try {
		sheet = readSiteSheet(bytes);
	} catch (error) {
		if (!(error instanceof SiteSheetError)) throw error;
		console.error(`${file} 无法导入：${error.message}`);
		return 2;
	}

	const errors = sheet.problems.filter((problem) => problem.level === 'error');
	const dataset = chooseDataset();
	console.log(
		`读取 ${file}（${sheet.encoding}）：${sheet.rows.length} 行可导入，${errors.length} 行有错误。`,
	);
	printProblems(sheet.problems);

	let plan;
	try {
		plan = planSiteImport(sheet.rows, await dataset.outreachSites());
		if (!values['dry-run']) await dataset.write([...plan.created, ...plan.updated]);
	} catch (error) {
		console.error(`写入 ${dataset.name} 失败，未做任何更改：${(error as Error).message}`);
		return 2;
	}

	const verb = values['dry-run'] ? '将导入（试运行，未写入）' : '已导入';
	console.log(
		`${verb} ${sheet.rows.length} 个站点到 ${dataset.name}：新增 ${plan.created.length}，更新 ${plan.updated.length}，未变 ${plan.unchanged.length}。`,
	);
	if (errors.length > 0) {
		console.log(
			`${errors.length} 行未导入（第 ${errors.map((problem) => problem.line).join('、')} 行）：改正后再次运行即可，已导入的站点不会重复。`,
		);
	}
	return errors.length > 0 ? 1 : 0;
}

process.exitCode = await main();
