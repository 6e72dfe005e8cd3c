/**
 * The contract of the check-in API: what the browser sends and what the server answers.
 * The server validates with these schemas; the browser may import the types (`import type`
 * costs nothing in a bundle) or the schemas (they pull in zod).
 *
 * Routes (JSON in and out, `Content-Type: application/json`, bodies at most `maxBodyBytes`):
 *
 * - `POST /api/checkins` with a `CheckinRequest`:
 *   - 201 `CheckinResponse` (`outcome: 'stamped'`): a new stamp, stored and committed;
 *   - 200 the same `CheckinResponse` when the same `idempotencyKey` comes again with the same
 *     data (the `passport` in it is the current one);
 *   - 200 `CheckinResponse` with `outcome: 'already_stamped'` and the existing stamp when the
 *     visitor already has this stop's stamp (one stamp per visitor per stop);
 *   - 4xx/5xx `ApiError`: nothing was stored, so the same key may be sent again later.
 *     `409 conflict` is the same key with other data. Retry on 429 (after `Retry-After`
 *     seconds), 503 and network errors; drop the outbox item on any other 4xx and tell the
 *     visitor the message.
 * - `GET /api/passport/<visitorId>` → `Passport` (an unknown visitor gets an empty passport).
 * - `PATCH /api/passport/<visitorId>` with `DisplayNameRequest` → `Passport`: sets or clears
 *   the name printed on the certificate (also after it is issued).
 * - `GET /api/certificates/<id>` → `Certificate`, or 404 `not_found` for an unknown or
 *   altered id. The certificate page and its image are drawn from this.
 * - `GET /api/stats` with `Authorization: Bearer <STATS_TOKEN>` → `Stats`; 401 without a
 *   valid token, 503 when the server has no STATS_TOKEN.
 * - Page `/route/verify/<id>` (and `/en/route/verify/<id>`): staff see whether a certificate
 *   is genuine, with its name, date and stamps.
 *
 * The visitor's language for messages: `lang` in the body, else `?lang=zh|en`, else the
 * `Accept-Language` header, else Chinese.
 *
 * For the pages and scripts around the API:
 * - A poster's QR code carries `/route/<slug>/?t=<token>` (`qrUrl` in `tokens.ts`); the stop
 *   page sends `t` as `token` with `method: 'qr'`. Posters get their URL and short code from
 *   `posterProof(slug)` in `site/lib/checkin.ts` (`null` without CHECKIN_SECRET); a script
 *   outside Astro uses `parseCheckinKeys(process.env)`, `qrUrl` and `shortCode` directly.
 * - `short-code-text.ts` (no crypto, safe in a browser bundle) tidies and formats typed codes.
 * - A known `idempotencyKey` is answered first, before any other rule: as stored when the
 *   data is the same, 409 when it differs. Keys are kept for `idempotencyKeyLifetimeMs`.
 * - Keys and codes are judged at arrival. Opening hours too, except that a check-in sent up
 *   to `maxHoursLagMs` after its `madeAt` (an outbox that was offline) also passes when the
 *   stop was open at `madeAt`. `madeAt` may be up to 7 days old (offline) and up to 5 minutes
 *   ahead of the server.
 * - Certificates: `passport.certificate.url` is the certificate page the route UI renders at
 *   `/route/certificate/<id>/` from `GET /api/certificates/<id>`; `verifyUrl` is absolute
 *   (SITE_ORIGIN, else the request's origin) for the QR code printed on it.
 * - Tests that start the built server should set CHECKIN_SECRET (QR and codes answer 503
 *   without it) and CHECKIN_DB_PATH to a temporary file.
 */
import { z } from 'zod';

/** The largest request body the API reads; a larger one gets 413 `too_large`. */
export const maxBodyBytes = 8 * 1024;

/** The longest display name (characters) printed on a certificate. */
export const displayNameMaxLength = 40;

/** How far ahead of the server's clock a phone's `madeAt` may be (clock drift). */
export const maxClockAheadMs = 5 * 60 * 1000;

/** How old an offline check-in may be when it finally reaches the server. */
export const maxOfflineAgeMs = 7 * 24 * 60 * 60 * 1000;

/**
 * How long after `madeAt` a check-in may arrive and still be judged open by the hours at
 * `madeAt`. The phone's clock is the client's word: a day covers a phone that had no network
 * until the evening or the next morning, while a poster photographed last week cannot be
 * backdated into opening hours.
 */
export const maxHoursLagMs = 24 * 60 * 60 * 1000;

/**
 * How long an idempotency key and its fingerprint are kept: as long as an outbox may still
 * send the request (`madeAt` at most 7 days old, up to 5 minutes ahead), and no longer.
 */
export const idempotencyKeyLifetimeMs = maxOfflineAgeMs + maxClockAheadMs;

/** The three ways of checking in; the server decides each. */
export const checkinMethods = ['location', 'qr', 'code'] as const;

export type CheckinMethod = (typeof checkinMethods)[number];

/** A stop's slug as in the content (`routeStop.slug`). */
export const stopSlug = z
	.string()
	.min(1)
	.max(120)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'not a stop slug');

/** A position from `navigator.geolocation` (WGS-84 degrees; accuracy in metres, 95 %). */
export const position = z.object({
	lat: z.number().min(-90).max(90),
	lng: z.number().min(-180).max(180),
	accuracy: z.number().min(0).max(1_000_000),
});

export type Position = z.infer<typeof position>;

// A name printed on a certificate: no control characters (NUL, line breaks), no line or
// paragraph separators, no direction overrides that would print it backwards or reorder the
// text around it, and at least one character that shows (not only spaces or zero-width marks).
const displayName = z
	.string()
	.trim()
	.min(1)
	.max(displayNameMaxLength)
	.regex(/^[^\p{Cc}\p{Zl}\p{Zp}\u202A-\u202E\u2066-\u2069]*$/u, 'contains control characters')
	.regex(/[^\p{Cf}\p{Z}]/u, 'shows no character')
	.refine((name) => name.isWellFormed(), 'contains a broken character (a lone surrogate)');

const requestBase = {
	/** A random UUID made once per check-in attempt and kept with it in the outbox. */
	idempotencyKey: z.uuid().toLowerCase(),
	/**
	 * The visitor's random UUID, kept in the browser; the only identifier. Kept in lower case,
	 * as the passport's address reads it, so that one visitor is never two.
	 */
	visitorId: z.uuid().toLowerCase(),
	stop: stopSlug,
	/** Optional name for the certificate; the latest one given is kept. */
	displayName: displayName.optional(),
	/** When the visitor checked in, by the phone's clock (ISO 8601 with offset or `Z`). */
	madeAt: z.iso.datetime({ offset: true }),
	lang: z.enum(['zh', 'en']).optional(),
};

/** The body of `POST /api/checkins`; `method` says which proof comes with it. */
export const checkinRequest = z.discriminatedUnion('method', [
	z.object({ ...requestBase, method: z.literal('location'), position }),
	z.object({
		...requestBase,
		method: z.literal('qr'),
		/** The `t` parameter of the poster's QR URL (`<kid>.<signature>`). */
		token: z.string().min(1).max(200),
	}),
	z.object({
		...requestBase,
		method: z.literal('code'),
		/** The short code as typed: case, spaces and hyphens do not matter. */
		code: z.string().min(1).max(40),
	}),
]);

export type CheckinRequest = z.infer<typeof checkinRequest>;

/** The body of `PATCH /api/passport/<visitorId>`; `null` clears the name. */
export const displayNameRequest = z.object({
	displayName: displayName.nullable(),
	lang: z.enum(['zh', 'en']).optional(),
});

export type DisplayNameRequest = z.infer<typeof displayNameRequest>;

/**
 * How far from the stop's point a location check-in was, coarsened so that no position can
 * be recovered. `null` for QR and code check-ins. See `distance-bucket.ts`.
 */
export const distanceBuckets = ['0-25', '25-50', '50-100', '100-200', '200-500', '500+'] as const;

export type DistanceBucket = (typeof distanceBuckets)[number];

/** One stamp as the visitor sees it. `at` is when it was made (the phone's `madeAt`). */
export const stamp = z.object({
	stop: z.string(),
	method: z.enum(checkinMethods),
	at: z.string(),
});

export type Stamp = z.infer<typeof stamp>;

/** A stored check-in. */
export const checkin = stamp.extend({
	id: z.string(),
	distanceBucket: z.enum(distanceBuckets).nullable(),
});

export type Checkin = z.infer<typeof checkin>;

/** Where a visitor's certificate is: its page (site path, in the visitor's language) and
 * the verification address staff open (absolute URL, for the QR code on it). */
export const certificateLink = z.object({
	id: z.string(),
	url: z.string(),
	verifyUrl: z.string(),
});

export type CertificateLink = z.infer<typeof certificateLink>;

/** A visitor's stamps and progress along the route. */
export const passport = z.object({
	visitorId: z.string(),
	displayName: z.string().nullable(),
	/** Stamps in walking order of the route (stamps at stops no longer on it are left out). */
	stamps: z.array(stamp),
	/** How many stops the certificate needs: every stop of the route that is not sample data. */
	stopsTotal: z.number().int(),
	/** The slugs of those stops, in walking order. Sample stops can be stamped but are optional. */
	requiredStops: z.array(z.string()),
	/** How many of `requiredStops` are stamped. */
	stampedRequired: z.number().int(),
	completed: z.boolean(),
	certificate: certificateLink.nullable(),
});

export type Passport = z.infer<typeof passport>;

/** The answer to a check-in that was accepted (201 new, 200 replay or already stamped). */
export const checkinResponse = z.object({
	outcome: z.enum(['stamped', 'already_stamped']),
	checkin,
	passport,
});

export type CheckinResponse = z.infer<typeof checkinResponse>;

/** A certificate, for its page, its image and the verification page. */
export const certificate = z.object({
	id: z.string(),
	displayName: z.string().nullable(),
	issuedAt: z.string(),
	/** The stamps of the visitor at issue time and since, in walking order. */
	stamps: z.array(stamp),
	verifyUrl: z.string(),
});

export type Certificate = z.infer<typeof certificate>;

/** Check-ins at one stop on one day (Asia/Shanghai calendar day of `at`). */
export const stopDay = z.object({
	day: z.string(),
	stop: z.string(),
	checkins: z.number().int(),
});

/** `GET /api/stats`: counts only, never visitor ids. */
export const stats = z.object({
	generatedAt: z.string(),
	timeZone: z.literal('Asia/Shanghai'),
	/** Per stop per day, oldest day first, stops in walking order. */
	perStopPerDay: z.array(stopDay),
	/** Per stop over all days, in walking order (stops no longer on the route come last). */
	perStop: z.array(z.object({ stop: z.string(), checkins: z.number().int() })),
	visitors: z.object({
		/** Visitors with at least one stamp. */
		started: z.number().int(),
		/** Visitors with at least half of the required stops (rounded up) stamped. */
		halfWay: z.number().int(),
		/** Visitors with a certificate. */
		finished: z.number().int(),
	}),
	stopsTotal: z.number().int(),
});

export type Stats = z.infer<typeof stats>;

/**
 * Stable error codes. The status each comes with is in `errorStatus`; `message` is in the
 * visitor's language and says what happened and what to do.
 */
export const checkinErrorCodes = [
	'invalid',
	'bad_json',
	'bad_time',
	'unsupported_media_type',
	'too_large',
	'unknown_stop',
	'too_far',
	'poor_accuracy',
	'bad_token',
	'expired_token',
	'bad_code',
	'expired_code',
	'closed',
	'conflict',
	'rate_limited',
	'unauthorized',
	'not_found',
	'method_not_allowed',
	'qr_unavailable',
	'stats_unavailable',
	'unavailable',
] as const;

export type CheckinErrorCode = (typeof checkinErrorCodes)[number];

/** The HTTP status of each error code. */
export const errorStatus: Record<CheckinErrorCode, number> = {
	invalid: 400,
	bad_json: 400,
	bad_time: 400,
	unsupported_media_type: 415,
	too_large: 413,
	unknown_stop: 404,
	too_far: 422,
	poor_accuracy: 422,
	bad_token: 403,
	expired_token: 403,
	bad_code: 403,
	expired_code: 403,
	closed: 422,
	conflict: 409,
	rate_limited: 429,
	unauthorized: 401,
	not_found: 404,
	method_not_allowed: 405,
	qr_unavailable: 503,
	stats_unavailable: 503,
	unavailable: 503,
};

/**
 * An error answer. `details` by code:
 * - `too_far`: `{ distanceMetres, allowedMetres }` (rounded metres);
 * - `poor_accuracy`: `{ accuracyMetres, maxAccuracyMetres, distanceMetres }`;
 * - `closed`: `{ nextOpensAt: ISO string | null }`;
 * - `invalid`: `{ issues: [{ path, message }] }`;
 * - `rate_limited`: `{ retryAfterSeconds }` (also the `Retry-After` header);
 * - `too_large`: `{ maxBytes }`.
 */
export const apiError = z.object({
	error: z.object({
		code: z.enum(checkinErrorCodes),
		message: z.string(),
		details: z.record(z.string(), z.unknown()).optional(),
	}),
});

export type ApiError = z.infer<typeof apiError>;

/** Errors worth retrying later from the outbox; any other error is final for that item. */
export const retryableErrorCodes: readonly CheckinErrorCode[] = [
	'rate_limited',
	'unavailable',
	'qr_unavailable',
];

/** API and page addresses. Pages take the locale prefix (`/en`) like every page. */
export const checkinPaths = {
	checkins: '/api/checkins',
	passport: (visitorId: string) => `/api/passport/${encodeURIComponent(visitorId)}`,
	certificateApi: (id: string) => `/api/certificates/${encodeURIComponent(id)}`,
	stats: '/api/stats',
	/** The certificate's visual page (made by the route UI); `prefix` is '' or '/en'. */
	certificatePage: (id: string, prefix: '' | '/en' = '') =>
		`${prefix}/route/certificate/${encodeURIComponent(id)}/`,
	verifyPage: (id: string, prefix: '' | '/en' = '') =>
		`${prefix}/route/verify/${encodeURIComponent(id)}/`,
};
