/**
 * A token-bucket rate limiter kept in memory, one bucket per key (a visitor id, an address).
 * Each bucket holds up to `burst` tokens and regains `perMinute` of them a minute; a request
 * takes one. Per process: with several server instances each limits on its own.
 */

/** How a limiter is sized. `perMinute: 0` turns it off. */
export interface RateLimit {
	burst: number;
	perMinute: number;
}

/** The answer to one request: allowed, or refused with when to try again. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
	tokens: number;
	updatedAt: number;
}

/** A limiter; `now` is injectable for tests. */
export interface RateLimiter {
	/** Takes a token for `key` if there is one. */
	take(key: string, now?: number): RateDecision;
	/** Whether `key` has a token, without taking it. */
	peek(key: string, now?: number): RateDecision;
}

// Idle buckets are dropped past this many keys, oldest first, so memory stays bounded.
const maxBuckets = 50_000;

/** A limiter with `limit`. */
export function createRateLimiter(limit: RateLimit): RateLimiter {
	const buckets = new Map<string, Bucket>();
	const perMs = limit.perMinute / 60_000;

	function refilled(bucket: Bucket, now: number): number {
		return Math.min(limit.burst, bucket.tokens + (now - bucket.updatedAt) * perMs);
	}

	function take(key: string, now = Date.now()): RateDecision {
		if (limit.perMinute <= 0) return { allowed: true };

		const bucket = buckets.get(key);
		const tokens = bucket ? refilled(bucket, now) : limit.burst;
		// Re-inserting keeps the map in order of last use, so the oldest are pruned first.
		buckets.delete(key);

		if (tokens < 1) {
			buckets.set(key, { tokens, updatedAt: now });
			return { allowed: false, retryAfterSeconds: retryAfter(tokens) };
		}

		buckets.set(key, { tokens: tokens - 1, updatedAt: now });
		prune();
		return { allowed: true };
	}

	function peek(key: string, now = Date.now()): RateDecision {
		if (limit.perMinute <= 0) return { allowed: true };

		const bucket = buckets.get(key);
		const tokens = bucket ? refilled(bucket, now) : limit.burst;
		if (tokens >= 1) return { allowed: true };
		return { allowed: false, retryAfterSeconds: retryAfter(tokens) };
	}

	function retryAfter(tokens: number): number {
		return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
	}

	function prune() {
		if (buckets.size <= maxBuckets) return;

		for (const key of buckets.keys()) {
			buckets.delete(key);
			if (buckets.size <= maxBuckets) return;
		}
	}

	return { take, peek };
}
