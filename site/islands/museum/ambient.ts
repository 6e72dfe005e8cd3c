/**
 * A hall's ambient sound, placed in the room: a quiet loop played through a Web Audio panner
 * so it grows louder towards where it comes from. It needs an `AudioContext` that a tap has
 * started; nothing here creates one.
 */
import {
	AudioContext as SharedAudioContext,
	AudioListener,
	Object3D,
	PositionalAudio,
	type Camera,
	type Scene,
} from 'three';

import type { WorldPoint } from '../../../src/museum/world.ts';

const VOLUME = 0.3;

export interface Ambient {
	/** Plays `url` in a loop from `position`, replacing what played before. */
	play(url: string, position: WorldPoint): void;
	stop(): void;
	setMuted(muted: boolean): void;
	dispose(): void;
}

/** Ambient sound heard by `camera` in `scene`, through `context`. */
export function createAmbient(context: AudioContext, camera: Camera, scene: Scene): Ambient {
	SharedAudioContext.setContext(context);
	const listener = new AudioListener();
	camera.add(listener);
	const speaker = new Object3D();
	speaker.name = 'ambient-speaker';
	scene.add(speaker);

	const buffers = new Map<string, Promise<AudioBuffer>>();
	let sound: PositionalAudio | null = null;
	let wanted: string | null = null;

	function load(url: string): Promise<AudioBuffer> {
		let buffer = buffers.get(url);
		if (!buffer) {
			buffer = fetch(url)
				.then((response) => {
					if (!response.ok) throw new Error(`${url} answered ${response.status}`);
					return response.arrayBuffer();
				})
				.then((bytes) => context.decodeAudioData(bytes));
			buffers.set(url, buffer);
		}
		return buffer;
	}

	function stop() {
		wanted = null;
		if (!sound) return;
		if (sound.isPlaying) sound.stop();
		sound.disconnect();
		speaker.remove(sound);
		sound = null;
	}

	return {
		play(url, position) {
			stop();
			wanted = url;
			speaker.position.set(position.x, position.y, position.z);
			speaker.updateMatrixWorld();

			load(url)
				.then((buffer) => {
					if (wanted !== url) return;
					const next = new PositionalAudio(listener);
					next.setBuffer(buffer);
					next.setLoop(true);
					next.setRefDistance(4);
					next.setRolloffFactor(0.7);
					next.setVolume(VOLUME);
					speaker.add(next);
					sound = next;
					next.play();
				})
				// A hall without its sound is still a hall: the text describes the sound.
				.catch(() => undefined);
		},
		stop,
		setMuted(muted) {
			listener.setMasterVolume(muted ? 0 : 1);
		},
		dispose() {
			stop();
			camera.remove(listener);
			scene.remove(speaker);
			buffers.clear();
		},
	};
}
