/**
 * Random bytes for the ids made on every check-in (the check-in's own, and a certificate's in
 * case it completes the route), cut from a pool refilled a few kilobytes at a time, as
 * `randomUUID` does for its own ids: one call into the system's generator per id cost more
 * than making the id.
 */
import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(4096);
let used = pool.length;

/** `length` (at most 4096) fresh random bytes: a view of the pool, to be read at once. */
export function pooledRandomBytes(length: number): Buffer {
	if (used + length > pool.length) {
		randomFillSync(pool);
		used = 0;
	}
	used += length;
	return pool.subarray(used - length, used);
}
