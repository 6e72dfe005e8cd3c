import { describe, expect, test } from 'vitest';

import { createSanitySource, sanityClientConfig } from '../../src/content/sanity.ts';

const options = { projectId: 'abc123', dataset: 'production', apiVersion: '2025-02-19' };

describe('the Sanity source', () => {
	test('reads published documents from the live API, which is current right after a webhook', () => {
		expect(sanityClientConfig(options)).toEqual({
			...options,
			useCdn: false,
			perspective: 'published',
			maxRetries: 2,
		});
	});

	test('sends a read token only when one is set', () => {
		expect(sanityClientConfig({ ...options, token: '' })).not.toHaveProperty('token');
		expect(sanityClientConfig({ ...options, token: undefined })).not.toHaveProperty('token');
		expect(sanityClientConfig({ ...options, token: 'sk-read' }).token).toBe('sk-read');
	});

	test('tells which project it reads, for image URLs', () => {
		const source = createSanitySource(options);
		expect(source).toMatchObject({ kind: 'sanity', projectId: 'abc123', dataset: 'production' });
	});
});
