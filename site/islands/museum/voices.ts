/**
 * The voices of the browser's speech synthesis. Browsers load them lazily: the list is empty
 * until something asks for it, and fills a moment later with a `voiceschanged` event. Asking
 * when a page opens means the list is there by the time a visitor asks to listen.
 */
import type { NarrationLang } from '../../../src/museum/captions.ts';

// Set once the browser has said which voices it has, or once we stopped waiting for it to.
let settled = false;

/** Whether this browser has speech synthesis at all. */
export function speechAvailable(): boolean {
	return typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined';
}

/** Starts loading the voices and follows changes to them; returns what stops following. */
export function loadVoices(): () => void {
	if (!speechAvailable()) return () => undefined;

	const onChange = () => {
		settled = true;
	};
	speechSynthesis.addEventListener('voiceschanged', onChange);
	if (speechSynthesis.getVoices().length > 0) settled = true;
	return () => speechSynthesis.removeEventListener('voiceschanged', onChange);
}

/** Whether the browser may still be loading its voices (it has named none so far). */
export function voicesPending(): boolean {
	if (!speechAvailable() || settled) return false;
	if (speechSynthesis.getVoices().length > 0) settled = true;
	return !settled;
}

/** Resolves once the voices have loaded, or after `ms` if they do not come. */
export function whenVoicesLoad(ms: number): Promise<void> {
	if (!voicesPending()) return Promise.resolve();

	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			speechSynthesis.removeEventListener('voiceschanged', done);
			settled = true;
			resolve();
		};
		const timer = setTimeout(done, ms);
		speechSynthesis.addEventListener('voiceschanged', done);
	});
}

/** A voice of the browser's speech synthesis for `lang`, or `null` when it has none. */
export function voiceFor(lang: NarrationLang): SpeechSynthesisVoice | null {
	if (!speechAvailable()) return null;

	const voices = speechSynthesis.getVoices();
	const normal = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
	const exact = voices.find((voice) => normal(voice) === lang.toLowerCase());
	const prefix = lang === 'zh-CN' ? 'zh' : 'en';
	return exact ?? voices.find((voice) => normal(voice).startsWith(prefix)) ?? null;
}
