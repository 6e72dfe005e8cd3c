import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';

import { schemaTypes } from './schema-types/index.ts';
import { VALIDATION_API_VERSION } from './schema-types/rules.ts';
import { singletonActions, singletonTypes, structure } from './structure.ts';

// A placeholder lets the Studio build and the schema tools run without a Sanity project;
// set SANITY_STUDIO_PROJECT_ID to edit real content.
const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'boai-local';
const dataset = process.env.SANITY_STUDIO_DATASET || 'production';

export default defineConfig({
	name: 'default',
	title: '株洲红十字 · 博爱',
	projectId,
	dataset,
	plugins: [
		structureTool({ title: '内容', structure }),
		visionTool({ title: 'GROQ 查询', defaultApiVersion: VALIDATION_API_VERSION }),
	],
	schema: {
		types: schemaTypes,
		templates: (templates) =>
			templates.filter((template) => !singletonTypes.has(template.schemaType)),
	},
	document: {
		actions: (actions, { schemaType }) =>
			singletonTypes.has(schemaType)
				? actions.filter(({ action }) => action !== undefined && singletonActions.has(action))
				: actions,
		newDocumentOptions: (options, { creationContext }) =>
			creationContext.type === 'global'
				? options.filter((option) => !singletonTypes.has(option.templateId))
				: options,
	},
});
