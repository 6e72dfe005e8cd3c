/**
 * The Studio's initial value templates: Sanity's default one per document type, except for
 * the singletons, and "an exhibit in this hall", used by the museum's hall-by-hall lists.
 */
import type { Template } from 'sanity';

import { singletonTypes } from './singletons.ts';

/** The template the museum's per-hall exhibit lists create exhibits with. */
export const EXHIBIT_IN_HALL = 'exhibit-in-hall';

const exhibitInHall: Template<{ hallId: string }> = {
	id: EXHIBIT_IN_HALL,
	title: '这个展厅的展品',
	schemaType: 'exhibit',
	parameters: [{ name: 'hallId', type: 'string' }],
	value: ({ hallId }: { hallId: string }) => ({
		hall: { _type: 'reference', _ref: hallId },
		sample: false,
	}),
};

/** `schema.templates` of the Studio config. */
export function studioTemplates(defaults: Template[]): Template[] {
	return [
		...defaults.filter((template) => !singletonTypes.has(template.schemaType)),
		exhibitInHall as Template,
	];
}
