import type { Logger } from '../log.ts';

/**
 * Logs each problem of a document once: a document read on every request must not fill
 * the log. `name`, when given, is the title editors know the document by, so that the
 * warning can be acted on without looking the id up. Returns whether anything new was logged.
 */
export type WarnOnce = (
	document: { id: string; type: string; name?: string },
	problems: string[],
	consequence: string,
) => boolean;

/** A registry that remembers, for this process, which problems of which document were told. */
export function createWarnOnce(log: Logger): WarnOnce {
	const told = new Map<string, Set<string>>();

	return (document, problems, consequence) => {
		const seen = told.get(document.id) ?? new Set<string>();
		told.set(document.id, seen);

		const fresh = [...new Set(problems)].filter((problem) => !seen.has(problem));
		if (fresh.length === 0) return false;
		for (const problem of fresh) seen.add(problem);

		const named = document.name ? `${document.id} “${document.name}”` : document.id;
		log.warn(
			{
				documentId: document.id,
				documentType: document.type,
				...(document.name ? { documentName: document.name } : {}),
				problems: fresh,
			},
			`${document.type} ${named} ${fresh.join('; ')} (${consequence})`,
		);
		return true;
	};
}
