/**
 * Who may open the route's staff pages that carry check-in proof (the posters): whoever
 * signs in with the staff token (STATS_TOKEN) through the browser's own login prompt
 * (HTTP Basic; any user name). A poster's QR token and short code let anyone check in from
 * anywhere, so they are never shown to the public.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** What the request may see. */
export type StaffAccess = 'granted' | 'sign-in' | 'unconfigured';

/** The `WWW-Authenticate` header that makes the browser ask for the token. */
export const staffChallenge = 'Basic realm="Boai staff: the stats token", charset="UTF-8"';

function digest(text: string): Buffer {
	return createHash('sha256').update(text, 'utf8').digest();
}

/** The password of a Basic `Authorization` header, or `null`. */
export function basicPassword(header: string | null): string | null {
	const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
	if (!match?.[1]) return null;

	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	return colon === -1 ? null : decoded.slice(colon + 1);
}

/** Whether `request` carries the staff `token` (STATS_TOKEN; unset closes the pages). */
export function staffAccess(request: Request, token: string | undefined): StaffAccess {
	if (!token) return 'unconfigured';

	const password = basicPassword(request.headers.get('authorization'));
	if (password === null) return 'sign-in';

	// Compared as digests, in constant time, so the answer's timing says nothing of the token.
	return timingSafeEqual(digest(password), digest(token)) ? 'granted' : 'sign-in';
}
