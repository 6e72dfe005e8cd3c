/**
 * Whether the check-in storage answers, for `/healthz`. An instance whose storage does not
 * answer refuses every check-in, so `/healthz` then says "failing" with status 503 and the
 * load balancer sends visitors to another instance (or to this one once its database is back).
 */
import { createProbe, type ProbeOptions } from '../health/probe.ts';

/** The storage's part of the health report. */
export interface StorageHealth {
	kind: 'sqlite' | 'postgres';
	ok: boolean;
	/** How long the probe took, in milliseconds. */
	ms: number;
	/** Why it did not answer. */
	error?: string;
}

export interface StorageHealthOptions extends ProbeOptions {
	kind: StorageHealth['kind'];
	/** Resolves when the storage answers a trivial query. */
	probe: () => Promise<unknown>;
}

/** A function giving the storage's health, probing at most once per `reuseMs`. */
export function createStorageHealthCheck(
	options: StorageHealthOptions,
): () => Promise<StorageHealth> {
	const { kind, probe, ...timing } = options;
	const check = createProbe(probe, timing);

	return async () => ({ kind, ...(await check()) });
}
