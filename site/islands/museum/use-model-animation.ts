/**
 * A loaded model's glTF animations, played on request — twice through, then the model comes
 * back to rest and the scene stops drawing frames (an idle view renders nothing). Stopping
 * puts the model back at rest at once.
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { AnimationMixer, LoopRepeat, type AnimationAction } from 'three';

import type { LoadedModel } from './assets.ts';

// The longest step the animation takes in one frame, in seconds. Time runs at its real pace
// on slow devices too; only a stall (a tab in the background) is not jumped across.
const MAX_STEP = 0.25;

interface Running {
	mixer: AnimationMixer;
	active: number;
	settle: boolean;
	/** When the animation last advanced (performance.now), or `null` before its first frame. */
	last: number | null;
}

/** Plays or stops a model's animation. */
export interface AnimationPlayer {
	play(): void;
	stop(): void;
}

/** The players of the models on show, by exhibit slug. */
export type AnimationPlayers = Map<string, AnimationPlayer>;

/** Registers a player for `model` under `slug` in `players` while the model is shown. */
export function useModelAnimation(
	slug: string,
	model: LoadedModel | null,
	players: AnimationPlayers,
	scene: { invalidate: () => void },
): void {
	const running = useRef<Running | null>(null);

	useEffect(() => {
		if (!model || model.animations.length === 0) return;

		const mixer = new AnimationMixer(model.scene);
		const actions: AnimationAction[] = model.animations.map((clip) => mixer.clipAction(clip));
		const state: Running = { mixer, active: 0, settle: false, last: null };
		running.current = state;
		mixer.addEventListener('finished', () => {
			state.active = Math.max(0, state.active - 1);
			state.settle = state.active === 0;
			scene.invalidate();
		});

		players.set(slug, {
			play() {
				for (const action of actions) {
					action.reset();
					action.setLoop(LoopRepeat, 2);
					action.play();
				}
				state.active = actions.length;
				state.last = null;
				scene.invalidate();
			},
			stop() {
				if (state.active === 0) return;
				// Stopping an action gives the model back the pose it had before it; one frame shows it.
				mixer.stopAllAction();
				state.active = 0;
				state.settle = true;
				scene.invalidate();
			},
		});

		return () => {
			players.delete(slug);
			mixer.stopAllAction();
			mixer.uncacheRoot(model.scene);
			running.current = null;
		};
	}, [model, players, slug, scene]);

	// The frame loop renders on demand, so the time since the last frame can span an idle
	// minute; the animation keeps its own clock instead.
	useFrame(() => {
		const state = running.current;
		if (!state) return;

		// Once the last action has finished, one more update puts the model back at rest.
		if (state.active === 0) {
			if (state.settle) state.mixer.update(0);
			state.settle = false;
			return;
		}
		const now = performance.now();
		const step = state.last === null ? 0 : Math.min((now - state.last) / 1000, MAX_STEP);
		state.last = now;
		state.mixer.update(step);
		scene.invalidate();
	});
}
