/**
 * Whether the check-in storage answers, for `/healthz`. An instance whose storage does not
 * answer refuses every check-in, so `/healthz` then says "failing" with status 503 and the
 * load balancer sends visitors to another instance (or to this one once its database is back).
 */

/** The storage's part of the health report. */
export interface StorageHealth {
	kind: 'sqlite' | 'postgres';
	ok: boolean;
	/** How long the probe took, in milliseconds. */
	ms: number;
	/** Why it did not answer. */
	error?: string;
}

export interface StorageHealthOptions {
	kind: StorageHealth['kind'];
	/** Resolves when the storage answers a trivial query. */
	probe: () => Promise<unknown>;
	/** How long a result is reused, so frequent probes do not each reach the database. */
	reuseMs?: number;
	timeoutMs?: number;
}

/** A function giving the storage's health, probing at most once per `reuseMs`. */
export function createStorageHealthCheck(
	options: StorageHealthOptions,
): () => Promise<StorageHealth> {
	const { kind, probe, reuseMs = 10_000, timeoutMs = 5_000 } = options;
	let last: { at: number; health: Promise<StorageHealth> } | null = null;

	async function check(): Promise<StorageHealth> {
		const started = performance.now();
		const ms = () => Math.round(performance.now() - started);

		try {
			await Promise.race([
				probe(),
				new Promise((_, reject) =>
					setTimeout(
						() => reject(new Error(`no answer within ${timeoutMs} ms`)),
						timeoutMs,
					).unref(),
				),
			]);
			return { kind, ok: true, ms: ms() };
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			return { kind, ok: false, ms: ms(), error: reason };
		}
	}

	return () => {
		if (!last || Date.now() - last.at >= reuseMs) last = { at: Date.now(), health: check() };
		return last.health;
	};
}
