/**
 * Captions for narration: a text cut into short lines that fit on screen, and how long each
 * line stays up — from the recording's length when there is one, otherwise from how long
 * the line takes to read aloud.
 */

/** Languages narration is read in. */
export type NarrationLang = 'zh-CN' | 'en';

// Chinese is read at about 4.5 characters a second, English at about 15 characters (2.7
// words) a second; a caption stays up at least long enough to be read.
const MS_PER_CHAR: Record<NarrationLang, number> = { 'zh-CN': 220, en: 66 };
const MIN_CAPTION_MS = 1200;
const MAX_CAPTION_CHARS: Record<NarrationLang, number> = { 'zh-CN': 40, en: 110 };

// A sentence ends at Chinese or Western end punctuation, after any closing quote or bracket.
const SENTENCE_END = /(?<=[。！？!?；;][”’」』）)]?)(?![”’」』）)])\s*|(?<=[.][”’)]?)\s+/u;
const CLAUSE_END = /(?<=[，、,：:])\s*/u;

/** `text` cut into caption lines: whole sentences, split at commas when too long. */
export function captionLines(text: string, lang: NarrationLang): string[] {
	const max = MAX_CAPTION_CHARS[lang];
	const sentences = text
		.split(/\n+/)
		.flatMap((paragraph) => paragraph.split(SENTENCE_END))
		.map((sentence) => sentence.trim())
		.filter((sentence) => sentence !== '');

	return sentences.flatMap((sentence) =>
		sentence.length <= max ? [sentence] : split(sentence, max),
	);
}

// Joins clauses back together up to `max` characters; a clause still too long is cut hard.
function split(sentence: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';

	for (const clause of sentence.split(CLAUSE_END)) {
		if (line !== '' && line.length + clause.length > max) {
			lines.push(line);
			line = '';
		}
		line = line === '' ? clause : `${line}${needsSpace(line) ? ' ' : ''}${clause}`;
		while (line.length > max) {
			lines.push(line.slice(0, max));
			line = line.slice(max);
		}
	}

	if (line.trim() !== '') lines.push(line);
	return lines.map((entry) => entry.trim()).filter((entry) => entry !== '');
}

function needsSpace(line: string): boolean {
	return /[,:;A-Za-z0-9]$/.test(line);
}

/** How long reading `line` aloud takes, in milliseconds, at `speed` times normal speed. */
export function readingMs(line: string, lang: NarrationLang, speed = 1): number {
	const ms = Math.max(MIN_CAPTION_MS, line.length * MS_PER_CHAR[lang]);
	return ms / (speed > 0 ? speed : 1);
}

/**
 * When each line starts, in milliseconds, when `lines` are spread over a recording of
 * `totalMs`: each line gets time in proportion to its length.
 */
export function captionStarts(lines: string[], totalMs: number): number[] {
	const total = lines.reduce((sum, line) => sum + line.length, 0);
	if (total === 0) return lines.map(() => 0);

	let elapsed = 0;
	return lines.map((line) => {
		const start = (elapsed / total) * totalMs;
		elapsed += line.length;
		return start;
	});
}

/** The line showing at `ms` into the recording, given the `starts` of `captionStarts`. */
export function lineAt(starts: number[], ms: number): number {
	let index = 0;
	starts.forEach((start, i) => {
		if (start <= ms) index = i;
	});
	return index;
}
