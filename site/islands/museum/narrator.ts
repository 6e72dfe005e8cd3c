/**
 * Narration with captions. An exhibit's recording plays with its captions timed along the
 * recording; without one, the browser's speech synthesis reads the text line by line in its
 * language; when the sound is off, no voice is installed or narration is sped up (tests),
 * the captions alone run at reading pace. Captions always show, so nothing is only heard.
 *
 * iOS Safari and WeChat start speech and audio only from inside a tap, and narration often
 * starts later (when the camera arrives at an exhibit). `unlock()`, called in the tap, starts
 * both once so that they may start again later; every recording then plays through the same
 * audio element.
 */
import {
	captionLines,
	captionStarts,
	lineAt,
	readingMs,
	type NarrationLang,
} from '../../../src/museum/captions.ts';
import { speechAvailable, voiceFor, voicesPending, whenVoicesLoad } from './voices.ts';

// How long a first narration waits for a browser still loading its voices.
const VOICE_WAIT_MS = 1500;

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
	/** The text was to be read aloud, but the browser has no voice for `lang`: captions only. */
	onNoVoice?(lang: NarrationLang): void;
}

export interface PlayOptions {
	muted: boolean;
	/** 1 is natural pace; anything else runs captions only, at that speed. */
	speed: number;
}

export type NarrationMode = 'idle' | 'recording' | 'speech' | 'captions';

export interface Narrator {
	/** Call inside a tap: lets speech and recordings start later, outside any tap. */
	unlock(): void;
	play(item: NarrationItem, options: PlayOptions): void;
	pause(): void;
	resume(): void;
	stop(): void;
	setMuted(muted: boolean): void;
	mode(): NarrationMode;
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
	let starts: number[] = [];
	let speechUnlocked = false;
	let player: HTMLAudioElement | null = null;
	// The listeners of the recording now playing; aborting removes them all.
	let recording: AbortController | null = null;

	function audioElement(): HTMLAudioElement {
		player ??= new Audio();
		player.preload = 'auto';
		return player;
	}

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
		if (mode === 'speech' && speechAvailable()) speechSynthesis.cancel();
		if (recording && player) {
			recording.abort();
			recording = null;
			player.pause();
			player.removeAttribute('src');
			player.load();
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

	function withoutVoice(i: number) {
		mode = 'captions';
		runCaption(i);
		callbacks.onNoVoice?.(lang);
	}

	// A browser still loading its voices gets a moment; the caption shows meanwhile.
	function waitForVoice(i: number) {
		generation += 1;
		const current = generation;
		void whenVoicesLoad(VOICE_WAIT_MS).then(() => {
			if (current !== generation || paused) return;
			if (voiceFor(lang)) speakLine(i);
			else withoutVoice(i);
		});
	}

	function speakLine(i: number) {
		if (i >= lines.length) return finish();

		index = i;
		show(i);
		const voice = voiceFor(lang);
		if (!voice) return voicesPending() ? waitForVoice(i) : withoutVoice(i);

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
		const element = audioElement();
		const listening = new AbortController();
		const { signal } = listening;
		recording = listening;
		const current = generation;
		const fallBack = () => {
			if (current !== generation || recording !== listening) return;
			listening.abort();
			recording = null;
			mode = 'captions';
			runCaption(index);
		};

		element.addEventListener(
			'loadedmetadata',
			() => (starts = captionStarts(lines, element.duration * 1000)),
			{ signal },
		);
		element.addEventListener(
			'timeupdate',
			() => {
				if (current !== generation || starts.length === 0) return;
				const at = lineAt(starts, element.currentTime * 1000);
				if (at !== index) {
					index = at;
					show(at);
				}
			},
			{ signal },
		);
		element.addEventListener('ended', () => current === generation && finish(), { signal });
		element.addEventListener('error', fallBack, { signal });

		element.muted = muted;
		element.src = url;
		index = 0;
		show(0);
		element.play().catch(fallBack);
	}

	return {
		unlock() {
			if (speechAvailable() && !speechUnlocked) {
				speechUnlocked = true;
				// An empty, silent utterance: it says nothing but counts as speech begun in a tap.
				const primer = new SpeechSynthesisUtterance('');
				primer.volume = 0;
				speechSynthesis.speak(primer);
			}

			// A play() inside the tap allows this element's later play() calls, whatever their
			// source; without a source it is refused at once, which is all it is for.
			const element = audioElement();
			if (!recording && element.paused) element.play().catch(() => undefined);
		},

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
			} else if (natural && speechAvailable()) {
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
				player?.pause();
			}
		},

		resume() {
			if (mode === 'idle' || !paused) return;
			paused = false;

			if (mode === 'captions') runCaption(index, remaining);
			else if (mode === 'speech') speakLine(index);
			else if (mode === 'recording') player?.play().catch(() => undefined);
		},

		stop() {
			clear();
			mode = 'idle';
			paused = false;
			callbacks.onCaption(null);
		},

		setMuted(muted) {
			if (mode === 'recording' && player) player.muted = muted;
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
