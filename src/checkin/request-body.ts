/**
 * Reading a JSON request body without trusting its size: the body is read up to a cap and
 * abandoned beyond it, whatever `Content-Length` claims.
 */
import type { ApiRequest } from './http.ts';

/** Why a body could not be read. */
export type BodyError = 'too_large' | 'bad_json' | 'unsupported_media_type';

/** The body as parsed JSON, or why it could not be read. */
export type BodyResult = { ok: true; value: unknown } | { ok: false; code: BodyError };

function isJson(contentType: string | null): boolean {
	if (!contentType) return false;
	const type = contentType.split(';')[0]!.trim().toLowerCase();
	return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads `request`'s body as JSON of at most `maxBytes` bytes. */
export async function readJsonBody(
	request: Pick<ApiRequest, 'header' | 'body'>,
	maxBytes: number,
): Promise<BodyResult> {
	if (!isJson(request.header('content-type'))) {
		return { ok: false, code: 'unsupported_media_type' };
	}

	const declared = Number(request.header('content-length'));
	if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, code: 'too_large' };

	const bytes = await request.body(maxBytes);
	if (bytes === null) return { ok: false, code: 'too_large' };

	try {
		return { ok: true, value: JSON.parse(utf8.decode(bytes)) };
	} catch {
		return { ok: false, code: 'bad_json' };
	}
}

/** Reads a web body stream up to `maxBytes`; `null` (and the stream cancelled) beyond it. */
export async function readCappedStream(
	stream: ReadableStream<Uint8Array> | null,
	maxBytes: number,
): Promise<Uint8Array | null> {
	if (!stream) return new Uint8Array();

	const reader = stream.getReader();
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

	const bytes = new Uint8Array(size);
	let offset = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, offset);
		offset += chunk.byteLength;
	}
	return bytes;
}
