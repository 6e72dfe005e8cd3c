/**
 * What `/healthz` reports to a load balancer: that the server answers, which content source
 * it reads, whether that source answered a small query, and which version runs. A source that
 * does not answer makes the report "degraded" — still status 200, since taking every server
 * out of rotation would not bring Sanity back, while the pages that do not need it still work.
 */
import { HEALTH_QUERY } from '../content/queries.ts';
import type { ContentSource } from '../content/source.ts';
import { createProbe, type ProbeOptions } from './probe.ts';

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

export interface HealthCheckOptions extends ProbeOptions {
	source: ContentSource;
	version: string;
}

/** A function giving the current report, checking the source at most once per `reuseMs`. */
export function createHealthCheck(options: HealthCheckOptions): () => Promise<HealthReport> {
	const { source, version, ...timing } = options;
	const check = createProbe(() => source.fetch(HEALTH_QUERY), timing);

	return async () => {
		const { ok, ...found } = await check();

		return {
			status: ok ? 'ok' : 'degraded',
			version,
			uptimeSeconds: Math.round(process.uptime()),
			content: { source: source.kind, reachable: ok, ...found },
		};
	};
}
