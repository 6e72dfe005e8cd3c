/**
 * What a query fails with when the content source cannot answer it and nothing kept can stand
 * in: no earlier answer, no snapshot of the published dataset. The site then answers 503
 * "Service Unavailable" with a Retry-After, rather than a 500 that reads like a bug.
 */

/** How long a visitor (or a CDN) is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 30;

export class ContentUnavailableError extends Error {
	override readonly name = 'ContentUnavailableError';
	readonly retryAfterSeconds = RETRY_AFTER_SECONDS;

	constructor(kind: string, cause: unknown) {
		const reason = cause instanceof Error ? cause.message : String(cause);
		super(
			`The ${kind} content source cannot be reached (${reason}) and no earlier content is kept to show instead. The page answers 503 until the source answers again.`,
			{ cause },
		);
	}
}

/** Whether `error` is a {@link ContentUnavailableError}, also one from another copy of this module. */
export function isContentUnavailable(error: unknown): error is ContentUnavailableError {
	return error instanceof Error && error.name === 'ContentUnavailableError';
}

/** The {@link ContentUnavailableError} that `error` is or was caused by, or `null`. */
export function contentUnavailableIn(error: unknown): ContentUnavailableError | null {
	for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
		if (isContentUnavailable(cause)) return cause;
		cause = (cause as { cause?: unknown }).cause;
	}
	return null;
}
