/**
 * Narration with captions. An exhibit's recording plays with its captions timed along the
 * recording; without one, the browser's speech synthesis reads the text line by line in its
 * language; when the sound is off, no voice is installed or narration is sped up (tests),
 * the captions alone run at reading pace. Captions always show, so nothing is only heard.
 */
import {
	captionLines,
	captionStarts,
	lineAt,
	readingMs,
	type NarrationLang,
} from '../../../src/museum/captions.ts';

export interface NarrationItem {
	text: string;
	lang: NarrationLang;
	/** A recording of `text`, if there is one. */
	audioUrl: string | null;
}

export interface NarratorCallbacks {
	/** A caption line to show, or `null` to clear it. */
	onCaption(line: { text: string; lang: NarrationLang } | null): void;
	/** The narration reached its end (not called after `stop`). */
	onEnd(): void;
}

export interface PlayOptions {
	muted: boolean;
	/** 1 is natural pace; anything else runs captions only, at that speed. */
	speed: number;
}

export type NarrationMode = 'idle' | 'recording' | 'speech' | 'captions';

export interface Narrator {
	play(item: NarrationItem, options: PlayOptions): void;
	pause(): void;
	resume(): void;
	stop(): void;
	setMuted(muted: boolean): void;
	mode(): NarrationMode;
}

/** A voice of the browser's speech synthesis for `lang`, or `null` when it has none. */
export function voiceFor(lang: NarrationLang): SpeechSynthesisVoice | null {
	if (typeof speechSynthesis === 'undefined') return null;

	const voices = speechSynthesis.getVoices();
	const normal = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
	const exact = voices.find((voice) => normal(voice) === lang.toLowerCase());
	const prefix = lang === 'zh-CN' ? 'zh' : 'en';
	return exact ?? voices.find((voice) => normal(voice).startsWith(prefix)) ?? null;
}

/** A narrator that reports captions and the end through `callbacks`. */
export function createNarrator(callbacks: NarratorCallbacks): Narrator {
	let mode: NarrationMode = 'idle';
	let lines: string[] = [];
	let lang: NarrationLang = 'zh-CN';
	let index = 0;
	let speed = 1;
	let paused = false;
	// Each start, line and stop gets a new generation, so late callbacks of the old one are ignored.
	let generation = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let lineStarted = 0;
	let lineDuration = 0;
	let remaining = 0;
	let audio: HTMLAudioElement | null = null;
	let starts: number[] = [];

	function show(i: number) {
		const line = lines[i];
		callbacks.onCaption(line === undefined ? null : { text: line, lang });
	}

	function finish() {
		const ended = mode !== 'idle';
		clear();
		mode = 'idle';
		callbacks.onCaption(null);
		if (ended) callbacks.onEnd();
	}

	function clear() {
		generation += 1;
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
		if (mode === 'speech' && typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
		if (audio) {
			audio.pause();
			audio.removeAttribute('src');
			audio.load();
			audio = null;
		}
	}

	// Captions only: each line stays up for as long as it takes to read.
	function runCaption(i: number, duration = readingMs(lines[i] ?? '', lang, speed)) {
		if (i >= lines.length) return finish();

		index = i;
		show(i);
		lineStarted = performance.now();
		lineDuration = duration;
		if (paused) {
			remaining = duration;
			return;
		}

		const current = generation;
		timer = setTimeout(() => {
			if (current === generation) runCaption(i + 1);
		}, duration);
	}

	function speakLine(i: number) {
		if (i >= lines.length) return finish();

		index = i;
		show(i);
		const voice = voiceFor(lang);
		if (!voice) {
			mode = 'captions';
			return runCaption(i);
		}

		generation += 1;
		const current = generation;
		const utterance = new SpeechSynthesisUtterance(lines[i]);
		utterance.lang = lang;
		utterance.voice = voice;
		const next = () => {
			if (current !== generation) return;
			generation += 1;
			if (timer !== undefined) clearTimeout(timer);
			speakLine(i + 1);
		};
		utterance.onend = next;
		utterance.onerror = next;
		// Some engines never report the end of an utterance; move on after a generous wait.
		timer = setTimeout(next, readingMs(lines[i] ?? '', lang) * 3 + 2000);
		speechSynthesis.speak(utterance);
	}

	function playRecording(url: string, muted: boolean) {
		const element = new Audio(url);
		audio = element;
		element.muted = muted;
		element.preload = 'auto';
		const current = generation;
		const fallBack = () => {
			if (current !== generation || audio !== element) return;
			audio = null;
			mode = 'captions';
			runCaption(index);
		};

		element.addEventListener('loadedmetadata', () => {
			starts = captionStarts(lines, element.duration * 1000);
		});
		element.addEventListener('timeupdate', () => {
			if (current !== generation || starts.length === 0) return;
			const at = lineAt(starts, element.currentTime * 1000);
			if (at !== index) {
				index = at;
				show(at);
			}
		});
		element.addEventListener('ended', () => {
			if (current === generation) finish();
		});
		element.addEventListener('error', fallBack);

		index = 0;
		show(0);
		element.play().catch(fallBack);
	}

	return {
		play(item, options) {
			clear();
			lines = captionLines(item.text, item.lang);
			lang = item.lang;
			speed = options.speed > 0 ? options.speed : 1;
			paused = false;
			index = 0;
			starts = [];

			if (lines.length === 0) {
				mode = 'captions';
				timer = setTimeout(finish, 0);
				return;
			}

			const natural = speed === 1 && !options.muted;
			if (item.audioUrl && speed === 1) {
				mode = 'recording';
				playRecording(item.audioUrl, options.muted);
			} else if (natural && voiceFor(lang)) {
				mode = 'speech';
				speakLine(0);
			} else {
				mode = 'captions';
				runCaption(0);
			}
		},

		pause() {
			if (mode === 'idle' || paused) return;
			paused = true;

			if (mode === 'captions') {
				if (timer !== undefined) clearTimeout(timer);
				timer = undefined;
				remaining = Math.max(0, lineDuration - (performance.now() - lineStarted));
			} else if (mode === 'speech') {
				generation += 1;
				if (timer !== undefined) clearTimeout(timer);
				speechSynthesis.cancel();
			} else if (mode === 'recording') {
				audio?.pause();
			}
		},

		resume() {
			if (mode === 'idle' || !paused) return;
			paused = false;

			if (mode === 'captions') runCaption(index, remaining);
			else if (mode === 'speech') speakLine(index);
			else if (mode === 'recording') audio?.play().catch(() => undefined);
		},

		stop() {
			clear();
			mode = 'idle';
			paused = false;
			callbacks.onCaption(null);
		},

		setMuted(muted) {
			if (mode === 'recording' && audio) audio.muted = muted;
			if (mode === 'speech' && muted) {
				generation += 1;
				if (timer !== undefined) clearTimeout(timer);
				speechSynthesis.cancel();
				mode = 'captions';
				runCaption(index);
			}
		},

		mode: () => mode,
	};
}
