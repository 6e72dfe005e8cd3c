/**
 * Quiet ambient beds for the museum's halls, synthesised in code: filtered noise that swells
 * slowly, with an optional soft heartbeat, written as a small mono WAV that loops without a
 * seam. The same recipe always gives the same bytes.
 */
import { seededRandom } from '../places/seeded-random.ts';

/** What a hall's ambience is made of. */
export interface AmbienceRecipe {
	/** Seeds the noise, so each hall has its own and rebuilds give the same file. */
	seed: string;
	/** Noise above this frequency is filtered away: lower sounds deeper. */
	lowpassHz: number;
	/** One slow swell of loudness lasts this long; it must divide the loop's length. */
	swellSeconds: number;
	/** A soft double beat every this many seconds; it must divide the loop's length. */
	heartbeatSeconds?: number;
}

const SAMPLE_RATE = 8000;
const LOOP_SECONDS = 8;
const CROSSFADE_SECONDS = 0.5;
// Peak level: about -12 dBFS, a background visitors can talk over.
const PEAK = 0.25;

/** The ambience as the bytes of a 16-bit mono WAV file, LOOP_SECONDS long. */
export function synthesizeAmbience(recipe: AmbienceRecipe): Uint8Array {
	const length = SAMPLE_RATE * LOOP_SECONDS;
	for (const period of [recipe.swellSeconds, recipe.heartbeatSeconds ?? LOOP_SECONDS]) {
		if (!Number.isInteger(LOOP_SECONDS / period)) {
			throw new Error(
				`An ambience period of ${period} s does not divide the ${LOOP_SECONDS} s loop, so the loop would jump: choose a divisor of ${LOOP_SECONDS}.`,
			);
		}
	}

	const bed = seamlessNoise(recipe.seed, recipe.lowpassHz, length);
	const samples = bed.map((value, i) => {
		const t = i / SAMPLE_RATE;
		const swell = 0.7 + 0.3 * Math.sin((2 * Math.PI * t) / recipe.swellSeconds);
		const beat = recipe.heartbeatSeconds ? heartbeat(t % recipe.heartbeatSeconds) : 0;
		return value * swell * 0.6 + beat;
	});

	return wav(scaleToPeak(samples, PEAK));
}

// Low-passed white noise whose end fades into its beginning, so the loop has no click.
function seamlessNoise(seed: string, lowpassHz: number, length: number): Float64Array {
	const fade = Math.round(SAMPLE_RATE * CROSSFADE_SECONDS);
	const random = seededRandom(seed);
	const alpha = 1 - Math.exp((-2 * Math.PI * lowpassHz) / SAMPLE_RATE);
	const raw = new Float64Array(length + fade);
	let [first, second] = [0, 0];
	for (let i = 0; i < raw.length; i++) {
		first += alpha * (random.next() * 2 - 1 - first);
		second += alpha * (first - second);
		raw[i] = second;
	}

	const bed = raw.slice(0, length);
	for (let i = 0; i < fade; i++) {
		const angle = ((i / fade) * Math.PI) / 2;
		bed[i] = (raw[i] ?? 0) * Math.sin(angle) + (raw[length + i] ?? 0) * Math.cos(angle);
	}
	return scaleToPeak(bed, 1);
}

// "Lub-dub": two low thumps a quarter-second apart, each dying away in a tenth of a second.
function heartbeat(t: number): number {
	const thump = (start: number, level: number) => {
		const age = t - start;
		if (age < 0 || age > 0.4) return 0;
		return level * Math.sin(2 * Math.PI * 55 * age) * Math.exp(-age / 0.08);
	};
	return thump(0.1, 0.9) + thump(0.36, 0.6);
}

function scaleToPeak(samples: Float64Array, peak: number): Float64Array {
	const loudest = samples.reduce((max, value) => Math.max(max, Math.abs(value)), 0) || 1;
	return samples.map((value) => (value / loudest) * peak);
}

function wav(samples: Float64Array): Uint8Array {
	const bytes = new Uint8Array(44 + samples.length * 2);
	const view = new DataView(bytes.buffer);
	const ascii = (offset: number, text: string) => {
		for (let i = 0; i < text.length; i++) view.setUint8(offset + i, text.charCodeAt(i));
	};

	ascii(0, 'RIFF');
	view.setUint32(4, 36 + samples.length * 2, true);
	ascii(8, 'WAVEfmt ');
	view.setUint32(16, 16, true);
	view.setUint16(20, 1, true);
	view.setUint16(22, 1, true);
	view.setUint32(24, SAMPLE_RATE, true);
	view.setUint32(28, SAMPLE_RATE * 2, true);
	view.setUint16(32, 2, true);
	view.setUint16(34, 16, true);
	ascii(36, 'data');
	view.setUint32(40, samples.length * 2, true);
	samples.forEach((value, i) => view.setInt16(44 + i * 2, Math.round(value * 32767), true));
	return bytes;
}
