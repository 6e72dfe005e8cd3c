/**
 * What makes two check-in requests "the same data" for idempotency: everything that decides
 * the outcome (visitor, stop, method, its proof, the time on the phone). The display name and
 * the language are left out, so an outbox that resends with a newly typed name or in the other
 * language is not refused as a conflict.
 */
import { createHash } from 'node:crypto';

import type { CheckinRequest } from './api.ts';

/** A short hash of the request's deciding fields. */
export function requestFingerprint(request: CheckinRequest): string {
	const proof =
		request.method === 'location'
			? [request.position.lat, request.position.lng, request.position.accuracy]
			: request.method === 'qr'
				? [request.token]
				: [request.code];

	const canonical = JSON.stringify([
		request.visitorId,
		request.stop,
		request.method,
		proof,
		new Date(request.madeAt).toISOString(),
	]);
	return createHash('sha256').update(canonical).digest('base64url').slice(0, 32);
}
