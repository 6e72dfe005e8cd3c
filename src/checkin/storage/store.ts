/**
 * Where check-ins are kept: one interface, two implementations (SQLite through `node:sqlite`,
 * PostgreSQL through `pg`) sharing the same SQL. Every write is one transaction, committed
 * durably before the promise resolves, so a check-in that was answered with 2xx survives a
 * crash of the process.
 *
 * Stored per check-in: an id, the visitor's random id, the stop, the method, the time it was
 * made, its calendar day in China, the distance bucket and when it arrived. No coordinates.
 */
import type { CheckinMethod, DistanceBucket } from '../api.ts';

/** A check-in as stored. Times are ISO strings in UTC. */
export interface StoredCheckin {
	id: string;
	visitorId: string;
	stop: string;
	method: CheckinMethod;
	at: string;
	distanceBucket: DistanceBucket | null;
}

/** A check-in the service has accepted and wants stored. */
export interface NewCheckin {
	idempotencyKey: string;
	/** The fingerprint stored with the key. */
	fingerprint: string;
	/** Fingerprints the same data had under keys recently replaced; a replay matches them too. */
	previousFingerprints?: readonly string[];
	/** A fresh id for the check-in, used if it is stored. */
	id: string;
	visitorId: string;
	displayName: string | null;
	stop: string;
	method: CheckinMethod;
	at: Date;
	/** The calendar day of `at` in China (`2026-05-08`), for the statistics. */
	day: string;
	distanceBucket: DistanceBucket | null;
	receivedAt: Date;
	/** The stops the certificate needs; reaching them all issues one. */
	requiredStops: readonly string[];
	/** A fresh certificate id, used if this check-in completes the route. */
	certificateId: string;
}

/** A request whose idempotency key may have been stored before. */
export interface ReplayRequest {
	idempotencyKey: string;
	/** The fingerprints the same data would have been stored under (one per key in use). */
	fingerprints: readonly string[];
	visitorId: string;
	/** A name typed since the first send; kept, since it is not part of the fingerprint. */
	displayName: string | null;
	receivedAt: Date;
}

/** What forgetting a visitor removed, row by row. */
export interface ForgetResult {
	visitors: number;
	checkins: number;
	requests: number;
	certificates: number;
}

/** What storing a check-in did. */
export type RecordResult =
	| {
			kind: 'stamped' | 'already_stamped';
			checkin: StoredCheckin;
			replayed: boolean;
			/** The visitor as of this check-in, read in the same transaction. */
			visitor: VisitorRecord;
	  }
	| { kind: 'conflict' };

/** A certificate as stored: issued once per visitor. */
export interface StoredCertificate {
	id: string;
	visitorId: string;
	issuedAt: string;
}

/** Everything kept about one visitor. */
export interface VisitorRecord {
	displayName: string | null;
	stamps: StoredCheckin[];
	certificate: StoredCertificate | null;
}

/** Counts for the statistics; `day` is the calendar day in China. */
export interface StoreStats {
	perStopPerDay: { day: string; stop: string; checkins: number }[];
	started: number;
	halfWay: number;
	finished: number;
}

/** How many rows each table holds; for tests and the crash benchmark. */
export interface StoreCounts {
	checkins: number;
	requests: number;
	visitors: number;
	certificates: number;
}

export interface CheckinStore {
	readonly kind: 'sqlite' | 'postgres';
	/** Creates or upgrades the tables; safe to run from several processes at once. */
	migrate(): Promise<void>;
	/**
	 * Stores a check-in once per idempotency key and once per visitor and stop, and issues the
	 * certificate when it completes the route. The same key with another fingerprint is a
	 * conflict and changes nothing.
	 */
	record(checkin: NewCheckin): Promise<RecordResult>;
	/**
	 * The stored answer to a request whose idempotency key is known: the first check-in when a
	 * fingerprint matches, a conflict when none does, `null` for a key never seen (or forgotten).
	 */
	replay(request: ReplayRequest): Promise<RecordResult | null>;
	/** The visitor's name, stamps (oldest first) and certificate; empty for an unknown visitor. */
	visitor(visitorId: string): Promise<VisitorRecord>;
	/** Sets or clears the visitor's display name, creating the visitor if needed. */
	setDisplayName(visitorId: string, displayName: string | null, now: Date): Promise<void>;
	/** Issues the visitor's certificate unless there is one; answers the one that exists. */
	issueCertificate(visitorId: string, id: string, now: Date): Promise<StoredCertificate>;
	/** The certificate with this id and its visitor's name and stamps, or `null`. */
	certificate(id: string): Promise<(StoredCertificate & VisitorRecord) | null>;
	stats(requiredStops: readonly string[], halfWay: number): Promise<StoreStats>;
	counts(): Promise<StoreCounts>;
	/** Forgets idempotency keys older than `before` (their check-ins stay). */
	pruneRequests(before: Date): Promise<number>;
	/**
	 * Deletes everything kept about one visitor — name, check-ins, idempotency keys and
	 * certificate — in one transaction, for a visitor who asks for it. The statistics lose
	 * that visitor's check-ins too.
	 */
	forgetVisitor(visitorId: string): Promise<ForgetResult>;
	/** Resolves when the database answers a trivial query; for `/healthz`. */
	ping(): Promise<void>;
	close(): Promise<void>;
}
