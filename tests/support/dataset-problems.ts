/** One thing wrong with a document of the dataset, where it is, and how bad. */
export interface DatasetProblem {
	level: 'error' | 'warning';
	/** The document's `_id`, or the file name for problems outside any document. */
	documentId: string;
	/** Where in the document, as `field.sub[_key=="abc"].field`; empty for the whole document. */
	path: string;
	message: string;
}

/** The problems of `level`, one per line: `<id> <path>: <message>`, for a test failure. */
export function formatProblems(problems: DatasetProblem[], level: DatasetProblem['level']): string {
	return problems
		.filter((problem) => problem.level === level)
		.map(({ documentId, path, message }) => `${documentId}${path ? ` ${path}` : ''}: ${message}`)
		.join('\n');
}

/** Only the problems of `level`. */
export function problemsOf(problems: DatasetProblem[], level: DatasetProblem['level']) {
	return problems.filter((problem) => problem.level === level);
}

/** A path as Sanity writes them: `body.zh[_key=="a1"].children[0]`. */
export function pathToString(path: ReadonlyArray<string | number | { _key: string }>): string {
	return path.reduce<string>((text, segment) => {
		if (typeof segment === 'number') return `${text}[${segment}]`;
		if (typeof segment === 'object') return `${text}[_key==${JSON.stringify(segment._key)}]`;
		return text ? `${text}.${segment}` : segment;
	}, '');
}
