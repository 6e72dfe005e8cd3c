/**
 * The 3D hall's shared state: which hall and exhibit the visitor is at, the tour, captions,
 * the visitor's settings and what went wrong. A small external store read by React through
 * `useSyncExternalStore`; the camera's pose is not in it (it changes every frame and lives
 * in the camera rig).
 */
import { useSyncExternalStore } from 'react';

import type { NarrationLang } from '../../../src/museum/captions.ts';
import { idleTour, type TourState } from '../../../src/museum/tour.ts';

export interface AssetFailures {
	picture: boolean;
	model: boolean;
}

export interface HallState {
	hallIndex: number;
	/** The exhibit the visitor went to (or is on the way to); `null` while walking freely. */
	exhibitIndex: number | null;
	/** The camera has reached `exhibitIndex`. */
	arrived: boolean;
	/** The exhibit highlighted by keyboard focus or the pointer. */
	highlightIndex: number | null;
	tour: TourState;
	caption: { text: string; lang: NarrationLang } | null;
	/** Narration started with the Listen button is playing. */
	listening: boolean;
	/** The narration was to be read aloud, but the browser has no voice for its language. */
	noVoice: boolean;
	soundOn: boolean;
	/** A tap has started the page's audio, so ambient sound can play. */
	audioReady: boolean;
	vibration: boolean;
	animations: boolean;
	panelOpen: boolean;
	lookAround: 'off' | 'on' | 'denied';
	contextLost: boolean;
	/** Loading the current hall's pictures and models; `null` when done. */
	loading: { done: number; total: number } | null;
	/** The hall whose pictures and models have all loaded or failed, by slug. */
	loadedHall: string | null;
	/** Pictures and models that failed to load, by exhibit slug. */
	failures: Record<string, AssetFailures>;
	/** Exhibits whose model has an animation, by slug. */
	animated: Record<string, boolean>;
	/** The latest message for screen readers. */
	announcement: string;
}

type Listener = () => void;

/** A store holding `HallState`. */
export interface HallStore {
	get(): HallState;
	set(patch: Partial<HallState> | ((state: HallState) => Partial<HallState>)): void;
	subscribe(listener: Listener): () => void;
}

/** A store starting from `initial`. */
export function createHallStore(initial: HallState): HallStore {
	let state = initial;
	const listeners = new Set<Listener>();

	return {
		get: () => state,
		set(patch) {
			const changes = typeof patch === 'function' ? patch(state) : patch;
			state = { ...state, ...changes };
			for (const listener of listeners) listener();
		},
		subscribe(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		},
	};
}

/** The first state of a visit. */
export function initialHallState(settings: {
	hallIndex: number;
	soundOn: boolean;
	audioReady: boolean;
	reducedMotion: boolean;
}): HallState {
	return {
		hallIndex: settings.hallIndex,
		exhibitIndex: null,
		arrived: false,
		highlightIndex: null,
		tour: idleTour,
		caption: null,
		listening: false,
		noVoice: false,
		soundOn: settings.soundOn,
		audioReady: settings.audioReady,
		vibration: true,
		animations: !settings.reducedMotion,
		panelOpen: true,
		lookAround: 'off',
		contextLost: false,
		loading: null,
		loadedHall: null,
		failures: {},
		animated: {},
		announcement: '',
	};
}

/** The part of the state `select` picks, re-rendering when it changes. */
export function useHall<T>(store: HallStore, select: (state: HallState) => T): T {
	return useSyncExternalStore(
		store.subscribe,
		() => select(store.get()),
		() => select(store.get()),
	);
}
