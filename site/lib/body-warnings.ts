import { logger, type Logger } from '../../src/log.ts';

/** Tells the log that a body holds a node of `type` (a `nodeType`: block, mark…) it cannot show. */
export type MissingComponentWarner = (documentId: string, nodeType: string, type: string) => void;

/**
 * A warner that logs each document's missing component once for the life of the process:
 * a page read on every request must not fill the log.
 */
export function createMissingComponentWarner(log: Pick<Logger, 'warn'>): MissingComponentWarner {
	const told = new Set<string>();

	return (documentId, nodeType, type) => {
		const key = JSON.stringify([documentId, nodeType, type]);
		if (told.has(key)) return;
		told.add(key);

		log.warn(
			{ documentId, nodeType, type },
			`${documentId}: its body holds a ${nodeType} of type "${type}", which the site cannot show, so it is left out. Remove it in the Studio or ask for a component for it.`,
		);
	};
}

/** The site's warner, logging under the `story-body` module. */
export const warnMissingComponent = createMissingComponentWarner(
	logger.child({ module: 'story-body' }),
);
