import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { describe, expect, test, vi } from 'vitest';

import type { ContentChange } from '../../src/content/cache.ts';
import { changeOf, handleSanityWebhook } from '../../src/content/webhook.ts';
import { logger } from '../../src/log.ts';

const SECRET = 'a-webhook-secret-for-tests';
const NOW = Date.parse('2026-12-03T12:00:00Z');

const story = JSON.stringify({ _id: 'story-xian-xue', _type: 'story', title: { zh: '新标题' } });

function setUp() {
	const log = logger.child({ module: 'test' });
	vi.spyOn(log, 'warn').mockImplementation(() => undefined);
	vi.spyOn(log, 'info').mockImplementation(() => undefined);
	const changes: ContentChange[] = [];
	const options = {
		secret: SECRET,
		log,
		now: () => NOW,
		maxBytes: 1024,
		onChange: (change: ContentChange) => {
			changes.push(change);
			return 3;
		},
	};
	return { options, changes };
}

function post(body: string, headers: Record<string, string>) {
	return new Request('http://127.0.0.1/api/sanity-webhook', {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', ...headers },
		body,
	});
}

async function signed(body: string, timestamp = NOW, secret = SECRET) {
	return { [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, timestamp, secret) };
}

describe('the Sanity webhook', () => {
	test('a correctly signed notification drops what it names and answers 200', async () => {
		const { options, changes } = setUp();

		const response = await handleSanityWebhook(post(story, await signed(story)), options);

		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ ok: true, invalidated: 3 });
		expect(changes).toEqual([{ ids: ['story-xian-xue'], types: ['story'] }]);
	});

	test('a wrong signature is refused with 401 and changes nothing', async () => {
		const { options, changes } = setUp();

		const response = await handleSanityWebhook(
			post(story, await signed(story, NOW, 'another-secret')),
			options,
		);

		expect(response.status).toBe(401);
		expect(changes).toEqual([]);
	});

	test('a body changed after signing is refused with 401', async () => {
		const { options } = setUp();
		const headers = await signed(story);

		const response = await handleSanityWebhook(post(story.replace('新', '旧'), headers), options);

		expect(response.status).toBe(401);
	});

	test('a signature older than 5 minutes is refused with 401', async () => {
		const { options, changes } = setUp();
		const stale = await signed(story, NOW - 5 * 60 * 1000 - 1);

		const response = await handleSanityWebhook(post(story, stale), options);

		expect(response.status).toBe(401);
		expect((await response.json()).message).toMatch(/5 minutes/);
		expect(changes).toEqual([]);
	});

	test('a missing or malformed signature header is refused with 401', async () => {
		const { options } = setUp();

		expect((await handleSanityWebhook(post(story, {}), options)).status).toBe(401);
		const malformed = { [SIGNATURE_HEADER_NAME]: 'not-a-signature' };
		expect((await handleSanityWebhook(post(story, malformed), options)).status).toBe(401);
	});

	test('a body over the limit is refused with 413, whatever Content-Length claims', async () => {
		const { options, changes } = setUp();
		const big = JSON.stringify({ _id: 'story-a', _type: 'story', text: 'x'.repeat(2000) });

		const declared = await handleSanityWebhook(post(big, await signed(big)), options);
		const streamed = new Request('http://127.0.0.1/api/sanity-webhook', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', ...(await signed(big)) },
			body: new Blob([big]).stream(),
			duplex: 'half',
		} as RequestInit);

		expect(declared.status).toBe(413);
		expect((await handleSanityWebhook(streamed, options)).status).toBe(413);
		expect(changes).toEqual([]);
	});

	test('without SANITY_WEBHOOK_SECRET every notification is refused with 503', async () => {
		const { options } = setUp();

		const response = await handleSanityWebhook(post(story, await signed(story)), {
			...options,
			secret: undefined,
		});

		expect(response.status).toBe(503);
	});
});

describe('what a webhook says changed', () => {
	test('a document body names its id and type', () => {
		expect(changeOf(story, new Headers())).toEqual({ ids: ['story-xian-xue'], types: ['story'] });
	});

	test('a body without a type changes everything, since a new document may be in any list', () => {
		expect(changeOf('{"_id":"x"}', new Headers())).toEqual({});
		expect(changeOf('not json', new Headers())).toEqual({});
	});

	test('the document id header is added to the ids', () => {
		const headers = new Headers({ 'sanity-document-id': 'drafts.story-a' });
		expect(changeOf('{"_type":"story"}', headers)).toEqual({
			ids: ['drafts.story-a'],
			types: ['story'],
		});
	});
});
