/**
 * Splits text into search terms in a way that works for Chinese, which has no spaces between
 * words: a run of Chinese characters is indexed as its single characters and its overlapping
 * pairs (献血站 → 献 血 站 献血 血站), and a query is cut into pairs only, so that 献血 finds the
 * texts that contain 献血 and 造血干细胞 those that contain all of 造血 血干 干细 细胞. Other
 * scripts are split into words at spaces and punctuation, and lower-cased.
 */

// Han characters, with the CJK symbols that behave like them (〇, 々).
const hanRun = /[\p{Script=Han}〇々]+/gu;
const hanTerm = /^[\p{Script=Han}〇々]+$/u;
const wordRun = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Whether `term` is Chinese (matched exactly), rather than a word (matched loosely). */
export function isHanTerm(term: string): boolean {
	return hanTerm.test(term);
}

/** The terms `text` is indexed under. */
export function indexTerms(text: string): string[] {
	return [...hanTerms(text, true), ...words(text)];
}

/** The terms a query `text` looks for; every one must match (see `search-index.ts`). */
export function queryTerms(text: string): string[] {
	return [...new Set([...hanTerms(text, false), ...words(text)])];
}

function hanTerms(text: string, withSingles: boolean): string[] {
	const terms: string[] = [];

	for (const [run] of text.matchAll(hanRun)) {
		const characters = [...run];
		if (characters.length === 1 || withSingles) terms.push(...characters);
		for (let i = 0; i + 1 < characters.length; i++) terms.push(characters[i]! + characters[i + 1]!);
	}
	return terms;
}

// Words of other scripts: Chinese characters are taken out first, so 2029年 gives 2029.
function words(text: string): string[] {
	const rest = text.replace(hanRun, ' ');
	return [...rest.matchAll(wordRun)].map(([word]) => word.toLowerCase().replace(/’/g, "'"));
}
