/**
 * The text a site is found by: its name and address in both languages, and the name in
 * toneless pinyin, whole and as initials, so that `hetang` or `hsz` also find Chinese names.
 * Built on the server (pinyin-pro is large) and sent to the browser ready to compare.
 */
import { pinyin } from 'pinyin-pro';

import type { Localized } from '../i18n/locale.ts';
import { normalizeSearchText } from './filters.ts';

/** The parts of a site that are searched. */
export interface Searchable {
	name: Localized;
	address: Localized;
}

// Names repeat on every request; their pinyin is worth keeping.
const pinyinCache = new Map<string, string>();
const maxCached = 20_000;

function pinyinOf(chinese: string): string {
	const cached = pinyinCache.get(chinese);
	if (cached !== undefined) return cached;

	const syllables = pinyin(chinese, { toneType: 'none', type: 'array', nonZh: 'removed' });
	const initials = syllables.map((syllable) => syllable.charAt(0)).join('');
	const text = `${syllables.join('')}\n${initials}`;

	if (pinyinCache.size >= maxCached) pinyinCache.clear();
	pinyinCache.set(chinese, text);
	return text;
}

/**
 * The normalized search text of `site`. Parts are joined by line breaks, which a search
 * term never holds, so a term cannot match across the end of one part and the next.
 */
export function searchTextOf(site: Searchable): string {
	const parts = [
		site.name.zh,
		site.name.en,
		site.address.zh,
		site.address.en,
		pinyinOf(site.name.zh),
	];

	return parts
		.flatMap((part) => (part ? part.split('\n') : []))
		.map(normalizeSearchText)
		.filter((part) => part !== '')
		.join('\n');
}
