/**
 * Sanity's publish notifications (`POST /api/sanity-webhook`): the request is read with a size
 * limit, its signature checked with `@sanity/webhook` on the raw body, its timestamp checked
 * against replays, and the content it names dropped from the cache before the answer is sent.
 */
import { decodeSignatureHeader, isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';

import type { Logger } from '../log.ts';
import type { ContentChange } from './cache.ts';

export interface WebhookOptions {
	/** SANITY_WEBHOOK_SECRET: the secret set on the webhook in Sanity's project settings. */
	secret: string | undefined;
	/** Called with what changed; the answer waits for it. */
	onChange: (change: ContentChange) => Promise<number> | number;
	log: Logger;
	/** The largest body accepted, in bytes. */
	maxBytes?: number;
	/** How old a signature may be; older ones are refused as possible replays. */
	maxAgeMs?: number;
	now?: () => number;
}

/** The largest webhook body accepted: a whole story with its body is far smaller. */
export const WEBHOOK_MAX_BYTES = 512 * 1024;

/** Signatures older than this, or this far in the future, are refused. */
export const WEBHOOK_MAX_AGE_MS = 5 * 60 * 1000;

/** Answers one webhook request. */
export async function handleSanityWebhook(
	request: Request,
	options: WebhookOptions,
): Promise<Response> {
	const { secret, log } = options;
	const maxBytes = options.maxBytes ?? WEBHOOK_MAX_BYTES;
	const maxAgeMs = options.maxAgeMs ?? WEBHOOK_MAX_AGE_MS;
	const now = options.now ?? Date.now;

	if (!secret) {
		log.warn(
			'a Sanity webhook arrived but SANITY_WEBHOOK_SECRET is not set: set it to the secret of the webhook in the Sanity project settings',
		);
		return answer(503, 'webhooks are not configured on this server (SANITY_WEBHOOK_SECRET)');
	}

	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) return tooLarge(maxBytes);

	const signature = request.headers.get(SIGNATURE_HEADER_NAME);
	if (!signature) return answer(401, `the ${SIGNATURE_HEADER_NAME} header is missing`);

	const body = await readCapped(request, maxBytes);
	if (body === null) return tooLarge(maxBytes);

	const timestamp = timestampOf(signature);
	if (timestamp === null) return answer(401, `the ${SIGNATURE_HEADER_NAME} header is malformed`);
	if (Math.abs(now() - timestamp) > maxAgeMs) {
		log.warn(
			{ timestamp },
			'a Sanity webhook was refused: its signature is more than 5 minutes old or ahead (a replay, or a server clock that is wrong)',
		);
		return answer(401, 'the signature timestamp is more than 5 minutes from now');
	}

	if (body === '' || !(await isValidSignature(body, signature, secret))) {
		log.warn(
			'a Sanity webhook was refused: its signature does not match SANITY_WEBHOOK_SECRET (check that the secret in the Sanity project settings equals it)',
		);
		return answer(401, 'the signature does not match');
	}

	const change = changeOf(body, request.headers);
	const invalidated = await options.onChange(change);
	log.info({ ...change, invalidated }, 'a Sanity webhook refreshed the cached content');
	return Response.json(
		{ ok: true, invalidated, change },
		{ status: 200, headers: { 'Cache-Control': 'no-store' } },
	);
}

/**
 * What a webhook body says changed: the document it carries (`_id`, `_type`; Sanity sends
 * the whole document unless the webhook has a projection). Without a type, a new document
 * could belong to any list, so everything is refreshed.
 */
export function changeOf(body: string, headers: Headers): ContentChange {
	let payload: unknown;
	try {
		payload = JSON.parse(body);
	} catch {
		return {};
	}

	const documents = Array.isArray(payload) ? payload : [payload];
	const ids = new Set<string>();
	const types = new Set<string>();
	for (const document of documents) {
		if (document === null || typeof document !== 'object') return {};

		const { _id, _type } = document as { _id?: unknown; _type?: unknown };
		if (typeof _id === 'string') ids.add(_id);
		if (typeof _type !== 'string') return {};
		types.add(_type);
	}

	const headerId = headers.get('sanity-document-id');
	if (headerId) ids.add(headerId);
	return { ids: [...ids], types: [...types] };
}

function timestampOf(signature: string): number | null {
	try {
		return decodeSignatureHeader(signature).timestamp;
	} catch {
		return null;
	}
}

async function readCapped(request: Request, maxBytes: number): Promise<string | null> {
	if (!request.body) return '';

	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;

		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel().catch(() => {});
			return null;
		}
		chunks.push(value);
	}

	return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(maxBytes: number): Response {
	return answer(413, `the body is larger than ${maxBytes} bytes`);
}

function answer(status: number, message: string): Response {
	return Response.json(
		{ ok: false, message },
		{ status, headers: { 'Cache-Control': 'no-store' } },
	);
}
