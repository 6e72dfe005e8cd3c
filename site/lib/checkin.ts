/**
 * The check-in route's server side, wired to the configuration: keys from CHECKIN_SECRET,
 * storage in SQLite (CHECKIN_DB_PATH) or PostgreSQL (DATABASE_URL), the route's stops from the
 * content. The API routes in `pages/api/` and the verification page use what this exports.
 */
import { resolve } from 'node:path';
import {
	CHECKIN_ADDRESS_RATE,
	CHECKIN_DB_PATH,
	CHECKIN_SECRET,
	CHECKIN_SECRET_PREVIOUS,
	CHECKIN_SECRET_PREVIOUS_UNTIL,
	DATABASE_URL,
	SITE_ORIGIN,
	STATS_TOKEN,
} from 'astro:env/server';

import { idempotencyKeyLifetimeMs, type Certificate } from '../../src/checkin/api.ts';
import { isCertificateIdShaped } from '../../src/checkin/certificate-id.ts';
import { createCheckinApi, createCheckinHttp, defaultLimits } from '../../src/checkin/http.ts';
import { parseCheckinKeys, type CheckinKeys } from '../../src/checkin/keys.ts';
import { createCheckinService, type CheckinStop } from '../../src/checkin/service.ts';
import { formatShortCode } from '../../src/checkin/short-code-text.ts';
import { shortCode } from '../../src/checkin/short-code.ts';
import { defaultSqlitePath, openCheckinStore } from '../../src/checkin/storage/open-store.ts';
import type { CheckinStore } from '../../src/checkin/storage/store.ts';
import { qrUrl } from '../../src/checkin/tokens.ts';
import { logger } from '../../src/log.ts';
import { requestAddress, trustedProxyHops } from './client-address.ts';
import { content } from './content.ts';

const log = logger.child({ module: 'checkin' });

// Used only by `astro dev`, never by a build: anyone can read it here, so tokens made with it
// prove nothing.
const developmentSecret = 'boai-development-only-checkin-secret-not-for-production';

function readKeys(): CheckinKeys | null {
	const parsed = parseCheckinKeys({
		CHECKIN_SECRET,
		CHECKIN_SECRET_PREVIOUS,
		CHECKIN_SECRET_PREVIOUS_UNTIL,
	});
	for (const problem of parsed.problems.filter((text) => text !== 'CHECKIN_SECRET is not set')) {
		log.warn(problem);
	}
	if (parsed.keys) return parsed.keys;

	if (import.meta.env.DEV) {
		log.warn(
			'CHECKIN_SECRET is not set: `astro dev` signs posters with a public development secret. Never use such posters for real; set CHECKIN_SECRET (openssl rand -base64 32) on a real server.',
		);
		return parseCheckinKeys({ CHECKIN_SECRET: developmentSecret }).keys;
	}

	log.warn(
		'CHECKIN_SECRET is not set: QR-code and typed-code check-ins answer 503 and posters show no code; location check-ins work. Set CHECKIN_SECRET (openssl rand -base64 32) and restart.',
	);
	return null;
}

function readOrigin(): string | undefined {
	if (!SITE_ORIGIN) return undefined;

	try {
		const url = new URL(SITE_ORIGIN);
		if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
	} catch {
		// Reported below.
	}
	log.warn(
		{ SITE_ORIGIN },
		'SITE_ORIGIN is not an address like https://boai.example.cn: links on certificates use the address of each request instead',
	);
	return undefined;
}

function readAddressRate(): number {
	if (CHECKIN_ADDRESS_RATE === undefined) return defaultLimits.perAddress.perMinute;

	const rate = Number(CHECKIN_ADDRESS_RATE);
	if (Number.isInteger(rate) && rate >= 0) return rate;
	log.warn(
		{ CHECKIN_ADDRESS_RATE },
		`CHECKIN_ADDRESS_RATE is not a whole number of requests a minute (0 turns the limit off): using ${defaultLimits.perAddress.perMinute}`,
	);
	return defaultLimits.perAddress.perMinute;
}

/** The keys the posters and the API use; `null` when CHECKIN_SECRET is missing. */
export const checkinKeys: CheckinKeys | null = readKeys();

/** The public origin from SITE_ORIGIN, if set; otherwise links use each request's origin. */
export const siteOrigin: string | undefined = readOrigin();

/** How many reverse proxies in front of the server may name the client (TRUST_PROXY). */
export { trustedProxyHops };

const storage = {
	kind: DATABASE_URL ? ('postgres' as const) : ('sqlite' as const),
	sqlitePath: resolve(CHECKIN_DB_PATH ?? defaultSqlitePath(process.cwd())),
};

let opening: Promise<CheckinStore> | null = null;
// The SQLite worker's script, which the production server names when it opens the storage;
// without one (`astro dev`) SQLite runs in the server's own thread.
let sqliteWorker: string | undefined;

function forgetOldRequests(opened: CheckinStore) {
	opened
		.pruneRequests(new Date(Date.now() - idempotencyKeyLifetimeMs))
		.then((removed) => {
			if (removed > 0) log.info({ removed }, 'forgot idempotency keys no outbox can resend');
		})
		.catch((error: unknown) =>
			log.warn({ err: error }, 'old idempotency keys could not be removed'),
		);
}

function where(): string {
	return storage.kind === 'postgres'
		? 'the PostgreSQL database of DATABASE_URL'
		: `the SQLite file ${storage.sqlitePath} (CHECKIN_DB_PATH)`;
}

// Opened (and migrated) when the server starts; a failure is retried on the next use, so the
// check-ins come back by themselves once the database does.
function store(): Promise<CheckinStore> {
	opening ??= openCheckinStore({
		databaseUrl: DATABASE_URL,
		sqlitePath: storage.sqlitePath,
		sqliteWorker,
		log,
	}).then(
		(opened) => {
			log.info({ storage: opened.kind }, 'check-in storage ready');
			forgetOldRequests(opened);
			// Hourly, so that no fingerprint outlives its lifetime by more than an hour.
			setInterval(() => forgetOldRequests(opened), 60 * 60 * 1000).unref();
			return opened;
		},
		(error: unknown) => {
			opening = null;
			throw error;
		},
	);
	return opening;
}

/**
 * Opens the check-in storage and runs its migrations; the server calls it once at start. A
 * database that cannot be opened is logged as an error and leaves the server running: pages
 * work, check-ins answer 503 and `/healthz` says "failing" until it can be opened.
 * `sqliteWorker` is the script of the thread SQLite runs in (the build's `sqlite-worker.mjs`).
 */
export async function openCheckinStorage(
	options: { sqliteWorker?: string } = {},
): Promise<boolean> {
	sqliteWorker = options.sqliteWorker;
	try {
		await store();
		return true;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		log.error(
			{ err: error, storage: storage.kind },
			`the check-in storage cannot be opened (${where()}): ${message}. Check-ins answer 503 and /healthz reports "failing" until it can; fix the setting or the database, and the next request tries again.`,
		);
		return false;
	}
}

/** For `/healthz`: which storage, and a probe that resolves when it answers a query. */
export const checkinStorage = {
	kind: storage.kind,
	probe: async () => (await store()).ping(),
};

// The stops change only when editors publish; reading them once every few seconds is plenty.
const stopsTtlMs = 10_000;
let cachedStops: { at: number; stops: Promise<CheckinStop[] | null> } | null = null;

function stops(): Promise<CheckinStop[] | null> {
	if (cachedStops && Date.now() - cachedStops.at < stopsTtlMs) return cachedStops.stops;

	const loading = content.route().then((route) => route?.stops.map(toCheckinStop) ?? null);
	cachedStops = { at: Date.now(), stops: loading };
	loading.catch(() => (cachedStops = null));
	return loading;
}

function toCheckinStop(
	stop: NonNullable<Awaited<ReturnType<typeof content.route>>>['stops'][number],
) {
	return {
		slug: stop.slug,
		title: stop.title,
		location: stop.location,
		radius: stop.radius,
		openingHours: stop.openingHours,
		sample: stop.sample === true,
	} satisfies CheckinStop;
}

/** Decides check-ins and answers passports, certificates and statistics. */
export const checkinService = createCheckinService({ store, stops, keys: checkinKeys, log });

/**
 * The handlers of `/api/checkins`, `/api/passport/…`, `/api/certificates/…`, `/api/stats`, as
 * the production server calls them (`site/server/checkin-routes.ts`).
 */
export const checkinApi = createCheckinApi({
	service: checkinService,
	log,
	siteOrigin,
	statsToken: STATS_TOKEN || undefined,
	limits: { perAddress: { ...defaultLimits.perAddress, perMinute: readAddressRate() } },
});

/**
 * The same handlers over web requests, for the routes in `pages/api/`: those of `astro dev`,
 * and in production any spelling of an API address that the front routes do not match
 * (`//api/checkins`), which Astro routes here. The address is read as the front routes read it.
 */
export const checkinHttp = createCheckinHttp(checkinApi, requestAddress);

/** What a stop's poster prints, or `null` when CHECKIN_SECRET is missing. */
export interface PosterProof {
	/** The QR code's address: the stop's page with a signed token. */
	url: string;
	/** The short code as printed and read aloud (`K7R-4XP`). */
	code: string;
}

/** The QR address and short code of `stopSlug`; `origin` defaults to SITE_ORIGIN. */
export function posterProof(stopSlug: string, origin?: string): PosterProof | null {
	if (!checkinKeys) return null;

	const base = origin ?? siteOrigin ?? 'http://localhost:4321';
	return {
		url: qrUrl(stopSlug, base, checkinKeys),
		code: formatShortCode(shortCode(stopSlug, checkinKeys)),
	};
}

/** What the verification page shows about a certificate id. */
export type CertificateCheck =
	| { state: 'genuine'; certificate: Certificate; stops: readonly CheckinStop[] }
	| { state: 'unknown' }
	| { state: 'unavailable' };

/**
 * Looks a certificate up for `/route/verify/<id>`: genuine, unknown (a wrong or altered id),
 * or unavailable (the storage or the content cannot be read right now).
 */
export async function checkCertificate(id: string, origin: string): Promise<CertificateCheck> {
	if (!isCertificateIdShaped(id)) return { state: 'unknown' };

	try {
		const context = { locale: 'zh' as const, origin: siteOrigin ?? origin };
		const certificate = await checkinService.certificate(id, context);
		if (!certificate) return { state: 'unknown' };
		return { state: 'genuine', certificate, stops: await checkinService.stops() };
	} catch (error) {
		log.error({ err: error }, 'a certificate could not be looked up');
		return { state: 'unavailable' };
	}
}
