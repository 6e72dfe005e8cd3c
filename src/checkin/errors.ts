/**
 * Error answers of the check-in API: a stable code, the status that goes with it, and a
 * message in the visitor's language from the `checkin.errors` dictionary.
 */
import type { Locale } from '../i18n/locale.ts';
import { messages } from '../i18n/messages/index.ts';
import { errorStatus, type ApiError, type CheckinErrorCode } from './api.ts';
import { chinaClock } from './opening-hours.ts';

/** An answer ready to be sent: status, JSON body and extra headers. */
export interface ApiResult<T = unknown> {
	status: number;
	body: T;
	headers?: Record<string, string>;
}

/** Figures some messages are built from; the same values go out in `details`. */
export interface ErrorFigures {
	distanceMetres?: number;
	allowedMetres?: number;
	accuracyMetres?: number;
	nextOpensAt?: Date | null;
	retryAfterSeconds?: number;
}

function message(code: CheckinErrorCode, locale: Locale, figures: ErrorFigures): string {
	const t = messages(locale).checkin;
	const e = t.errors;

	switch (code) {
		case 'too_far':
			return e.too_far(t.metres(figures.distanceMetres ?? 0), t.metres(figures.allowedMetres ?? 0));
		case 'poor_accuracy':
			return e.poor_accuracy(t.metres(figures.accuracyMetres ?? 0));
		case 'closed': {
			const next = figures.nextOpensAt ? chinaClock(figures.nextOpensAt) : null;
			const names = messages(locale).weekdays;
			return e.closed(next ? `${names[next.weekday]} ${next.time}` : null);
		}
		case 'rate_limited':
			return e.rate_limited(figures.retryAfterSeconds ?? 1);
		default:
			return e[code];
	}
}

/** The error answer for `code` in `locale`, with `details` for the client. */
export function errorResult(
	code: CheckinErrorCode,
	locale: Locale,
	details?: Record<string, unknown>,
	figures: ErrorFigures = {},
): ApiResult<ApiError> {
	const body: ApiError = {
		error: { code, message: message(code, locale, figures), ...(details ? { details } : {}) },
	};
	const headers: Record<string, string> =
		figures.retryAfterSeconds !== undefined
			? { 'Retry-After': String(figures.retryAfterSeconds) }
			: {};
	if (code === 'unauthorized') headers['WWW-Authenticate'] = 'Bearer realm="boai-stats"';

	return { status: errorStatus[code], body, headers };
}
