/**
 * The check-in API over HTTP: reads an `ApiRequest`, asks the service, returns an `ApiAnswer`.
 * Bad input is answered 4xx before anything is stored; a failure of the store is answered 503
 * (never 500) and logged.
 *
 * The handlers see a request through `ApiRequest`, not a web `Request`: the production server
 * answers the API straight from Node's request (`node-request.ts`), because building a web
 * `Request` and its body stream cost more than deciding a check-in. The Astro routes in
 * `site/pages/api/` (used by `astro dev`) go through `createCheckinHttp`, which adapts web
 * requests; both run the same handlers.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

import { isLocale, type Locale } from '../i18n/locale.ts';
import type { Logger } from '../log.ts';
import { checkinRequest, displayNameRequest, maxBodyBytes } from './api.ts';
import { isCertificateIdShaped } from './certificate-id.ts';
import { errorResult, type ApiResult } from './errors.ts';
import { createRateLimiter, type RateLimit, type RateLimiter } from '../security/rate-limit.ts';
import { readCappedStream, readJsonBody, type BodyError } from './request-body.ts';
import type { CheckinService, RequestContext } from './service.ts';

/** How the API limits requests; see `defaultLimits`. */
export interface ApiLimits {
	/** Every API request, per client address. */
	perAddress: RateLimit;
	/** Check-ins and name changes, per visitor id. */
	perVisitor: RateLimit;
	/**
	 * Wrong short codes, per address and per visitor: guessing six characters is slow. QR
	 * tokens carry a 128-bit signature that no rate of guessing finds, so they are not counted,
	 * and a genuine poster scanned after a neighbour's typos still stamps.
	 */
	guesses: RateLimit;
}

/**
 * Generous enough for a school group behind one mobile-carrier address and for an outbox that
 * sends a day's check-ins at once; tight enough that guessing a six-character code is hopeless.
 */
export const defaultLimits: ApiLimits = {
	perAddress: { burst: 300, perMinute: 600 },
	perVisitor: { burst: 20, perMinute: 10 },
	guesses: { burst: 20, perMinute: 1 / 3 },
};

/** A request as the handlers read it, whichever server received it. */
export interface ApiRequest {
	/** A request header by its lower-case name; several of one name joined with ", ". */
	header(name: string): string | null;
	/** The address's `?lang=` parameter. */
	lang: string | null;
	/** The origin the request came to; absolute links use it when SITE_ORIGIN is unset. */
	origin: string;
	/** The client's network address, which the per-address limits count. */
	clientAddress: string;
	/** The body, read up to `maxBytes`; `null` when it is longer. */
	body(maxBytes: number): Promise<Uint8Array | null>;
}

/** An answer ready to write: status, headers and the JSON text. */
export interface ApiAnswer {
	status: number;
	headers: Record<string, string>;
	body: string;
}

export interface HttpOptions {
	service: CheckinService;
	log: Logger;
	/** The site's public origin for absolute links (`https://…`); the request's when unset. */
	siteOrigin?: string | undefined;
	/** The bearer token of `/api/stats`; the statistics answer 503 when it is unset. */
	statsToken?: string | undefined;
	limits?: Partial<ApiLimits>;
}

/** The API's handlers. */
export interface CheckinApi {
	postCheckin(request: ApiRequest): Promise<ApiAnswer>;
	getPassport(request: ApiRequest, visitorId: string): Promise<ApiAnswer>;
	patchPassport(request: ApiRequest, visitorId: string): Promise<ApiAnswer>;
	getCertificate(request: ApiRequest, id: string): Promise<ApiAnswer>;
	getStats(request: ApiRequest): Promise<ApiAnswer>;
}

/** The handlers over web requests, as the Astro routes call them. `clientAddress` is Astro's. */
export interface CheckinHttp {
	postCheckin(request: Request, clientAddress: string): Promise<Response>;
	getPassport(request: Request, visitorId: string, clientAddress: string): Promise<Response>;
	patchPassport(request: Request, visitorId: string, clientAddress: string): Promise<Response>;
	getCertificate(request: Request, id: string, clientAddress: string): Promise<Response>;
	getStats(request: Request, clientAddress: string): Promise<Response>;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function respond(result: ApiResult): ApiAnswer {
	return {
		status: result.status,
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Cache-Control': 'no-store',
			'X-Content-Type-Options': 'nosniff',
			...result.headers,
		},
		body: JSON.stringify(result.body),
	};
}

/** The visitor's language: `?lang=`, else the first language of `Accept-Language`, else Chinese. */
export function requestLocale(request: Pick<ApiRequest, 'lang' | 'header'>): Locale {
	if (isLocale(request.lang)) return request.lang;

	const preferred = (request.header('accept-language') ?? '')
		.split(',')
		.map((part) => {
			const [tag, ...params] = part.trim().toLowerCase().split(';');
			const q = Number(params.find((param) => param.trim().startsWith('q='))?.split('=')[1] ?? 1);
			return { tag: tag ?? '', q: Number.isFinite(q) ? q : 0 };
		})
		.filter((entry) => entry.tag && entry.q > 0)
		.sort((a, b) => b.q - a.q)[0];
	return preferred?.tag.startsWith('en') ? 'en' : 'zh';
}

// A body that could not be read; a too-large one says how large a body may be.
function bodyError(code: BodyError, locale: Locale): ApiResult {
	return errorResult(code, locale, code === 'too_large' ? { maxBytes: maxBodyBytes } : undefined);
}

/** The answer to a method the API's address does not take; `allowed` goes in `Allow`. */
export function methodNotAllowed(request: ApiRequest, allowed: readonly string[]): ApiAnswer {
	const result = errorResult('method_not_allowed', requestLocale(request));
	return respond({ ...result, headers: { ...result.headers, Allow: allowed.join(', ') } });
}

function digest(value: string): Buffer {
	return createHash('sha256').update(value).digest();
}

/** Handlers over `options.service`, with their own rate limiters. */
export function createCheckinApi(options: HttpOptions): CheckinApi {
	const limits = { ...defaultLimits, ...options.limits };
	const perAddress = createRateLimiter(limits.perAddress);
	const perVisitor = createRateLimiter(limits.perVisitor);
	const guesses = createRateLimiter(limits.guesses);
	const { service, log } = options;

	function context(request: ApiRequest, locale: Locale): RequestContext {
		return { locale, origin: options.siteOrigin ?? request.origin };
	}

	function limited(
		limiter: RateLimiter,
		key: string,
		locale: Locale,
		take = true,
	): ApiResult | null {
		const decision = take ? limiter.take(key) : limiter.peek(key);
		if (decision.allowed) return null;

		const { retryAfterSeconds } = decision;
		return errorResult('rate_limited', locale, { retryAfterSeconds }, { retryAfterSeconds });
	}

	// Any failure past validation is the store's or the content's: answered 503, never 500.
	async function guarded(locale: Locale, work: () => Promise<ApiResult>): Promise<ApiAnswer> {
		try {
			return respond(await work());
		} catch (error) {
			log.error({ err: error }, 'a check-in API request failed');
			return respond(errorResult('unavailable', locale));
		}
	}

	async function postCheckin(request: ApiRequest): Promise<ApiAnswer> {
		const { clientAddress } = request;
		let locale = requestLocale(request);

		const addressLimit = limited(perAddress, clientAddress, locale);
		if (addressLimit) return respond(addressLimit);

		const body = await readJsonBody(request, maxBodyBytes);
		if (!body.ok) return respond(bodyError(body.code, locale));

		const declared = (body.value as { lang?: unknown } | null)?.lang;
		if (isLocale(declared)) locale = declared;

		const parsed = checkinRequest.safeParse(body.value);
		if (!parsed.success) {
			const issues = parsed.error.issues.slice(0, 10).map((issue) => ({
				path: issue.path.join('.'),
				message: issue.message,
			}));
			return respond(errorResult('invalid', locale, { issues }));
		}
		const checkin = parsed.data;

		const typed = checkin.method === 'code';
		const visitorLimit =
			limited(perVisitor, checkin.visitorId, locale) ??
			(typed
				? (limited(guesses, `a:${clientAddress}`, locale, false) ??
					limited(guesses, `v:${checkin.visitorId}`, locale, false))
				: null);
		if (visitorLimit) return respond(visitorLimit);

		return guarded(locale, async () => {
			const result = await service.checkIn(checkin, context(request, locale));
			const code = (result.body as { error?: { code?: string } }).error?.code;
			if (typed && code === 'bad_code') {
				guesses.take(`a:${clientAddress}`);
				guesses.take(`v:${checkin.visitorId}`);
			}
			return result;
		});
	}

	async function getPassport(request: ApiRequest, visitorId: string) {
		const locale = requestLocale(request);

		const addressLimit = limited(perAddress, request.clientAddress, locale);
		if (addressLimit) return respond(addressLimit);
		if (!uuid.test(visitorId)) {
			return respond(
				errorResult('invalid', locale, { issues: [{ path: 'visitorId', message: 'not a UUID' }] }),
			);
		}

		return guarded(locale, () =>
			service.passport(visitorId.toLowerCase(), context(request, locale)),
		);
	}

	async function patchPassport(request: ApiRequest, visitorId: string) {
		let locale = requestLocale(request);

		const addressLimit = limited(perAddress, request.clientAddress, locale);
		if (addressLimit) return respond(addressLimit);
		if (!uuid.test(visitorId)) {
			return respond(
				errorResult('invalid', locale, { issues: [{ path: 'visitorId', message: 'not a UUID' }] }),
			);
		}

		const body = await readJsonBody(request, maxBodyBytes);
		if (!body.ok) return respond(bodyError(body.code, locale));

		const parsed = displayNameRequest.safeParse(body.value);
		if (!parsed.success) {
			const issues = parsed.error.issues.map((issue) => ({
				path: issue.path.join('.'),
				message: issue.message,
			}));
			return respond(errorResult('invalid', locale, { issues }));
		}
		if (parsed.data.lang) locale = parsed.data.lang;

		const visitorLimit = limited(perVisitor, visitorId.toLowerCase(), locale);
		if (visitorLimit) return respond(visitorLimit);

		return guarded(locale, () =>
			service.setDisplayName(
				visitorId.toLowerCase(),
				parsed.data.displayName,
				context(request, locale),
			),
		);
	}

	async function getCertificate(request: ApiRequest, id: string) {
		const locale = requestLocale(request);

		const addressLimit = limited(perAddress, request.clientAddress, locale);
		if (addressLimit) return respond(addressLimit);
		if (!isCertificateIdShaped(id)) return respond(errorResult('not_found', locale));

		return guarded(locale, async () => {
			const certificate = await service.certificate(id, context(request, locale));
			return certificate ? { status: 200, body: certificate } : errorResult('not_found', locale);
		});
	}

	async function getStats(request: ApiRequest) {
		const locale = requestLocale(request);

		const addressLimit = limited(perAddress, request.clientAddress, locale);
		if (addressLimit) return respond(addressLimit);
		if (!options.statsToken) return respond(errorResult('stats_unavailable', locale));

		const presented = /^Bearer\s+(.+)$/i.exec(request.header('authorization') ?? '')?.[1]?.trim();
		// Comparing digests keeps the comparison constant-time whatever the lengths.
		if (!presented || !timingSafeEqual(digest(presented), digest(options.statsToken))) {
			return respond(errorResult('unauthorized', locale));
		}

		return guarded(locale, async () => ({ status: 200, body: await service.stats() }));
	}

	return { postCheckin, getPassport, patchPassport, getCertificate, getStats };
}

/** A web `Request` as the handlers read it. */
export function webApiRequest(request: Request, clientAddress: string): ApiRequest {
	const url = new URL(request.url);
	return {
		header: (name) => request.headers.get(name),
		lang: url.searchParams.get('lang'),
		origin: url.origin,
		clientAddress,
		body: (maxBytes) => readCappedStream(request.body, maxBytes),
	};
}

function webResponse(answer: ApiAnswer): Response {
	return new Response(answer.body, { status: answer.status, headers: answer.headers });
}

/**
 * `api`'s handlers over web requests and responses, for the Astro routes. `address` turns the
 * address Astro reports into the one the limits count (see `client-address.ts`).
 */
export function createCheckinHttp(
	api: CheckinApi,
	address: (request: Request, reported: string) => string = (_, reported) => reported,
): CheckinHttp {
	const web = (request: Request, reported: string) =>
		webApiRequest(request, address(request, reported));

	return {
		postCheckin: async (request, reported) =>
			webResponse(await api.postCheckin(web(request, reported))),
		getPassport: async (request, visitorId, reported) =>
			webResponse(await api.getPassport(web(request, reported), visitorId)),
		patchPassport: async (request, visitorId, reported) =>
			webResponse(await api.patchPassport(web(request, reported), visitorId)),
		getCertificate: async (request, id, reported) =>
			webResponse(await api.getCertificate(web(request, reported), id)),
		getStats: async (request, reported) => webResponse(await api.getStats(web(request, reported))),
	};
}
