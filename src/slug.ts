import { pinyin } from 'pinyin-pro';

const MAX_LENGTH = 64;

/**
 * A URL slug for a title in Chinese, English or both: Chinese characters become
 * toneless pinyin, everything else is lower-cased ASCII joined by hyphens.
 * The same title always gives the same slug; a title with nothing usable in it
 * gives `fallback` so that a slug is never empty.
 */
export function slugify(title: string, fallback = 'item'): string {
	const romanised = pinyin(title.normalize('NFKC'), {
		toneType: 'none',
		type: 'array',
		nonZh: 'consecutive',
		v: true,
	}).join(' ');

	const slug = romanised
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

	return shorten(slug) || fallback;
}

// Cuts at a syllable boundary so that a long title never ends in half a word.
function shorten(slug: string): string {
	if (slug.length <= MAX_LENGTH) return slug;

	const cut = slug.slice(0, MAX_LENGTH + 1);
	const lastHyphen = cut.lastIndexOf('-');
	return lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, MAX_LENGTH);
}

/**
 * Makes `slug` unique among `taken` by adding -2, -3 … and records the result.
 */
export function uniqueSlug(slug: string, taken: Set<string>): string {
	let candidate = slug;
	for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
	taken.add(candidate);
	return candidate;
}
