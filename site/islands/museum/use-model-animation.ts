/**
 * A loaded model's glTF animations, played on request — twice through, then the model comes
 * back to rest and the scene stops drawing frames (an idle view renders nothing).
 */
import { useFrame } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { AnimationMixer, LoopRepeat, type AnimationAction } from 'three';

import type { LoadedModel } from './assets.ts';

/** Plays a loaded model's animation, by exhibit slug. */
export type AnimationPlayers = Map<string, () => void>;

/** Registers a player for `model` under `slug` in `players` while the model is shown. */
export function useModelAnimation(
	slug: string,
	model: LoadedModel | null,
	players: AnimationPlayers,
	scene: { invalidate: () => void },
): void {
	const running = useRef<{ mixer: AnimationMixer; active: number; settle: boolean } | null>(null);

	useEffect(() => {
		if (!model || model.animations.length === 0) return;

		const mixer = new AnimationMixer(model.scene);
		const actions: AnimationAction[] = model.animations.map((clip) => mixer.clipAction(clip));
		const state = { mixer, active: 0, settle: false };
		running.current = state;
		mixer.addEventListener('finished', () => {
			state.active = Math.max(0, state.active - 1);
			state.settle = state.active === 0;
			scene.invalidate();
		});

		players.set(slug, () => {
			for (const action of actions) {
				action.reset();
				action.setLoop(LoopRepeat, 2);
				action.play();
			}
			state.active = actions.length;
			scene.invalidate();
		});

		return () => {
			players.delete(slug);
			mixer.stopAllAction();
			mixer.uncacheRoot(model.scene);
			running.current = null;
		};
	}, [model, players, slug, scene]);

	useFrame((_, delta) => {
		const state = running.current;
		if (!state) return;

		// Once the last action has finished, one more update puts the model back at rest.
		if (state.active === 0) {
			if (state.settle) state.mixer.update(0);
			state.settle = false;
			return;
		}
		state.mixer.update(Math.min(delta, 1 / 20));
		scene.invalidate();
	});
}
