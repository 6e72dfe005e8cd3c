import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';
import { visit } from './support/visit.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'bad-content');

// Ways a script URL hides from a naive check: casing, spaces, tabs, newlines, control characters.
const SCRIPT_LINKS = [
	'javascript:alert(1)',
	'JaVaScRiPt:alert(1)',
	'  javascript:alert(1)',
	'java\tscript:alert(1)',
	'java\nscript:alert(1)',
	'\u0001javascript:alert(1)',
	'javascript\u0000:alert(1)',
	'vbscript:msgbox(1)',
	'data:text/html,<script>alert(1)</script>',
];

const linkStory = {
	_id: 'story-script-links',
	_type: 'story',
	title: { _type: 'localeString', zh: '各种脚本链接', en: 'Script links of every kind' },
	slug: { _type: 'slug', current: 'script-links' },
	publishedAt: '2024-06-01T00:00:00Z',
	category: 'culture',
	excerpt: { _type: 'localeText', zh: '链接测试' },
	body: {
		_type: 'localeBlockContent',
		zh: SCRIPT_LINKS.map((href, index) => ({
			_type: 'block',
			_key: `b${index}`,
			style: 'normal',
			markDefs: [{ _type: 'link', _key: `l${index}`, href }],
			children: [{ _type: 'span', _key: `s${index}`, text: `链接${index}`, marks: [`l${index}`] }],
		})),
	},
};

// Each of these documents has one fault; the log must name each exactly once.
const FAULTY = [
	'story-no-slug',
	'story-unknown-block',
	'story-no-cover-asset',
	'story-evil-link',
	'story-good',
	'site-002',
	'story-english-number',
	'story-slug-twin',
	'story-slash-slug',
	'story-no-such-day',
];

const PAGES = [
	'/',
	'/stories/',
	'/stories/good/',
	'/stories/unknown-block/',
	'/stories/no-cover-asset/',
	'/stories/evil-link/',
	'/stories/script-links/',
	'/stories/english-number/',
	'/map/',
	'/map/good-site/',
	'/map/dangling/',
	'/about/',
];

let contentDir: string;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'boai-bad-content-'));
	await cp(FIXTURE, contentDir, { recursive: true });
	await appendFile(join(contentDir, 'data.ndjson'), JSON.stringify(linkStory) + '\n');

	server = await startServer({ CONTENT_DIR: contentDir, LOG_LEVEL: 'warn' });
	browser = await launchChromium();
	context = await browser.newContext();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await rm(contentDir, { recursive: true, force: true });
});

describe('a dataset with malformed documents', () => {
	test('still serves every page, in both languages', async () => {
		const statuses: string[] = [];

		for (const path of [...PAGES, ...PAGES.map((page) => `/en${page}`)]) {
			const response = await fetch(server.url + path);
			statuses.push(`${path} ${response.status}`);
		}

		expect(statuses).toEqual(
			[...PAGES, ...PAGES.map((page) => `/en${page}`)].map((path) => `${path} 200`),
		);
	});

	test('names each faulty document once in the log, and no sound one', () => {
		const lines = server.output().split('\n');
		const mentions = (id: string) =>
			lines.filter((line) => line.includes(`"${id}`) || line.includes(` ${id} `)).length;

		expect(Object.fromEntries(FAULTY.map((id) => [id, mentions(id)]))).toEqual(
			Object.fromEntries(FAULTY.map((id) => [id, 1])),
		);
		expect(mentions('site-001')).toBe(0);
		expect(server.output()).toMatch(/line 4/);
	});

	test('gives each address one document and lists none whose address cannot be reached', async () => {
		const list = await (await fetch(`${server.url}/stories/`)).text();
		const owner = await (await fetch(`${server.url}/stories/good/`)).text();

		expect(list.match(/href="\/stories\/good\/"/g)).toHaveLength(1);
		expect(list).not.toContain('同名链接');
		expect(list).not.toContain('斜杠链接');
		expect(list).not.toContain('不存在的日期');
		expect(owner).toContain('好的故事');
		expect(owner).not.toContain('同名链接');
	});

	test('answers a request to change a media file with 405', async () => {
		const file = '/media/images/7f608af1e378d1bdf3fac0508d126d38c24e4ca3-64x48.png';

		const read = await fetch(server.url + file);
		const write = await fetch(server.url + file, { method: 'DELETE' });

		expect(read.status).toBe(200);
		expect(write.status).toBe(405);
		expect(write.headers.get('allow')).toBe('GET, HEAD');
	});

	test('ships no executable link, whatever its casing or spacing', async () => {
		for (const path of ['/stories/evil-link/', '/stories/script-links/']) {
			const { page, status } = await visit(context, server.url + path);
			expect(status).toBe(200);

			const hrefs = await page.$$eval('[href], [src], [action], [formaction]', (elements) =>
				elements.flatMap((element) =>
					['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name) ?? ''),
				),
			);
			const executable = hrefs.filter((value) =>
				/^(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, '')),
			);
			expect(executable).toEqual([]);
			await page.close();
		}

		const { page } = await visit(context, `${server.url}/stories/script-links/`);
		const text = await page.locator('main').innerText();
		expect(text).toContain('链接0');
		expect(text).toContain('链接8');
		await page.close();
	});
});
