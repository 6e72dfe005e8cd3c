/**
 * Problems found while checking one document, in plain words for an editor.
 *
 * Parsing with zod is synchronous, so the repository opens a collection around one
 * `safeParse` and the schemas note what they repaired or dropped into it; nothing else can
 * run in between.
 */
let current: string[] | null = null;

/** Records a problem of the document being checked (ignored outside a collection). */
export function noteProblem(message: string): void {
	if (current && !current.includes(message)) current.push(message);
}

/** Runs `check` and returns its result with the problems the schemas noted meanwhile. */
export function collectProblems<T>(check: () => T): { result: T; problems: string[] } {
	const outer = current;
	const problems: string[] = [];
	current = problems;
	try {
		return { result: check(), problems };
	} finally {
		current = outer;
	}
}
