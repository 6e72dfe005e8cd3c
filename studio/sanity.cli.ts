import { defineCliConfig } from 'sanity/cli';

// Paths are relative to this folder: the npm scripts run the Sanity CLI from `studio/`.
export default defineCliConfig({
	api: {
		projectId: process.env.SANITY_STUDIO_PROJECT_ID || 'boai-local',
		dataset: process.env.SANITY_STUDIO_DATASET || 'production',
	},
	typegen: {
		path: '../src/**/*.ts',
		schema: 'schema.json',
		generates: '../src/content/sanity.types.ts',
		overloadClientMethods: true,
	},
	schemaExtraction: {
		path: 'schema.json',
		enforceRequiredFields: true,
	},
});
