/**
 * The picture shown when a page is shared (Open Graph, 1200 × 630): the story's cover with a
 * dark band and its title in white, the red cross in the corner, and a "sample data" label
 * for invented stories. The text is drawn with the bundled fonts (`bundled-fonts.ts`); given no
 * font at all, the picture is composed without any text.
 */
import sharp from 'sharp';

import { escapeXml } from '../seo/sitemap.ts';
import { useBundledFonts } from './bundled-fonts.ts';
import { emWidth } from './text-width.ts';

export const shareImageSize = { width: 1200, height: 630 } as const;

export interface ShareImageInput {
	/** The cover picture's bytes (any format sharp reads), or `null` for a plain red ground. */
	cover: Buffer | null;
	/** The title, drawn when `fontFamily` is given. */
	title: string;
	/** A line above the title (the site's name). */
	kicker: string;
	/** A label for invented content ("示例数据"), or `null`. */
	sampleLabel: string | null;
	/** A font-family list that covers the text (`fontFamilyFor`), or `null` for no text. */
	fontFamily: string | null;
}

const { width, height } = shareImageSize;
const margin = 56;
const red = '#b30d26';

/** The PNG of the share picture. */
export async function composeShareImage(input: ShareImageInput): Promise<Buffer> {
	useBundledFonts();

	const ground = input.cover
		? await sharp(input.cover)
				.resize(width, height, { fit: 'cover', position: 'attention' })
				.toBuffer()
		: await sharp({ create: { width, height, channels: 3, background: red } })
				.png()
				.toBuffer();

	const overlay = Buffer.from(overlaySvg(input));
	return sharp(ground)
		.composite([{ input: overlay, top: 0, left: 0 }])
		.png({ palette: true, quality: 90, effort: 8, compressionLevel: 9 })
		.toBuffer();
}

function overlaySvg(input: ShareImageInput): string {
	const text = input.fontFamily ? textLayer(input, input.fontFamily) : '';
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs><linearGradient id="shade" x1="0" y1="0" x2="0" y2="1">
<stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.78"/>
</linearGradient></defs>
${input.cover ? `<rect x="0" y="${height * 0.35}" width="${width}" height="${height * 0.65}" fill="url(#shade)"/>` : ''}
<rect x="0" y="${height - 12}" width="${width}" height="12" fill="${red}"/>
<rect x="${margin}" y="${margin}" width="88" height="88" rx="12" fill="#fff"/>
<path fill="${red}" d="M${margin + 32} ${margin + 14}h24v18h18v24h-18v18h-24v-18h-18v-24h18z"/>
${text}
</svg>`;
}

function textLayer(input: ShareImageInput, fontFamily: string): string {
	const family = escapeXml(fontFamily);
	const { size, lines } = fitTitle(input.title);
	const lineHeight = Math.round(size * 1.25);
	const bottom = height - margin - 12;
	const firstBaseline = bottom - (lines.length - 1) * lineHeight;

	const title = lines
		.map(
			(line, i) =>
				`<text x="${margin}" y="${firstBaseline + i * lineHeight}" font-family="${family}" font-size="${size}" font-weight="700" fill="#fff">${escapeXml(line)}</text>`,
		)
		.join('\n');
	const kicker = `<text x="${margin + 108}" y="${margin + 56}" font-family="${family}" font-size="32" font-weight="700" fill="#fff" stroke="#000" stroke-opacity="0.35" stroke-width="4" paint-order="stroke">${escapeXml(input.kicker)}</text>`;

	const label = input.sampleLabel;
	const labelWidth = label ? Math.round(textWidth(label, 28) + 36) : 0;
	const badge = label
		? `<rect x="${margin}" y="${firstBaseline - size - 60}" width="${labelWidth}" height="44" rx="22" fill="#fff4d6" stroke="#c98f00" stroke-width="2"/>
<text x="${margin + 18}" y="${firstBaseline - size - 28}" font-family="${family}" font-size="28" font-weight="700" fill="#6b4200">${escapeXml(label)}</text>`
		: '';

	return `${kicker}\n${badge}\n${title}`;
}

/** The title's font size and lines: as large as fits in three lines, cut with … if not. */
export function fitTitle(title: string): { size: number; lines: string[] } {
	const available = width - 2 * margin;
	for (const size of [68, 60, 52]) {
		const lines = wrap(title, size, available);
		if (lines.length <= 3) return { size, lines };
	}

	const lines = wrap(title, 52, available).slice(0, 3);
	lines[2] = `${[...(lines[2] ?? '')].slice(0, -1).join('')}…`;
	return { size: 52, lines };
}

// Greedy wrapping by estimated width: breaks between words, or between Chinese characters.
function wrap(text: string, size: number, available: number): string[] {
	const pieces = text.match(/[\p{Script=Han}\p{P}]|[^\s\p{Script=Han}\p{P}]+|\s+/gu) ?? [];
	const lines: string[] = [];
	let line = '';

	for (const piece of pieces) {
		const candidate = line + piece;
		if (line.trim() !== '' && textWidth(candidate.trimEnd(), size) > available) {
			lines.push(line.trimEnd());
			line = piece.trimStart();
		} else {
			line = candidate;
		}
	}
	if (line.trim() !== '') lines.push(line.trimEnd());
	return lines;
}

function textWidth(text: string, size: number): number {
	return emWidth(text) * size;
}
