/**
 * The browser's side of the check-in API (`src/checkin/api.ts` is the contract). Each call
 * says whether the server gave a definitive answer or whether the request must be tried
 * again later: only a well-formed answer from the API counts, so a captive portal's login
 * page or a proxy's error page never settles a check-in.
 */
import type {
	ApiError,
	CheckinErrorCode,
	CheckinRequest,
	CheckinResponse,
	Passport,
} from '../../../src/checkin/api.ts';

// The addresses and retry rules of the contract, repeated here because importing its module
// would bring zod into the page's script.
export const apiPaths = {
	checkins: '/api/checkins',
	passport: (visitorId: string) => `/api/passport/${encodeURIComponent(visitorId)}`,
	stats: '/api/stats',
};

const retryableCodes: readonly string[] = ['rate_limited', 'unavailable', 'qr_unavailable'];

// A phone on a weak network waits this long before the check-in stays in the outbox.
const requestTimeoutMs = 20_000;

// AbortSignal.timeout is missing from older WebViews.
function timeoutSignal(): AbortSignal {
	const controller = new AbortController();
	setTimeout(() => controller.abort(), requestTimeoutMs);
	return controller.signal;
}

/** What became of one attempt to send a check-in. */
export type SendResult =
	| { kind: 'accepted'; response: CheckinResponse }
	| {
			kind: 'refused';
			status: number;
			code: CheckinErrorCode | 'unknown';
			message: string;
			details: Record<string, unknown>;
	  }
	| { kind: 'retry'; reason: 'network' | 'server' | 'rate_limited'; retryAfterSeconds?: number };

async function json(response: Response): Promise<unknown> {
	try {
		return await response.json();
	} catch {
		return undefined;
	}
}

function isCheckinResponse(body: unknown): body is CheckinResponse {
	const value = body as Partial<CheckinResponse> | undefined;
	return (
		typeof value === 'object' &&
		value !== null &&
		(value.outcome === 'stamped' || value.outcome === 'already_stamped') &&
		typeof value.checkin?.stop === 'string' &&
		isPassport(value.passport)
	);
}

/** Whether `body` has the shape of a passport (enough of it for the pages to rely on). */
export function isPassport(body: unknown): body is Passport {
	const value = body as Partial<Passport> | undefined;
	return (
		typeof value === 'object' &&
		value !== null &&
		typeof value.visitorId === 'string' &&
		Array.isArray(value.stamps) &&
		Array.isArray(value.requiredStops) &&
		typeof value.stopsTotal === 'number' &&
		typeof value.completed === 'boolean'
	);
}

function apiErrorOf(body: unknown): ApiError['error'] | undefined {
	const error = (body as Partial<ApiError> | undefined)?.error;
	if (typeof error !== 'object' || error === null) return undefined;
	if (typeof error.code !== 'string' || typeof error.message !== 'string') return undefined;
	return error;
}

/** Judges the server's answer to a check-in: accepted, refused for good, or to retry. */
export async function judgeCheckinAnswer(response: Response): Promise<SendResult> {
	const body = await json(response);

	if (response.ok) {
		return isCheckinResponse(body)
			? { kind: 'accepted', response: body }
			: { kind: 'retry', reason: 'server' };
	}

	const error = apiErrorOf(body);
	if (response.status === 429 || error?.code === 'rate_limited') {
		const header = Number(response.headers.get('retry-after'));
		return {
			kind: 'retry',
			reason: 'rate_limited',
			retryAfterSeconds: Number.isFinite(header) && header > 0 ? header : undefined,
		};
	}
	if (response.status >= 500 || response.status === 408 || !error) {
		return { kind: 'retry', reason: 'server' };
	}
	if (retryableCodes.includes(error.code)) return { kind: 'retry', reason: 'server' };

	return {
		kind: 'refused',
		status: response.status,
		code: error.code,
		message: error.message,
		details: error.details ?? {},
	};
}

/** Sends one check-in; network failures and timeouts come back as `retry`, never thrown. */
export async function sendCheckin(request: CheckinRequest): Promise<SendResult> {
	try {
		const response = await fetch(apiPaths.checkins, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'idempotency-key': request.idempotencyKey },
			body: JSON.stringify(request),
			cache: 'no-store',
			credentials: 'omit',
			signal: timeoutSignal(),
		});
		return await judgeCheckinAnswer(response);
	} catch {
		return { kind: 'retry', reason: 'network' };
	}
}

/** The visitor's passport from the server, or `undefined` when it cannot be had now. */
export async function fetchPassport(
	visitorId: string,
	lang: 'zh' | 'en',
): Promise<Passport | undefined> {
	try {
		const response = await fetch(`${apiPaths.passport(visitorId)}?lang=${lang}`, {
			cache: 'no-store',
			credentials: 'omit',
			signal: timeoutSignal(),
		});
		if (!response.ok) return undefined;

		const body = await json(response);
		return isPassport(body) ? body : undefined;
	} catch {
		return undefined;
	}
}

/** What became of a request to change the certificate name. */
export type NameResult =
	| { kind: 'saved'; passport: Passport }
	| { kind: 'refused'; message: string }
	| { kind: 'offline' };

/** Sets (or, with `null`, clears) the name printed on the visitor's certificate. */
export async function sendDisplayName(
	visitorId: string,
	displayName: string | null,
	lang: 'zh' | 'en',
): Promise<NameResult> {
	try {
		const response = await fetch(apiPaths.passport(visitorId), {
			method: 'PATCH',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ displayName, lang }),
			cache: 'no-store',
			credentials: 'omit',
			signal: timeoutSignal(),
		});
		const body = await json(response);
		if (response.ok && isPassport(body)) return { kind: 'saved', passport: body };

		const error = apiErrorOf(body);
		if (error && response.status < 500 && !retryableCodes.includes(error.code)) {
			return { kind: 'refused', message: error.message };
		}
		return { kind: 'offline' };
	} catch {
		return { kind: 'offline' };
	}
}
