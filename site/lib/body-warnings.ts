import { logger, type Logger } from '../../src/log.ts';

/** Tells the log that a body holds a node of `type` (a `nodeType`: block, mark…) it cannot show. */
export type MissingComponentWarner = (documentId: string, nodeType: string, type: string) => void;

// How an editor would call each kind of node. A list of an unknown kind is reported by the
// renderer twice, as a list and as its items: both are one problem.
const nodeNames: Record<string, string> = {
	type: 'an object',
	block: 'a paragraph style',
	list: 'a list',
	listItem: 'a list',
	mark: 'a mark',
};

/**
 * A warner that logs each document's missing component once for the life of the process:
 * a page read on every request must not fill the log.
 */
export function createMissingComponentWarner(log: Pick<Logger, 'warn'>): MissingComponentWarner {
	const told = new Set<string>();

	return (documentId, nodeType, type) => {
		const node = nodeNames[nodeType] ?? `a ${nodeType}`;
		const key = JSON.stringify([documentId, node, type]);
		if (told.has(key)) return;
		told.add(key);

		log.warn(
			{ documentId, nodeType, type },
			`${documentId}: its body holds ${node} of type "${type}", which the site cannot show, so it is left out. Remove it in the Studio or ask for a component for it.`,
		);
	};
}

/** The site's warner, logging under the `story-body` module. */
export const warnMissingComponent = createMissingComponentWarner(
	logger.child({ module: 'story-body' }),
);
