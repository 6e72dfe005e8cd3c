/** How a search's outcome is worded: the page's templates with their blanks filled in. */

/** The templates of the search page, in its language (`messages(locale).search`). */
export interface SearchWording {
	resultsOne: string;
	resultsOther: string;
	none: string;
	empty: string;
}

/** `template` with each `{name}` replaced by `values[name]`. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (blank, name: string) =>
		name in values ? String(values[name]) : blank,
	);
}

/** The sentence announcing what `query` found (`count` results). */
export function outcomeSentence(wording: SearchWording, query: string, count: number): string {
	if (query.trim() === '') return wording.empty;
	if (count === 0) return fillTemplate(wording.none, { query });

	const template = count === 1 ? wording.resultsOne : wording.resultsOther;
	return fillTemplate(template, { query, count });
}
