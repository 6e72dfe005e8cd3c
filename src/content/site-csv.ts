/**
 * Outreach sites from a spreadsheet saved as CSV: the bytes decoded (UTF-8 with or without a
 * byte order mark, GB18030 as Chinese Excel saves it, UTF-16 "Unicode text"), the rows read
 * with csv-parse under Chinese headers, and each row checked with zod. A bad row is reported
 * with its line number and what to fix; the good ones come back as WGS-84 sites.
 */
import { parse } from 'csv-parse/sync';
import gcoord from 'gcoord';
import { z } from 'zod';

import type { Wgs84 } from '../geo/coordinates.ts';
import { gcj02ToWgs84 } from '../geo/datum.ts';
import { zhuzhouBounds } from '../geo/zhuzhou.ts';
import { contains } from '../geo/bounds.ts';
import { zh } from '../i18n/messages/zh.ts';
import { districts, outreachSiteKinds, type District } from './models.ts';

/** The columns a site sheet must have, in the order staff are told. */
export const SITE_COLUMNS = ['名称', '类型', '区县', '地址', '纬度', '经度', '坐标系'] as const;

/** Columns that may be there too: activities, separated by 、 ; or |, and English names. */
export const OPTIONAL_SITE_COLUMNS = ['服务', '英文名称', '英文地址'] as const;

export type SiteKind = (typeof outreachSiteKinds)[number];

/** The datum the coordinates of a row were read in. */
export type SheetDatum = 'WGS-84' | 'GCJ-02' | 'BD-09';

/** A good row, with its coordinates in WGS-84. */
export interface SiteRow {
	line: number;
	name: string;
	nameEn: string | null;
	kind: SiteKind;
	district: District;
	address: string;
	addressEn: string | null;
	location: Wgs84;
	datum: SheetDatum;
	activities: string[];
}

/** A row that was not imported, or a note on one that was. */
export interface RowProblem {
	line: number;
	level: 'error' | 'warning';
	message: string;
}

/** What a sheet holds: the good rows, and every problem with its line. */
export interface SiteSheet {
	encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
	rows: SiteRow[];
	problems: RowProblem[];
}

/** A sheet that cannot be read at all (no header, wrong columns, broken quoting). */
export class SiteSheetError extends Error {
	override name = 'SiteSheetError';
}

const datumNames: Record<string, SheetDatum> = {
	'wgs-84': 'WGS-84',
	wgs84: 'WGS-84',
	gps: 'WGS-84',
	天地图: 'WGS-84',
	cgcs2000: 'WGS-84',
	'gcj-02': 'GCJ-02',
	gcj02: 'GCJ-02',
	高德: 'GCJ-02',
	腾讯: 'GCJ-02',
	火星坐标: 'GCJ-02',
	'bd-09': 'BD-09',
	bd09: 'BD-09',
	百度: 'BD-09',
};

const kindSynonyms: Record<string, SiteKind> = {
	车站: 'station',
	服务站: 'station',
	站点: 'station',
	村: 'village',
	公司: 'enterprise',
	学院: 'school',
	小学: 'school',
	中学: 'school',
};

/** Decodes a CSV file's bytes, finding the encoding Excel or an editor saved it in. */
export function decodeSheet(bytes: Uint8Array): { text: string; encoding: SiteSheet['encoding'] } {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
	}

	try {
		// TextDecoder drops a UTF-8 byte order mark by itself.
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}

/** Reads a site sheet from the bytes of a CSV file. */
export function readSiteSheet(bytes: Uint8Array): SiteSheet {
	const { text, encoding } = decodeSheet(bytes);
	const records = parseRecords(text);
	const [header, ...body] = records;
	if (!header) {
		throw new SiteSheetError(
			`the file is empty: its first line must name the columns ${SITE_COLUMNS.join(', ')}`,
		);
	}

	const columns = columnIndexes(header.cells);
	const problems: RowProblem[] = [];
	const rows: SiteRow[] = [];
	const lineOfSite = new Map<string, number>();

	for (const { cells, line } of body) {
		if (cells.every((cell) => cell.trim() === '')) continue;

		const result = readRow(cells, columns, line);
		if (!result.ok) {
			problems.push({ line, level: 'error', message: result.message });
			continue;
		}

		const key = siteKey(result.row.name, result.row.district);
		const earlier = lineOfSite.get(key);
		if (earlier !== undefined) {
			problems.push({
				line,
				level: 'error',
				message: `重复：“${result.row.name}”（${zh.districts[result.row.district]}）已在第 ${earlier} 行出现；删除其中一行，或把两行合并`,
			});
			continue;
		}

		lineOfSite.set(key, line);
		rows.push(result.row);
		if (!contains(zhuzhouBounds, result.row.location)) {
			problems.push({
				line,
				level: 'warning',
				message: `坐标（纬度 ${round(result.row.location.lat)}，经度 ${round(result.row.location.lng)}）不在株洲市范围内，仍已导入：请核对是否填反了经纬度或坐标系`,
			});
		}
	}

	return { encoding, rows, problems };
}

/** What identifies a site across imports: its Chinese name within its district. */
export function siteKey(name: string, district: string): string {
	return `${district}\u0000${name.normalize('NFKC').replace(/\s+/g, '')}`;
}

interface SheetRecord {
	cells: string[];
	/** The line the record starts on, counting the header as line 1. */
	line: number;
}

function parseRecords(text: string): SheetRecord[] {
	const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
	const delimiter = [',', '\t', ';', '，'].reduce((best, candidate) =>
		firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best,
	);

	// csv-parse's types have no overload for `info: true`, so the line each record ends on is
	// collected beside the records as they are emitted.
	const endLines: number[] = [];
	let records: string[][];
	try {
		records = parse(text, {
			bom: true,
			delimiter,
			relax_column_count: true,
			skip_empty_lines: true,
			on_record: (record, context) => {
				endLines.push(context.lines);
				return record;
			},
		});
	} catch (error) {
		const line = (error as { lines?: number }).lines;
		throw new SiteSheetError(
			`the file is not valid CSV${line ? ` near line ${line}` : ''} (${(error as Error).message}): check for an unclosed quote mark`,
		);
	}

	return records.map((record, index) => {
		// csv-parse counts to the record's last line; a quoted cell may span several.
		const inner = record.reduce((sum, cell) => sum + (cell.match(/\r?\n/g)?.length ?? 0), 0);
		return { cells: record, line: (endLines[index] ?? 0) - inner };
	});
}

type Columns = Record<
	(typeof SITE_COLUMNS)[number] | (typeof OPTIONAL_SITE_COLUMNS)[number],
	number
>;

function columnIndexes(header: string[]): Columns {
	const names = header.map((cell) => cell.replace(/^\uFEFF/, '').trim());
	const missing = SITE_COLUMNS.filter((column) => !names.includes(column));
	if (missing.length > 0) {
		throw new SiteSheetError(
			`the first line lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has ${names.join(', ') || 'nothing'}): the sheet needs ${SITE_COLUMNS.join(', ')}, and may have ${OPTIONAL_SITE_COLUMNS.join(', ')}`,
		);
	}

	const indexes = {} as Columns;
	for (const column of [...SITE_COLUMNS, ...OPTIONAL_SITE_COLUMNS]) {
		indexes[column] = names.indexOf(column);
	}
	return indexes;
}

const text = (label: string, max: number) =>
	z
		.string()
		.trim()
		.min(1, `${label}为空：请填写${label}`)
		.max(max, `${label}超过 ${max} 个字：请缩短`);

const coordinate = (label: string, min: number, max: number) =>
	z
		.string()
		.trim()
		.min(1, `${label}为空：请填写十进制度数，如 ${label === '纬度' ? '27.83' : '113.13'}`)
		.transform((value) => value.replace(/[°度]$/, ''))
		.refine((value) => /^[+-]?\d+(\.\d+)?$/.test(value), {
			message: `${label}不是数字：请填写十进制度数（如 ${label === '纬度' ? '27.83' : '113.13'}），不要写度分秒或文字`,
		})
		.transform(Number)
		.refine((value) => value >= min && value <= max, {
			message: `${label}应在 ${min} 到 ${max} 之间：请检查是否填反了经纬度`,
		});

const districtNames = new Map<string, District>(
	districts.flatMap((value) => {
		const full = zh.districts[value];
		return [
			[value, value],
			[full, value],
			[full.replace(/[区市县]$/, ''), value],
			[`株洲市${full}`, value],
		];
	}),
);

const kindNames = new Map<string, SiteKind>([
	...outreachSiteKinds.flatMap((value): Array<[string, SiteKind]> => [
		[value, value],
		[zh.siteKinds[value], value],
	]),
	...Object.entries(kindSynonyms),
]);

const rowSchema = z.object({
	name: text('名称', 100),
	kind: z
		.string()
		.trim()
		.min(
			1,
			`类型为空：请填写 ${outreachSiteKinds.map((kind) => zh.siteKinds[kind]).join('、')} 之一`,
		)
		.transform((value, context) => {
			const kind = kindNames.get(value.toLowerCase()) ?? kindNames.get(value);
			if (kind) return kind;
			context.addIssue({
				code: 'custom',
				message: `类型“${value}”不认识：请填写 ${outreachSiteKinds.map((kind) => zh.siteKinds[kind]).join('、')} 之一`,
			});
			return z.NEVER;
		}),
	district: z
		.string()
		.trim()
		.min(1, '区县为空：请填写站点所在的区、市或县，如“天元区”')
		.transform((value, context) => {
			const district = districtNames.get(value.toLowerCase()) ?? districtNames.get(value);
			if (district) return district;
			context.addIssue({
				code: 'custom',
				message: `区县“${value}”不在株洲市：请填写 ${districts.map((district) => zh.districts[district]).join('、')} 之一`,
			});
			return z.NEVER;
		}),
	address: text('地址', 200),
	lat: coordinate('纬度', -90, 90),
	lng: coordinate('经度', -180, 180),
	datum: z
		.string()
		.trim()
		.min(
			1,
			'坐标系为空：GPS 或天地图的坐标填 WGS-84，高德或腾讯地图的填 GCJ-02，百度地图的填 BD-09',
		)
		.transform((value, context) => {
			const datum = datumNames[value.toLowerCase().replace(/\s+/g, '')];
			if (datum) return datum;
			context.addIssue({
				code: 'custom',
				message: `坐标系“${value}”不认识：GPS 或天地图的坐标填 WGS-84，高德或腾讯地图的填 GCJ-02，百度地图的填 BD-09`,
			});
			return z.NEVER;
		}),
	activities: z.string().trim(),
	nameEn: z.string().trim(),
	addressEn: z.string().trim(),
});

function readRow(
	cells: string[],
	columns: Columns,
	line: number,
): { ok: true; row: SiteRow } | { ok: false; message: string } {
	const cell = (column: keyof Columns) =>
		columns[column] >= 0 ? (cells[columns[column]] ?? '') : '';
	const result = rowSchema.safeParse({
		name: cell('名称'),
		kind: cell('类型'),
		district: cell('区县'),
		address: cell('地址'),
		lat: cell('纬度'),
		lng: cell('经度'),
		datum: cell('坐标系'),
		activities: cell('服务'),
		nameEn: cell('英文名称'),
		addressEn: cell('英文地址'),
	});
	if (!result.success) {
		return { ok: false, message: result.error.issues.map((issue) => issue.message).join('；') };
	}

	const { lat, lng, datum, activities, nameEn, addressEn, ...fields } = result.data;
	return {
		ok: true,
		row: {
			...fields,
			line,
			nameEn: nameEn || null,
			addressEn: addressEn || null,
			datum,
			location: toWgs84({ lat, lng }, datum),
			activities: activities
				.split(/[、;；|]/)
				.map((activity) => activity.trim())
				.filter(Boolean),
		},
	};
}

function toWgs84(point: { lat: number; lng: number }, datum: SheetDatum): Wgs84 {
	if (datum === 'GCJ-02') return gcj02ToWgs84(point);
	if (datum === 'BD-09') {
		const [lng, lat] = gcoord.transform([point.lng, point.lat], gcoord.BD09, gcoord.WGS84);
		return { lat, lng };
	}
	return point;
}

function round(value: number): number {
	return Math.round(value * 1e5) / 1e5;
}
