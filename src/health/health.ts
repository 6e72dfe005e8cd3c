/**
 * What `/healthz` reports to a load balancer: that the server answers, which content source
 * it reads, whether that source answered a small query, and which version runs. A source that
 * does not answer makes the report "degraded" — still status 200, since taking every server
 * out of rotation would not bring Sanity back, while the pages that do not need it still work.
 */
import { HEALTH_QUERY } from '../content/queries.ts';
import type { ContentSource } from '../content/source.ts';

export interface HealthReport {
	status: 'ok' | 'degraded';
	version: string;
	uptimeSeconds: number;
	content: {
		source: ContentSource['kind'];
		reachable: boolean;
		/** How long the check took, in milliseconds. */
		ms: number;
		/** Why it was not reachable. */
		error?: string;
	};
}

export interface HealthCheckOptions {
	source: ContentSource;
	version: string;
	/** How long a result is reused, so frequent probes do not each query the source. */
	reuseMs?: number;
	timeoutMs?: number;
}

/** A function giving the current report, checking the source at most once per `reuseMs`. */
export function createHealthCheck(options: HealthCheckOptions): () => Promise<HealthReport> {
	const { source, version, reuseMs = 10_000, timeoutMs = 5_000 } = options;
	let last: { at: number; report: Promise<HealthReport['content']> } | null = null;

	async function checkContent(): Promise<HealthReport['content']> {
		const started = performance.now();
		try {
			await Promise.race([
				source.fetch(HEALTH_QUERY),
				new Promise((_, reject) =>
					setTimeout(
						() => reject(new Error(`no answer within ${timeoutMs} ms`)),
						timeoutMs,
					).unref(),
				),
			]);
			return { source: source.kind, reachable: true, ms: Math.round(performance.now() - started) };
		} catch (error) {
			return {
				source: source.kind,
				reachable: false,
				ms: Math.round(performance.now() - started),
				error: error instanceof Error ? error.message : String(error),
			};
		}
	}

	return async () => {
		if (!last || Date.now() - last.at >= reuseMs) last = { at: Date.now(), report: checkContent() };
		const content = await last.report;

		return {
			status: content.reachable ? 'ok' : 'degraded',
			version,
			uptimeSeconds: Math.round(process.uptime()),
			content,
		};
	};
}
