/**
 * Validates dataset documents against the Studio's schema with Sanity's own `validateDocument`,
 * offline: custom validators and slug checks query a stand-in client that evaluates their GROQ
 * with groq-js over the dataset itself. Assets become references first, as an import makes them.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, parse } from 'groq-js';
import { createSchema, validateDocument } from 'sanity';
import type { SanityClient, SanityDocument, Schema } from 'sanity';

import { normalizeExport, type ContentDocument } from '../../src/content/export-layout.ts';
import { schemaTypes } from '../../studio/schema-types/index.ts';
import { pathToString, type DatasetProblem } from './dataset-problems.ts';
import type { ExportedDocument } from './export-dataset.ts';
import { checkTypeAnnotations } from './type-annotations.ts';

type QueryParams = Record<string, unknown>;

/** The Studio's schema, compiled as the Studio compiles it (built-in types included). */
export function studioSchema(): Schema {
	return createSchema({ name: 'boai', types: schemaTypes });
}

/**
 * A client with only what validators use: `fetch(query, params)` answered by groq-js over
 * `documents`. Anything else a validator tries fails loudly instead of reaching the network.
 */
export function createDatasetClient(documents: ContentDocument[]): SanityClient {
	const byId = new Map(documents.map((document) => [document._id, document]));

	async function fetch(query: string, params: QueryParams = {}) {
		const tree = parse(query, { params });
		const result = await evaluate(tree, {
			dataset: documents,
			params,
			dereference: ({ _ref }) => byId.get(_ref) ?? null,
		});
		return result.get();
	}

	const client = {
		fetch,
		withConfig: () => client,
		clone: () => client,
		config: () => ({ apiVersion: '2025-02-19', projectId: 'boai-local', dataset: 'production' }),
		observable: {
			fetch() {
				throw new Error(
					'The dataset client answers `fetch` only; a validator used `observable.fetch`.',
				);
			},
		},
	};
	return client as unknown as SanityClient;
}

/**
 * Every error and warning the Studio would show for `exported` (documents in the export
 * layout), plus what the Studio cannot edit at all: fields the schema does not have and
 * objects whose `_type` is not the schema type at their place.
 *
 * `contentDir` is where the asset files are; a document naming a missing file is an error.
 */
export async function validateDataset(
	exported: ExportedDocument[],
	contentDir: string,
	schema: Schema = studioSchema(),
): Promise<DatasetProblem[]> {
	const normalized = normalizeExport(exported, (asset) => fileSize(contentDir, asset));
	const problems: DatasetProblem[] = normalized.problems.map(({ documentId, message }) => ({
		level: 'error',
		documentId,
		path: '',
		message,
	}));

	const client = createDatasetClient(normalized.documents);
	const ids = new Set(normalized.documents.map((document) => document._id));
	const content = normalized.documents.filter((document) => !document._type.startsWith('sanity.'));

	for (const document of content) {
		problems.push(...checkTypeAnnotations(document, schema));
		problems.push(...(await validateOne(document, schema, client, ids)));
	}

	return problems;
}

async function validateOne(
	document: ContentDocument,
	schema: Schema,
	client: SanityClient,
	ids: Set<string>,
): Promise<DatasetProblem[]> {
	if (!schema.get(document._type)) return [];

	const getClient = () => client;
	const markers = await validateDocument({
		document: document as SanityDocument,
		// Left without i18n, validation uses its built-in English messages for Sanity's own rules;
		// Boai's rules carry their Chinese messages themselves.
		workspace: { schema, getClient, i18n: undefined as never },
		getClient,
		getDocumentExists: async ({ id }) => ids.has(id),
		// The Studio's view: the CLI environment turns required object fields into warnings.
		environment: 'studio',
	});

	return markers
		.filter((marker) => marker.level === 'error' || marker.level === 'warning')
		.map((marker) => ({
			level: marker.level as DatasetProblem['level'],
			documentId: document._id,
			path: pathToString(marker.path as Parameters<typeof pathToString>[0]),
			message: marker.message,
		}));
}

function fileSize(contentDir: string, asset: { kind: 'image' | 'file'; name: string }) {
	try {
		return statSync(join(contentDir, `${asset.kind}s`, asset.name)).size;
	} catch {
		return undefined;
	}
}
