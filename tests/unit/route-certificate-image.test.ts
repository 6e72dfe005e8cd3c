import { describe, expect, test } from 'vitest';

import type { Certificate } from '../../src/checkin/api.ts';
import {
	certificateSvg,
	escapeXml,
	wrapText,
} from '../../site/components/route/certificate-image.ts';

const certificate: Certificate = {
	id: 'abcdefghijklmnopqrstuvwxyz',
	displayName: 'Ada <script>&"',
	issuedAt: '2026-05-08T02:00:00Z',
	stamps: [],
	verifyUrl: 'https://boai.example.cn/route/verify/abcdefghijklmnopqrstuvwxyz/',
};

const qr =
	'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 29 29"><path d="M0 0h1v1H0z"/></svg>';

describe('the certificate picture', () => {
	test('escapes the visitor’s name, which they typed themselves', () => {
		const svg = certificateSvg({ certificate, locale: 'en', stamps: [], issued: '8 May 2026', qr });

		expect(svg).not.toContain('<script>');
		expect(svg).toContain('Ada &lt;script&gt;&amp;&quot;');
	});

	test('holds the id, the date, one seal per stamp and the QR code as a nested picture', () => {
		const stamps = ['礼赞生命——红十字生命文化公园', '株洲市中心医院', '红医博物馆'].map(
			(title) => ({
				title,
				sealDate: '2026-05-08',
			}),
		);
		const svg = certificateSvg({ certificate, locale: 'zh', stamps, issued: '2026年5月8日', qr });

		expect(svg).toContain(certificate.id);
		expect(svg).toContain('2026年5月8日');
		expect(svg.match(/<circle /g)).toHaveLength(stamps.length * 2);
		expect(svg).not.toContain('<?xml');
		expect(svg).toMatch(/<svg x="\d+" y="\d+" width="240" height="240" xmlns/);
	});

	test('names an anonymous visitor in words', () => {
		const svg = certificateSvg({
			certificate: { ...certificate, displayName: null },
			locale: 'zh',
			stamps: [],
			issued: '2026年5月8日',
			qr,
		});

		expect(svg).toContain('一位打卡者');
	});
});

describe('text for the picture', () => {
	test('escapes every character with a meaning in XML', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
		);
	});

	test('breaks Chinese anywhere and English between words', () => {
		expect(wrapText('红十字青少年中医药科普教育基地', 6)).toEqual([
			'红十字青少年',
			'中医药科普教',
			'育基地',
		]);
		expect(wrapText('Zhuzhou Central Hospital', 7)).toEqual(['Zhuzhou', 'Central', 'Hospital']);
	});

	test('keeps a word longer than a line whole rather than losing it', () => {
		expect(wrapText('Professional', 3)).toEqual(['Professional']);
	});
});
