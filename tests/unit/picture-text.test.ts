/**
 * Chinese text on the pictures the server draws (share pictures, certificates) comes out as
 * glyphs on any machine, with or without Chinese system fonts, because the server brings its
 * own (src/share/fonts/). A character no font can draw is shown by Pango as a box with its
 * code point inside; these tests tell such boxes from glyphs, and check that they can.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';

import type { Certificate } from '../../src/checkin/api.ts';
import { en } from '../../src/i18n/messages/en.ts';
import { zh } from '../../src/i18n/messages/zh.ts';
import {
	bundledFamily,
	bundledFontFiles,
	bundledFontsFolder,
	useBundledFonts,
} from '../../src/share/bundled-fonts.ts';
import { fontFamilyFor, pictureFontFamily } from '../../src/share/fonts.ts';
import { composeShareImage } from '../../src/share/share-image.ts';
import { drawCertificatePng } from '../../site/components/route/certificate-image.ts';

// Private-use code points: no font maps them, so they are always drawn as boxes.
const noGlyph = ['\uE000', '\uE001', '\uF8FF', '\uE123'] as const;

/** A picture as one byte per pixel: 255 where it is ink, 0 elsewhere. */
interface Ink {
	width: number;
	height: number;
	mask: Uint8Array;
}

async function inkOf(png: Buffer, isInk: (r: number, g: number, b: number) => boolean) {
	const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	const mask = new Uint8Array(info.width * info.height);
	for (let i = 0; i < mask.length; i++) {
		mask[i] = isInk(data[i * 3]!, data[i * 3 + 1]!, data[i * 3 + 2]!) ? 255 : 0;
	}
	return { width: info.width, height: info.height, mask };
}

const dark = (r: number, g: number, b: number) => r + g + b < 3 * 128;
const black = (r: number, g: number, b: number) => r < 100 && g < 100 && b < 100;
const white = (r: number, g: number, b: number) => r > 200 && g > 200 && b > 200;

/** The part of a picture from `left`, `top` to `right`, `bottom` (excluded). */
function region(ink: Ink, left: number, top: number, right: number, bottom: number): Ink {
	const width = right - left;
	const mask = new Uint8Array(width * (bottom - top));
	for (let y = top; y < bottom; y++) {
		mask.set(ink.mask.subarray(y * ink.width + left, y * ink.width + right), (y - top) * width);
	}
	return { width, height: bottom - top, mask };
}

/** How many rows from the first that holds ink to the last. */
function inkHeight(ink: Ink): number {
	const rows = [...Array(ink.height).keys()].filter((y) =>
		ink.mask.subarray(y * ink.width, (y + 1) * ink.width).some(Boolean),
	);
	return rows.length === 0 ? 0 : rows.at(-1)! - rows[0]! + 1;
}

function differingPixels(a: Ink, b: Ink): number {
	return a.mask.reduce((count, value, i) => count + (value !== b.mask[i] ? 1 : 0), 0);
}

const glyphSize = 100;

/** One character drawn alone, black on white, the way the pictures draw text. */
async function glyph(character: string, weight: 400 | 700): Promise<Ink> {
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="128" height="128"><rect width="128" height="128" fill="#fff"/><text x="14" y="104" font-size="${glyphSize}" font-weight="${weight}" font-family="${pictureFontFamily}">${character}</text></svg>`;
	useBundledFonts();
	return inkOf(await sharp(Buffer.from(svg)).png().toBuffer(), dark);
}

/**
 * How much of what every box shares (its frame) `ink` covers: a box covers nearly all of it,
 * a glyph only where its strokes happen to cross the frame.
 */
async function boxLikeness(ink: Ink, weight: 400 | 700): Promise<number> {
	const [a, b] = await Promise.all([glyph(noGlyph[0], weight), glyph(noGlyph[2], weight)]);
	const frame = [...a.mask.keys()].filter((i) => a.mask[i] && b.mask[i]);
	return frame.filter((i) => ink.mask[i]).length / frame.length;
}

describe('the bundled fonts', () => {
	const folder = bundledFontsFolder();

	test('are found beside the code, each file under 3 MB, with their licence', () => {
		expect(folder).not.toBeNull();
		for (const file of bundledFontFiles) {
			expect(statSync(join(folder!, file)).size).toBeLessThan(3 * 1024 * 1024);
		}
		expect(readFileSync(join(folder!, 'OFL.txt'), 'utf8')).toContain(
			'SIL OPEN FONT LICENSE Version 1.1',
		);
	});

	test('cover every hanzi of GB2312 and every character of the dictionaries and titles', () => {
		const covered = new Set(readFileSync(join(folder!, 'characters.txt'), 'utf8'));
		const gb2312 = new TextDecoder('gb2312');
		const hanzi: string[] = [];
		for (let row = 0xb0; row <= 0xf7; row++) {
			for (let cell = 0xa1; cell <= 0xfe; cell++) {
				const character = gb2312.decode(new Uint8Array([row, cell]));
				if (/\p{Script=Han}/u.test(character)) hanzi.push(character);
			}
		}
		expect(hanzi).toHaveLength(6763);

		const dataset = readFileSync('content/data.ndjson', 'utf8')
			.split('\n')
			.filter((line) => line.trim() !== '')
			.map((line) => JSON.parse(line) as { _type: string; title?: { zh?: string } })
			.filter((document) => ['story', 'routeStop', 'route'].includes(document._type));
		const titles = dataset.map((document) => document.title?.zh ?? '').join('');
		const used = [...new Set(JSON.stringify([zh, en]) + titles)].filter((c) => c > '\u007f');

		const missing = [...hanzi, ...used].filter((character) => !covered.has(character));
		expect(
			missing,
			'characters the bundled fonts lack: rebuild them with /usr/bin/python3 scripts/build-fonts.py',
		).toEqual([]);
	});

	test('are handed to fontconfig after the machine’s own configuration', () => {
		expect(useBundledFonts()).toBe(true);

		const config = readFileSync(process.env.FONTCONFIG_FILE!, 'utf8');
		expect(config).toContain(`<dir>${folder}</dir>`);
		expect(config.indexOf('<include')).toBeLessThan(config.indexOf('<dir>'));
	});

	test('come first in the family list of every language, whatever the machine has', async () => {
		for (const language of ['zh-cn', 'en']) {
			expect(await fontFamilyFor(language)).toBe(pictureFontFamily);
		}
		expect(pictureFontFamily.startsWith(bundledFamily)).toBe(true);
	});
});

describe('a character drawn with the bundled fonts', () => {
	test.each([400, 700] as const)('is told apart from a box (weight %i)', async (weight) => {
		// 一 is one horizontal stroke: drawn, it is a thin line; a box is nearly as tall as the
		// type is large, and covers the frame every box shares.
		const one = await glyph('一', weight);
		const box = await glyph(noGlyph[3], weight);

		expect(inkHeight(box)).toBeGreaterThan(0.6 * glyphSize);
		expect(await boxLikeness(box, weight)).toBeGreaterThan(0.7);
		expect(inkHeight(one)).toBeLessThan(0.2 * glyphSize);
		expect(await boxLikeness(one, weight)).toBeLessThan(0.3);
	});

	test.each([400, 700] as const)(
		'红, 十 and 字 are three different glyphs, not three boxes (weight %i)',
		async (weight) => {
			const [red, ten, character] = await Promise.all([
				glyph('红', weight),
				glyph('十', weight),
				glyph('字', weight),
			]);
			const [boxA, boxB] = await Promise.all([
				glyph(noGlyph[0], weight),
				glyph(noGlyph[2], weight),
			]);
			// Two boxes whose code points differ in every digit: only the digits differ.
			const betweenBoxes = differingPixels(boxA, boxB);

			for (const [a, b] of [
				[red, ten],
				[ten, character],
				[red, character],
			] as const) {
				expect(differingPixels(a, b)).toBeGreaterThan(2 * betweenBoxes);
			}
			for (const drawn of [red, ten, character]) {
				expect(await boxLikeness(drawn, weight)).toBeLessThan(0.6);
			}
		},
	);
});

describe('a story’s share picture', () => {
	const share = async (title: string) =>
		composeShareImage({
			cover: null,
			title,
			kicker: zh.site.name,
			sampleLabel: null,
			fontFamily: await fontFamilyFor('zh-cn'),
		});
	// The title's lines sit above the red bar at the bottom; the kicker is at the top.
	const titleBand = async (title: string) =>
		region(await inkOf(await share(title), white), 0, 380, 1200, 610);

	test('carries its Chinese title, which an empty title leaves out', async () => {
		const [titled, untitled] = await Promise.all([
			titleBand('红十字应急救护培训走进社区'),
			titleBand(''),
		]);

		expect(untitled.mask.some(Boolean)).toBe(false);
		expect(differingPixels(titled, untitled)).toBeGreaterThan(8_000);
	});

	test('draws the title’s characters as glyphs, not boxes', async () => {
		const strokes = await titleBand('一一一一');
		const boxes = await titleBand(noGlyph.join(''));

		expect(inkHeight(boxes)).toBeGreaterThan(40);
		expect(inkHeight(strokes)).toBeGreaterThan(0);
		expect(inkHeight(strokes)).toBeLessThan(17);
	});

	test('keeps a title with Chinese quotation marks inside its margins', async () => {
		const png = await share('从“心”开始：“三献”服务实现全流程闭环，温暖每一位捐献者的家庭');
		const ink = await inkOf(png, white);

		expect(region(ink, 0, 380, 1200, 610).mask.some(Boolean)).toBe(true);
		expect(region(ink, 1200 - 40, 380, 1200, 610).mask.some(Boolean)).toBe(false);
	});

	test('still draws the rest of a title that holds characters the fonts lack', async () => {
		const [mixed, untitled] = await Promise.all([titleBand('红十字𠀀龘'), titleBand('')]);

		expect(differingPixels(mixed, untitled)).toBeGreaterThan(4_000);
	});
});

describe('a certificate picture', () => {
	const certificate: Certificate = {
		id: 'abcdefghijklmnopqrstuvwxyz',
		displayName: '王小明',
		issuedAt: '2026-05-08T02:00:00Z',
		stamps: [],
		verifyUrl: 'https://boai.example.cn/route/verify/abcdefghijklmnopqrstuvwxyz/',
	};
	const qr =
		'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><path d="M0 0h1v1H0z"/></svg>';
	const png = (displayName: string) =>
		drawCertificatePng({
			certificate: { ...certificate, displayName },
			locale: 'zh',
			stamps: [{ title: '株洲市中心医院', sealDate: '2026-05-08' }],
			issued: '2026年5月8日',
			qr,
		});
	// The visitor's name, in black inside the red frame: below the route's name (baseline 440),
	// above the text that begins at 606.
	const nameBand = async (name: string) =>
		region(await inkOf(await png(name), black), 100, 455, 1100, 600);

	test('carries the visitor’s Chinese name, which an empty name leaves out', async () => {
		const [named, unnamed] = await Promise.all([nameBand('王小明'), nameBand('')]);

		expect(unnamed.mask.some(Boolean)).toBe(false);
		expect(differingPixels(named, unnamed)).toBeGreaterThan(2_500);
	});

	test('draws the name’s characters as glyphs, not boxes', async () => {
		const strokes = await nameBand('一一一');
		const boxes = await nameBand(noGlyph.slice(0, 3).join(''));

		expect(inkHeight(boxes)).toBeGreaterThan(38);
		expect(inkHeight(strokes)).toBeGreaterThan(0);
		expect(inkHeight(strokes)).toBeLessThan(16);
	});

	test('is drawn for a name the fonts cannot fully draw', async () => {
		const [mixed, unnamed] = await Promise.all([nameBand('王𠀀龘'), nameBand('')]);

		expect(differingPixels(mixed, unnamed)).toBeGreaterThan(800);
	});
});
