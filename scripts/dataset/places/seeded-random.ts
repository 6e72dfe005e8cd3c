/**
 * A small seeded pseudo-random generator (mulberry32), so that the sample data comes out
 * the same on every build: the dataset is committed and its diffs must stay readable.
 */

/** A repeatable source of numbers in [0, 1) with a few helpers on top. */
export interface SeededRandom {
	next(): number;
	between(min: number, max: number): number;
	integer(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	chance(probability: number): boolean;
}

/** A generator whose sequence depends only on `seed`. */
export function seededRandom(seed: string): SeededRandom {
	let state = hashSeed(seed);

	function next(): number {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	}

	function pick<T>(items: readonly T[]): T {
		if (items.length === 0) throw new Error('Cannot pick from an empty list.');

		return items[Math.floor(next() * items.length)] as T;
	}

	return {
		next,
		between: (min, max) => min + next() * (max - min),
		integer: (min, max) => min + Math.floor(next() * (max - min + 1)),
		pick,
		chance: (probability) => next() < probability,
	};
}

// FNV-1a: spreads similar seeds ('site-1', 'site-2') to unrelated starting states.
function hashSeed(seed: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) {
		hash ^= seed.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}
