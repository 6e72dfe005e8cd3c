import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';

import { openOnSite, printQrPoster } from './actions/site-actions.ts';
import { renderInput } from './inputs/form-inputs.tsx';
import { schemaTypes } from './schema-types/index.ts';
import { VALIDATION_API_VERSION } from './schema-types/rules.ts';
import { typesWithPages } from './site-links.ts';
import { singletonActions, singletonTypes, structure } from './structure.ts';

// A placeholder lets the Studio build and the schema tools run without a Sanity project;
// set SANITY_STUDIO_PROJECT_ID to edit real content.
const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'boai-local';
const dataset = process.env.SANITY_STUDIO_DATASET || 'production';

// The Studio's own interface stays in English: no Simplified Chinese locale plugin
// (@sanity/locale-zh-cn) exists in the npm registry. Everything Boai adds — the content tree,
// field titles, help and validation messages, actions — is written in Chinese.
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
		templates: (templates) => [
			...templates.filter((template) => !singletonTypes.has(template.schemaType)),
			{
				id: 'exhibit-in-hall',
				title: '这个展厅的展品',
				schemaType: 'exhibit',
				parameters: [{ name: 'hallId', type: 'string' }],
				value: ({ hallId }: { hallId: string }) => ({
					hall: { _type: 'reference', _ref: hallId },
					sample: false,
				}),
			},
		],
	},
	form: {
		components: { input: renderInput },
	},
	document: {
		actions: (actions, { schemaType }) => {
			if (singletonTypes.has(schemaType)) {
				const kept = actions.filter(
					({ action }) => action !== undefined && singletonActions.has(action),
				);
				return [...kept, openOnSite];
			}

			const links = typesWithPages.has(schemaType) ? [openOnSite] : [];
			const posters = schemaType === 'routeStop' ? [printQrPoster] : [];
			return [...actions, ...links, ...posters];
		},
		newDocumentOptions: (options, { creationContext }) =>
			creationContext.type === 'global'
				? options.filter(
						(option) =>
							!singletonTypes.has(option.templateId) && option.templateId !== 'exhibit-in-hall',
					)
				: options,
	},
});
