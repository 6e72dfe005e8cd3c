/**
 * The check-in service: decides each request by the rules and answers with the API's bodies.
 * It knows nothing of HTTP beyond status codes; `http.ts` reads requests and writes responses.
 */
import { v7 as timeOrderedUuid } from 'uuid';

import type { OpeningHoursLine } from '../i18n/hours.ts';
import type { Locale, Localized } from '../i18n/locale.ts';
import type { Logger } from '../log.ts';
import {
	checkinPaths,
	maxClockAheadMs,
	maxHoursLagMs,
	maxOfflineAgeMs,
	type Certificate,
	type CheckinRequest,
	type CheckinResponse,
	type Passport,
	type Stamp,
	type Stats,
} from './api.ts';
import { newCertificateId } from './certificate-id.ts';
import { halfWay, progress, requiredStops } from './completion.ts';
import { distanceBucket } from './distance-bucket.ts';
import { errorResult, type ApiResult } from './errors.ts';
import { fingerprintKeys, requestFingerprints } from './fingerprint.ts';
import type { CheckinKeys } from './keys.ts';
import { judgeLocation, maxAccuracyMetres } from './location-rule.ts';
import { chinaDay, isOpenAt, nextOpening } from './opening-hours.ts';
import { pooledRandomBytes } from './random-bytes.ts';
import { verifyShortCode } from './short-code.ts';
import type {
	CheckinStore,
	NewCheckin,
	RecordResult,
	StoredCheckin,
	VisitorRecord,
} from './storage/store.ts';
import { verifyQrToken, type ProofVerdict } from './tokens.ts';

/** A stop as the rules need it; the content's `RouteStop` has these fields. */
export interface CheckinStop {
	slug: string;
	title: Localized;
	location: { lat: number; lng: number };
	radius: number;
	openingHours: readonly OpeningHoursLine[];
	sample: boolean;
}

export interface ServiceOptions {
	/** The store, opened at start; a rejection is logged, answered 503 by the HTTP layer. */
	store: () => Promise<CheckinStore>;
	/** The route's stops in walking order, or `null` when there is no route. */
	stops: () => Promise<readonly CheckinStop[] | null>;
	/** The signing keys, or `null` when CHECKIN_SECRET is missing (QR and codes then answer 503). */
	keys: CheckinKeys | null;
	/** The bearer token for the statistics, or undefined when they are off. */
	statsToken?: string | undefined;
	log: Logger;
	now?: () => Date;
}

/** Who is asking, in which language, from which origin (for absolute verification links). */
export interface RequestContext {
	locale: Locale;
	origin: string;
}

/** A refusal by the rules, as the answer to send. */
type Refusal = { result: ApiResult };

export interface CheckinService {
	/** Decides a parsed check-in request. */
	checkIn(request: CheckinRequest, context: RequestContext): Promise<ApiResult>;
	passport(visitorId: string, context: RequestContext): Promise<ApiResult>;
	setDisplayName(
		visitorId: string,
		displayName: string | null,
		context: RequestContext,
	): Promise<ApiResult>;
	certificate(id: string, context: RequestContext): Promise<Certificate | null>;
	stats(): Promise<Stats>;
	/** The stops in walking order; for the pages. */
	stops(): Promise<readonly CheckinStop[]>;
}

function verdictError(verdict: ProofVerdict, kind: 'token' | 'code', locale: Locale): Refusal {
	if (verdict === 'expired') {
		return {
			result: errorResult(kind === 'token' ? 'expired_token' : 'expired_code', locale),
		};
	}
	return { result: errorResult(kind === 'token' ? 'bad_token' : 'bad_code', locale) };
}

/** A service over `options`. */
export function createCheckinService(options: ServiceOptions): CheckinService {
	const now = options.now ?? (() => new Date());
	const log = options.log;
	const fingerprints = fingerprintKeys(options.keys);

	async function store(): Promise<CheckinStore> {
		try {
			return await options.store();
		} catch (error) {
			log.error({ err: error }, 'the check-in store cannot be opened');
			throw error;
		}
	}

	async function routeStops(): Promise<readonly CheckinStop[]> {
		return (await options.stops()) ?? [];
	}

	function proofRefusal(
		request: CheckinRequest,
		stop: CheckinStop,
		at: Date,
		locale: Locale,
	): Refusal | { distanceMetres: number | null } {
		if (request.method === 'location') {
			const verdict = judgeLocation(request.position, stop.location, stop.radius);
			const distanceMetres = Math.round(verdict.distanceMetres);
			if (verdict.ok) return { distanceMetres: verdict.distanceMetres };

			if (verdict.reason === 'poor_accuracy') {
				const details = {
					accuracyMetres: Math.round(verdict.accuracyMetres),
					maxAccuracyMetres,
					distanceMetres,
				};
				return { result: errorResult('poor_accuracy', locale, details, details) };
			}
			const details = { distanceMetres, allowedMetres: Math.round(verdict.allowedMetres) };
			return { result: errorResult('too_far', locale, details, details) };
		}

		if (!options.keys) return { result: errorResult('qr_unavailable', locale) };

		const verdict =
			request.method === 'qr'
				? verifyQrToken(request.token, stop.slug, options.keys, at)
				: verifyShortCode(request.code, stop.slug, options.keys, at);
		if (verdict !== 'valid') {
			return verdictError(verdict, request.method === 'qr' ? 'token' : 'code', locale);
		}
		return { distanceMetres: null };
	}

	// Hours are judged at arrival, which the client cannot move. A check-in arriving after it
	// was made (an outbox that was offline) also passes if the stop was open at its `madeAt`,
	// but only up to `maxHoursLagMs` back: `madeAt` is the phone's word, and a day is as far as
	// it is believed. A `madeAt` ahead of the server's clock earns nothing.
	function closedRefusal(stop: CheckinStop, madeAt: Date, receivedAt: Date, locale: Locale) {
		if (isOpenAt(stop.openingHours, receivedAt)) return null;

		const lag = receivedAt.getTime() - madeAt.getTime();
		if (lag > 0 && lag <= maxHoursLagMs && isOpenAt(stop.openingHours, madeAt)) return null;

		const nextOpensAt = nextOpening(stop.openingHours, receivedAt);
		const details = { nextOpensAt: nextOpensAt?.toISOString() ?? null };
		return errorResult('closed', locale, details, { nextOpensAt });
	}

	async function answer(
		outcome: RecordResult,
		visitorId: string,
		stops: readonly CheckinStop[],
		context: RequestContext,
	): Promise<ApiResult> {
		if (outcome.kind === 'conflict') return errorResult('conflict', context.locale);

		const body: CheckinResponse = {
			outcome: outcome.kind,
			checkin: {
				id: outcome.checkin.id,
				stop: outcome.checkin.stop,
				method: outcome.checkin.method,
				at: outcome.checkin.at,
				distanceBucket: outcome.checkin.distanceBucket,
			},
			passport: await buildPassport(visitorId, stops, context, outcome.visitor),
		};
		const created = outcome.kind === 'stamped' && !outcome.replayed;
		return { status: created ? 201 : 200, body };
	}

	// The rules, judged at arrival: the request's refusal, or the check-in to store. Keys and
	// codes are judged at `receivedAt`: a poster whose key expired is refused even if the phone
	// claims an earlier time.
	function decide(
		request: CheckinRequest,
		stops: readonly CheckinStop[],
		receivedAt: Date,
		locale: Locale,
	): Refusal | { checkin: Omit<NewCheckin, 'idempotencyKey' | 'fingerprint'> } {
		const madeAt = new Date(request.madeAt);

		const age = receivedAt.getTime() - madeAt.getTime();
		if (age < -maxClockAheadMs || age > maxOfflineAgeMs) {
			return { result: errorResult('bad_time', locale) };
		}

		const stop = stops.find((candidate) => candidate.slug === request.stop);
		if (!stop) return { result: errorResult('unknown_stop', locale) };

		const proof = proofRefusal(request, stop, receivedAt, locale);
		if ('result' in proof) return proof;

		const closed = closedRefusal(stop, madeAt, receivedAt, locale);
		if (closed) return { result: closed };

		return {
			checkin: {
				// Ordered by time, so that stored check-ins are appended to the end of their index
				// instead of rewriting a page somewhere in the middle of it for every stamp.
				id: timeOrderedUuid({ random: pooledRandomBytes(16) }),
				visitorId: request.visitorId,
				displayName: request.displayName ?? null,
				stop: stop.slug,
				method: request.method,
				at: madeAt,
				day: chinaDay(madeAt),
				distanceBucket: proof.distanceMetres === null ? null : distanceBucket(proof.distanceMetres),
				receivedAt,
				requiredStops: requiredStops(stops),
				certificateId: newCertificateId(),
			},
		};
	}

	// A known idempotency key is answered as it was before any rule counts: the same data gets
	// the stored answer (even once its `madeAt` is too old or the stop has closed), other data
	// gets 409 whatever it holds. The key is looked up as the check-in is stored, or, for a
	// request the rules refuse, before the refusal is sent: the answer is the same as looking it
	// up first, and an accepted check-in costs one transaction, not two.
	async function checkIn(request: CheckinRequest, context: RequestContext): Promise<ApiResult> {
		const receivedAt = now();
		const stops = await routeStops();
		const [fingerprint, ...previousFingerprints] = requestFingerprints(request, fingerprints);
		const decision = decide(request, stops, receivedAt, context.locale);
		const checkins = await store();

		if ('result' in decision) {
			const replayed = await checkins.replay({
				idempotencyKey: request.idempotencyKey,
				fingerprints: [fingerprint, ...previousFingerprints],
				visitorId: request.visitorId,
				displayName: request.displayName ?? null,
				receivedAt,
			});
			return replayed ? answer(replayed, request.visitorId, stops, context) : decision.result;
		}

		const outcome = await checkins.record({
			...decision.checkin,
			idempotencyKey: request.idempotencyKey,
			fingerprint,
			previousFingerprints,
		});
		return answer(outcome, request.visitorId, stops, context);
	}

	function orderedStamps(stamps: readonly StoredCheckin[], stops: readonly CheckinStop[]): Stamp[] {
		const order = new Map(stops.map((stop, index) => [stop.slug, index]));
		return stamps
			.filter((stamp) => order.has(stamp.stop))
			.sort((a, b) => order.get(a.stop)! - order.get(b.stop)!)
			.map(({ stop, method, at }) => ({ stop, method, at }));
	}

	function certificateLink(id: string, context: RequestContext) {
		const prefix = context.locale === 'en' ? '/en' : '';
		return {
			id,
			url: checkinPaths.certificatePage(id, prefix),
			verifyUrl: new URL(checkinPaths.verifyPage(id), context.origin).href,
		};
	}

	async function buildPassport(
		visitorId: string,
		stops: readonly CheckinStop[],
		context: RequestContext,
		known?: VisitorRecord,
	): Promise<Passport> {
		const checkins = await store();
		let visitor: VisitorRecord = known ?? (await checkins.visitor(visitorId));
		const required = requiredStops(stops);
		const { stampedRequired, completed } = progress(
			visitor.stamps.map((stamp) => stamp.stop),
			required,
		);

		// The route may have lost a stop since the visitor's last check-in: a visitor who now has
		// every required stamp gets the certificate on the next look at the passport.
		if (completed && !visitor.certificate) {
			const certificate = await checkins.issueCertificate(visitorId, newCertificateId(), now());
			visitor = { ...visitor, certificate };
		}

		return {
			visitorId,
			displayName: visitor.displayName,
			stamps: orderedStamps(visitor.stamps, stops),
			stopsTotal: required.length,
			requiredStops: required,
			stampedRequired,
			completed,
			certificate: visitor.certificate ? certificateLink(visitor.certificate.id, context) : null,
		};
	}

	return {
		checkIn,

		async passport(visitorId, context) {
			return { status: 200, body: await buildPassport(visitorId, await routeStops(), context) };
		},

		async setDisplayName(visitorId, displayName, context) {
			await (await store()).setDisplayName(visitorId, displayName, now());
			return { status: 200, body: await buildPassport(visitorId, await routeStops(), context) };
		},

		async certificate(id, context) {
			const found = await (await store()).certificate(id);
			if (!found) return null;

			const stops = await routeStops();
			const onRoute = orderedStamps(found.stamps, stops);
			const former = found.stamps
				.filter((stamp) => !stops.some((stop) => stop.slug === stamp.stop))
				.map(({ stop, method, at }) => ({ stop, method, at }));
			return {
				id: found.id,
				displayName: found.displayName,
				issuedAt: found.issuedAt,
				stamps: [...onRoute, ...former],
				verifyUrl: certificateLink(found.id, context).verifyUrl,
			};
		},

		async stats() {
			const stops = await routeStops();
			const required = requiredStops(stops);
			const counts = await (await store()).stats(required, halfWay(required.length));
			const order = new Map(stops.map((stop, index) => [stop.slug, index]));
			const rank = (slug: string) => order.get(slug) ?? stops.length;

			const perStop = new Map<string, number>();
			for (const row of counts.perStopPerDay)
				perStop.set(row.stop, (perStop.get(row.stop) ?? 0) + row.checkins);
			for (const stop of stops) if (!perStop.has(stop.slug)) perStop.set(stop.slug, 0);

			return {
				generatedAt: now().toISOString(),
				timeZone: 'Asia/Shanghai',
				perStopPerDay: [...counts.perStopPerDay].sort(
					(a, b) =>
						a.day.localeCompare(b.day) ||
						rank(a.stop) - rank(b.stop) ||
						a.stop.localeCompare(b.stop),
				),
				perStop: [...perStop]
					.map(([stop, checkins]) => ({ stop, checkins }))
					.sort((a, b) => rank(a.stop) - rank(b.stop) || a.stop.localeCompare(b.stop)),
				visitors: { started: counts.started, halfWay: counts.halfWay, finished: counts.finished },
				stopsTotal: required.length,
			};
		},

		stops: routeStops,
	};
}
