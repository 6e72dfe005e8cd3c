import { zhHansLocale } from '@sanity/locale-zh-hans';
import { visionTool } from '@sanity/vision';
import { defineConfig } from 'sanity';
import { structureTool } from 'sanity/structure';

import { documentActions, newDocumentOptions } from './actions/document-actions.ts';
import { renderInput } from './inputs/form-inputs.tsx';
import { schemaTypes } from './schema-types/index.ts';
import { VALIDATION_API_VERSION } from './schema-types/rules.ts';
import { structure } from './structure.ts';
import { studioTemplates } from './templates.ts';

// A placeholder lets the Studio build and the schema tools run without a Sanity project;
// set SANITY_STUDIO_PROJECT_ID to edit real content.
const projectId = process.env.SANITY_STUDIO_PROJECT_ID || 'boai-local';
const dataset = process.env.SANITY_STUDIO_DATASET || 'production';

// The Studio's own interface speaks Simplified Chinese through Sanity's locale plugin;
// everything Boai adds — the content tree, field titles, help and validation messages,
// actions — is written in Chinese as well.
export default defineConfig({
	name: 'default',
	title: '株洲红十字 · 博爱',
	projectId,
	dataset,
	plugins: [
		zhHansLocale(),
		structureTool({ title: '内容', structure }),
		visionTool({ title: 'GROQ 查询', defaultApiVersion: VALIDATION_API_VERSION }),
	],
	schema: {
		types: schemaTypes,
		templates: studioTemplates,
	},
	form: {
		components: { input: renderInput },
	},
	document: {
		actions: documentActions,
		newDocumentOptions,
	},
});
