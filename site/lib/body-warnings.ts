import { logger } from '../../src/log.ts';

const log = logger.child({ module: 'story-body' });
const told = new Set<string>();

/**
 * Logs, once per document and node type for the life of the process, that a Portable Text
 * body holds something the site has no component for. The node renders as nothing.
 */
export function warnMissingComponent(documentId: string, nodeType: string, type: string): void {
	const key = `${documentId}\u0000${nodeType}\u0000${type}`;
	if (told.has(key)) return;
	told.add(key);

	log.warn(
		{ documentId, nodeType, type },
		`${documentId}: its body holds a ${nodeType} of type "${type}", which the site cannot show, so it is left out. Remove it in the Studio or ask for a component for it.`,
	);
}
