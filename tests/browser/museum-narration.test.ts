/**
 * Narration in the 3D hall at natural pace: the browser's speech synthesis (a stand-in that
 * records what it is asked to say, since headless Chromium has no voices) reads each exhibit
 * in the page's language, an exhibit's own recording plays instead of speech, and a browser
 * without a voice gets captions and a note saying so. Speech and the recording player must
 * first be started inside the visitor's tap, as iOS Safari and WeChat require.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { messages } from '../../src/i18n/messages/index.ts';
import { captionLines } from '../../src/museum/captions.ts';
import { hallLinkQuery } from '../../src/museum/deep-link.ts';
import type { MuseumView } from '../../src/museum/view-data.ts';
import { goToExhibit, goToHallEntrance, museumView, SLOW, watchVisits } from './museum-helpers.ts';
import { launchChromium } from './support/chromium.ts';
import { startServer, type RunningServer } from './support/server.ts';

const DATASET = join(import.meta.dirname, '..', '..', 'content');
const zh = messages('zh').hall3d;
const en = messages('en').hall3d;

// The recording's text, marked as made by the test: it describes the tone the test writes.
const TRANSCRIPT = {
	_type: 'localeText',
	zh: '（测试录音）这是测试生成的一段提示音。它用来检查展品自己的录音会代替语音合成播放。',
	en: '(Test recording) A tone made by the test. It checks that an exhibit’s own recording plays instead of speech synthesis.',
};

interface SpeechLog {
	/** When the page first asked for the voices (performance.now), or null. */
	asked: number | null;
	spoken: Array<{ text: string; lang: string; voice: string | null; event: string | null }>;
	played: Array<{ element: number; src: string; event: string | null }>;
	ended: string[];
}

let contentDir: string;
let server: RunningServer;
let browser: Browser;
let recorded: { slug: string; file: string };
const visits = watchVisits();

/** A short, quiet 440 Hz tone as a 16-bit mono WAV file. */
function toneWav(seconds: number): Buffer {
	const rate = 8000;
	const samples = Math.round(rate * seconds);
	const wav = Buffer.alloc(44 + samples * 2);
	wav.write('RIFF', 0);
	wav.writeUInt32LE(36 + samples * 2, 4);
	wav.write('WAVEfmt ', 8);
	wav.writeUInt32LE(16, 16);
	wav.writeUInt16LE(1, 20);
	wav.writeUInt16LE(1, 22);
	wav.writeUInt32LE(rate, 24);
	wav.writeUInt32LE(rate * 2, 28);
	wav.writeUInt16LE(2, 32);
	wav.writeUInt16LE(16, 34);
	wav.write('data', 36);
	wav.writeUInt32LE(samples * 2, 40);
	for (let i = 0; i < samples; i++) {
		wav.writeInt16LE(Math.round(3000 * Math.sin((2 * Math.PI * 440 * i) / rate)), 44 + i * 2);
	}
	return wav;
}

// Gives the second exhibit of the last hall a recording and its transcript.
async function addRecording(folder: string): Promise<{ slug: string; file: string }> {
	const wav = toneWav(1.5);
	const sha1 = createHash('sha1').update(wav).digest('hex');
	await writeFile(join(folder, 'files', `${sha1}.wav`), wav);

	const path = join(folder, 'data.ndjson');
	const documents = (await readFile(path, 'utf8'))
		.split('\n')
		.filter((line) => line.trim() !== '')
		.map((line) => JSON.parse(line) as Record<string, unknown> & { _id: string; _type: string });
	const lastHall = documents
		.filter((document) => document._type === 'hall')
		.sort((a, b) => (b.order as number) - (a.order as number))[0]!;
	const exhibit = documents
		.filter(
			(document) =>
				document._type === 'exhibit' && (document.hall as { _ref: string })._ref === lastHall._id,
		)
		.sort((a, b) => (a.order as number) - (b.order as number))[1]!;
	exhibit.narration = { _type: 'file', _sanityAsset: `file@file://./files/${sha1}.wav` };
	exhibit.transcript = TRANSCRIPT;
	await writeFile(path, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');

	return { slug: (exhibit.slug as { current: string }).current, file: `${sha1}.wav` };
}

/**
 * Stands in for the browser's speech synthesis: voices arrive a moment after the page first
 * asks for them (as in Chrome), or never; each utterance "ends" after 40 ms. It records what
 * was said, and which media elements were played, and during which event.
 */
function stubSpeech(options: { voices: boolean }) {
	const log: SpeechLog = { asked: null, spoken: [], played: [], ended: [] };
	Object.assign(window, { speechLog: log });
	const eventNow = () => (window as { event?: Event }).event?.type ?? null;

	class Utterance extends EventTarget {
		text: string;
		lang = '';
		voice: { lang: string } | null = null;
		volume = 1;
		rate = 1;
		pitch = 1;
		onend: ((event: Event) => void) | null = null;
		onerror: ((event: Event) => void) | null = null;
		constructor(text = '') {
			super();
			this.text = text;
		}
	}

	const voices = [
		{ name: 'Stand-in Chinese', lang: 'zh-CN', voiceURI: 'zh', localService: true, default: true },
		{ name: 'Stand-in English', lang: 'en-US', voiceURI: 'en', localService: true, default: false },
	];
	let loaded = false;
	let queue: Utterance[] = [];

	class Synthesis extends EventTarget {
		speaking = false;
		pending = false;
		paused = false;
		getVoices() {
			if (log.asked === null) {
				log.asked = performance.now();
				if (options.voices) {
					setTimeout(() => {
						loaded = true;
						this.dispatchEvent(new Event('voiceschanged'));
					}, 300);
				}
			}
			return loaded ? voices : [];
		}
		speak(utterance: Utterance) {
			log.spoken.push({
				text: utterance.text,
				lang: utterance.lang,
				voice: utterance.voice?.lang ?? null,
				event: eventNow(),
			});
			queue.push(utterance);
			if (queue.length === 1) this.next();
		}
		next() {
			const utterance = queue[0];
			if (!utterance) return;
			setTimeout(() => {
				if (queue[0] !== utterance) return;
				queue.shift();
				utterance.onend?.(new Event('end'));
				this.next();
			}, 40);
		}
		cancel() {
			queue = [];
		}
		pause() {}
		resume() {}
	}

	Object.defineProperty(window, 'speechSynthesis', { value: new Synthesis(), configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', {
		value: Utterance,
		configurable: true,
	});

	const ids = new WeakMap<HTMLMediaElement, number>();
	let count = 0;
	const play = HTMLMediaElement.prototype.play;
	HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
		if (!ids.has(this)) {
			ids.set(this, ++count);
			this.addEventListener('ended', () => log.ended.push(this.currentSrc));
		}
		log.played.push({ element: ids.get(this)!, src: this.src, event: eventNow() });
		return play.call(this);
	};
}

async function newContext(options: { voices: boolean }): Promise<BrowserContext> {
	const context = await visits.newContext(browser, { reducedMotion: 'reduce' });
	await context.addInitScript(stubSpeech, options);
	return context;
}

function speechLog(page: Page): Promise<SpeechLog> {
	return page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);
}

/** Collects every caption line shown, and whether the no-voice note ever appeared. */
function watchCaptions(page: Page) {
	return page.evaluate(() => {
		const seen = { lines: [] as string[], noVoice: false };
		Object.assign(window, { seen });
		new MutationObserver(() => {
			const text = document.querySelector('.hall-caption')?.textContent;
			if (text && seen.lines.at(-1) !== text) seen.lines.push(text);
			if (document.querySelector('[data-no-voice]')) seen.noVoice = true;
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
}

function captionsSeen(page: Page): Promise<{ lines: string[]; noVoice: boolean }> {
	return page.evaluate(
		() => (window as unknown as { seen: { lines: string[]; noVoice: boolean } }).seen,
	);
}

beforeAll(async () => {
	contentDir = await mkdtemp(join(tmpdir(), 'boai-museum-narration-'));
	await cp(DATASET, contentDir, { recursive: true });
	recorded = await addRecording(contentDir);
	server = await startServer({ CONTENT_DIR: contentDir, LOG_LEVEL: 'warn' });
	browser = await launchChromium();
});

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	await rm(contentDir, { recursive: true, force: true });
});

describe('narration in the 3D hall', () => {
	test(
		'the guided tour reads each exhibit aloud in the page’s language with captions, and plays an exhibit’s own recording instead',
		async () => {
			const context = await newContext({ voices: true });
			const page = await visits.newPage(context);
			await page.goto(`${server.url}/museum/`);
			const view: MuseumView = await museumView(page);
			const hall = view.halls.at(-1)!;
			expect(hall.exhibits.map((exhibit) => exhibit.slug)).toContain(recorded.slug);

			await goToHallEntrance(page, `${server.url}/museum/?view=3d&hall=${hall.slug}&museumDebug=1`);
			// The hall asked for the voices when it opened, long before anyone asked to listen.
			expect((await speechLog(page)).asked).not.toBeNull();
			await watchCaptions(page);

			await page.getByRole('button', { name: zh.tourStart }).click();
			await page.waitForFunction(
				() => window.__boaiMuseum!.state().tour.status === 'finished',
				null,
				{ timeout: 120_000 },
			);

			const log = await speechLog(page);
			const seen = await captionsSeen(page);
			// Speech was started inside the tap, with nothing to say.
			expect(log.spoken[0]).toMatchObject({ text: '', event: 'click' });

			const said = log.spoken.slice(1).map(({ text, lang, voice }) => ({ text, lang, voice }));
			for (const exhibit of hall.exhibits) {
				const { text, lang } = exhibit.narration.text;
				const lines = captionLines(text, lang);
				expect(seen.lines, exhibit.slug).toContain(lines[0]);
				if (exhibit.slug === recorded.slug) {
					expect(said.filter((entry) => lines.includes(entry.text))).toEqual([]);
					continue;
				}
				expect(said.filter((entry) => lines.includes(entry.text))).toEqual(
					lines.map((line) => ({ text: line, lang: 'zh-CN', voice: 'zh-CN' })),
				);
			}
			expect(seen.noVoice).toBe(false);

			// The recording played to its end, on the element first played inside the tap.
			const recording = log.played.find((entry) => entry.src.endsWith(recorded.file));
			expect(recording).toBeDefined();
			expect(log.played.find((entry) => entry.element === recording!.element)?.event).toBe('click');
			expect(log.ended.some((src) => src.endsWith(recorded.file))).toBe(true);
			expect(seen.lines).toContain(captionLines(TRANSCRIPT.zh, 'zh-CN')[0]);
			await context.close();
		},
		SLOW,
	);

	test(
		'reads an exhibit aloud in English on the English page, from the Listen tap',
		async () => {
			const context = await newContext({ voices: true });
			const page = await visits.newPage(context);
			await page.goto(`${server.url}/en/museum/`);
			const view = await museumView(page);
			const exhibit = view.halls[0]!.exhibits.find(
				(entry) => entry.narration.text.lang === 'en' && entry.narration.url === null,
			)!;

			await goToExhibit(
				page,
				`${server.url}/en/museum/${hallLinkQuery({ exhibit: exhibit.slug })}&museumDebug=1`,
				exhibit.title.text,
			);
			await watchCaptions(page);
			const lines = captionLines(exhibit.narration.text.text, 'en');
			await page.getByRole('button', { name: en.listen }).click();
			await page.waitForFunction(
				(count) =>
					(window as unknown as { speechLog: SpeechLog }).speechLog.spoken.length > count &&
					!window.__boaiMuseum!.state().listening,
				lines.length,
				{ timeout: 60_000 },
			);

			const log = await speechLog(page);
			expect(log.spoken[0]).toMatchObject({ text: '', event: 'click' });
			expect(log.spoken.slice(1).map(({ text, lang, voice }) => ({ text, lang, voice }))).toEqual(
				lines.map((line) => ({ text: line, lang: 'en', voice: 'en-US' })),
			);
			expect((await captionsSeen(page)).lines).toEqual(lines);
			await context.close();
		},
		SLOW,
	);

	test(
		'says so when the browser has no voice, and shows the captions instead',
		async () => {
			const context = await newContext({ voices: false });
			const page = await visits.newPage(context);
			await page.goto(`${server.url}/museum/`);
			const view = await museumView(page);
			const exhibit = view.halls[0]!.exhibits[0]!;

			await goToExhibit(
				page,
				`${server.url}/museum/${hallLinkQuery({ exhibit: exhibit.slug })}`,
				exhibit.title.text,
			);
			await page.getByRole('button', { name: zh.listen }).click();

			await page.waitForSelector('[data-no-voice]', { timeout: 15_000 });
			expect(await page.locator('[data-no-voice]').textContent()).toBe(zh.noVoice);
			const first = captionLines(exhibit.narration.text.text, 'zh-CN')[0];
			expect(await page.locator('.hall-caption').textContent()).toBe(first);
			// Nothing but the silent start in the tap was handed to the speech engine.
			expect((await speechLog(page)).spoken.map((entry) => entry.text)).toEqual(['']);

			// Stopping ends the captions and the note with them.
			await page.getByRole('button', { name: zh.stopListening }).click();
			await page.waitForSelector('[data-no-voice]', { state: 'detached' });
			await context.close();
		},
		SLOW,
	);

	visits.testClean();
});
