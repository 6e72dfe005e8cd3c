/**
 * The certificate as one picture (SVG, and PNG through sharp): the route's name, the
 * visitor's name, the date, a stamp per stop and the verification QR code. Visitors save
 * and share it; staff scan its QR code to check it.
 */
import sharp from 'sharp';

import type { Certificate } from '../../../src/checkin/api.ts';
import type { Locale } from '../../../src/i18n/locale.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { bundledFamily, useBundledFonts } from '../../../src/share/bundled-fonts.ts';
import { emWidth } from '../../../src/share/text-width.ts';

/** The picture's size in pixels (3 : 4, a phone screen's shape when saved). */
export const certificateImageSize = { width: 1200, height: 1600 } as const;

/** One stamp on the picture: the stop's title in the picture's language and the day. */
export interface ImageStamp {
	title: string;
	/** `2026-05-08`: a seal has room for a short date only, the same in both languages. */
	sealDate: string;
}

export interface CertificateImageInput {
	certificate: Certificate;
	locale: Locale;
	stamps: ImageStamp[];
	/** When it was issued, as the locale writes dates. */
	issued: string;
	/** The verification QR code as SVG markup (`qrSvg`). */
	qr: string;
}

// The bundled family draws the PNG on the server; a browser showing the SVG has none of it
// and takes the first Chinese family it knows.
const fontFamily = `'${bundledFamily}','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif`;

/** `text` made safe to put in SVG text or an attribute value. */
export function escapeXml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}

// A CJK character (a line may end after any), a word, or a run of spaces.
const wrapPieces =
	/[\u2e80-\uffff\u{20000}-\u{3ffff}]|[^\s\u2e80-\uffff\u{20000}-\u{3ffff}]+|\s+/gu;

/**
 * `text` broken into lines of at most `maxEms` ems: between words where there are spaces,
 * anywhere between CJK characters.
 */
export function wrapText(text: string, maxEms: number): string[] {
	const pieces = text.match(wrapPieces) ?? [];
	const lines: string[] = [];
	let line = '';

	for (const piece of pieces) {
		const candidate = line + piece;
		if (emWidth(candidate.trim()) <= maxEms || line.trim() === '') {
			line = candidate;
			continue;
		}
		lines.push(line.trim());
		line = piece.trimStart();
	}
	if (line.trim() !== '') lines.push(line.trim());
	return lines;
}

// At most `count` lines; a cut last line ends with an ellipsis.
function clampLines(lines: string[], count: number): string[] {
	if (lines.length <= count) return lines;
	const kept = lines.slice(0, count);
	const last = kept[count - 1]!;
	kept[count - 1] = `${[...last].slice(0, Math.max(1, [...last].length - 1)).join('')}…`;
	return kept;
}

function textLines(
	lines: string[],
	x: number,
	y: number,
	size: number,
	attributes: string,
	lineHeight = 1.35,
): string {
	return lines
		.map(
			(line, index) =>
				`<text x="${x}" y="${y + index * size * lineHeight}" font-size="${size}" ${attributes}>${escapeXml(line)}</text>`,
		)
		.join('');
}

function stampSeal(stamp: ImageStamp, cx: number, cy: number): string {
	const radius = 92;
	// Three lines of larger type where the title fits, else four of smaller.
	const roomy = wrapText(stamp.title, 6);
	const size = roomy.length <= 3 ? 22 : 19;
	const titleLines = roomy.length <= 3 ? roomy : clampLines(wrapText(stamp.title, 7.5), 4);
	const top = cy - ((titleLines.length - 1) * size * 1.25) / 2 - 10;

	return [
		`<circle cx="${cx}" cy="${cy}" r="${radius}" fill="none" stroke="#b30d26" stroke-width="6"/>`,
		`<circle cx="${cx}" cy="${cy}" r="${radius - 12}" fill="none" stroke="#b30d26" stroke-width="2"/>`,
		textLines(
			titleLines,
			cx,
			top,
			size,
			'text-anchor="middle" fill="#b30d26" font-weight="700"',
			1.25,
		),
		`<text x="${cx}" y="${cy + 58}" font-size="20" text-anchor="middle" fill="#8a0a1d">${escapeXml(stamp.sealDate)}</text>`,
	].join('');
}

// The QR code's own <svg>, placed as a nested viewport.
function placedQr(qr: string, x: number, y: number, size: number): string {
	return qr
		.replace(/<\?xml[^>]*>/, '')
		.replace('<svg ', `<svg x="${x}" y="${y}" width="${size}" height="${size}" `);
}

/** The certificate picture as SVG markup. */
export function certificateSvg({
	certificate,
	locale,
	stamps,
	issued,
	qr,
}: CertificateImageInput): string {
	const t = messages(locale).routeCertificate;
	const { width, height } = certificateImageSize;
	const name = certificate.displayName ?? t.anonymous;
	const headingSize = Math.min(84, Math.floor((width - 260) / emWidth(t.heading)));
	const nameSize = Math.min(64, Math.floor((width - 260) / Math.max(1, emWidth(name))));
	const body = wrapText(t.body(name, stamps.length), 24);
	const columns = 4;
	const rows = Math.ceil(stamps.length / columns);
	const stampTop = 640 + body.length * 46;
	const seals = stamps.map((stamp, index) => {
		const row = Math.floor(index / columns);
		const inRow = row === rows - 1 ? stamps.length - row * columns : columns;
		const column = index % columns;
		const cx = width / 2 + (column - (inRow - 1) / 2) * 250;
		return stampSeal(stamp, cx, stampTop + 100 + row * 230);
	});

	// A long route's stamps are drawn smaller so that they keep clear of the footer.
	const room = height - 400 - stampTop;
	const scale = Math.min(1, room / Math.max(1, rows * 230));
	const stampGroup = `<g transform="translate(${width / 2} ${stampTop}) scale(${scale.toFixed(3)}) translate(${-width / 2} ${-stampTop})">${seals.join('')}</g>`;

	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(fontFamily)}">`,
		`<title>${escapeXml(t.imageAlt(name))}</title>`,
		`<rect width="${width}" height="${height}" fill="#fffaf5"/>`,
		`<rect x="30" y="30" width="${width - 60}" height="${height - 60}" fill="none" stroke="#b30d26" stroke-width="12"/>`,
		`<rect x="56" y="56" width="${width - 112}" height="${height - 112}" fill="none" stroke="#b30d26" stroke-width="2"/>`,
		`<path transform="translate(${width / 2 - 48} 110) scale(3)" fill="#c8102e" d="M12 3h8v9h9v8h-9v9h-8v-9H3v-8h9z"/>`,
		`<text x="${width / 2}" y="270" font-size="34" text-anchor="middle" fill="#555555">${escapeXml(t.issuer)}</text>`,
		`<text x="${width / 2}" y="370" font-size="${headingSize}" font-weight="700" text-anchor="middle" fill="#b30d26">${escapeXml(t.heading)}</text>`,
		`<text x="${width / 2}" y="440" font-size="36" text-anchor="middle" fill="#1f1f1f">${escapeXml(t.routeName)}</text>`,
		`<text x="${width / 2}" y="560" font-size="${nameSize}" font-weight="700" text-anchor="middle" fill="#1f1f1f">${escapeXml(name)}</text>`,
		textLines(body, width / 2, 640, 34, 'text-anchor="middle" fill="#1f1f1f"'),
		stampGroup,
		`<line x1="110" y1="${height - 370}" x2="${width - 110}" y2="${height - 370}" stroke="#d9d4d0" stroke-width="2"/>`,
		`<text x="110" y="${height - 270}" font-size="30" fill="#555555">${escapeXml(t.issued)}</text>`,
		`<text x="110" y="${height - 225}" font-size="36" fill="#1f1f1f">${escapeXml(issued)}</text>`,
		`<text x="110" y="${height - 165}" font-size="30" fill="#555555">${escapeXml(t.number)}</text>`,
		`<text x="110" y="${height - 125}" font-size="28" fill="#1f1f1f" font-family="monospace">${escapeXml(certificate.id)}</text>`,
		placedQr(qr, width - 110 - 240, height - 350, 240),
		`<text x="${width - 110 - 120}" y="${height - 80}" font-size="24" text-anchor="middle" fill="#555555">${escapeXml(t.verifyHeading)}</text>`,
		'</svg>',
	].join('');
}

/** The certificate picture as PNG bytes, its text drawn with the bundled fonts. */
export async function drawCertificatePng(input: CertificateImageInput): Promise<Buffer> {
	useBundledFonts();
	return sharp(Buffer.from(certificateSvg(input)))
		.png({ compressionLevel: 9 })
		.toBuffer();
}
