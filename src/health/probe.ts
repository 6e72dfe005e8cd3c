/**
 * One dependency's check for `/healthz`: a trivial call that must settle within a time limit,
 * its result reused for a while so that a load balancer polling often does not reach the
 * database or Sanity on every poll.
 */

/** What one probe found. */
export interface ProbeResult {
	ok: boolean;
	/** How long the probe took, in milliseconds. */
	ms: number;
	/** Why it did not answer. */
	error?: string;
}

export interface ProbeOptions {
	/** How long a result is reused. */
	reuseMs?: number;
	timeoutMs?: number;
}

/** A function giving `probe`'s result, calling it at most once per `reuseMs`. */
export function createProbe(
	probe: () => Promise<unknown>,
	{ reuseMs = 10_000, timeoutMs = 5_000 }: ProbeOptions = {},
): () => Promise<ProbeResult> {
	let last: { at: number; result: Promise<ProbeResult> } | null = null;

	async function run(): Promise<ProbeResult> {
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
			return { ok: true, ms: ms() };
		} catch (error) {
			return { ok: false, ms: ms(), error: error instanceof Error ? error.message : String(error) };
		}
	}

	return () => {
		if (!last || Date.now() - last.at >= reuseMs) last = { at: Date.now(), result: run() };
		return last.result;
	};
}
