/**
 * Plays the ambient sound of the hall on show from its far end, once a tap has started the
 * page's audio, and silences it with the mute control.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useState, type RefObject } from 'react';

import type { ViewHall } from '../../../src/museum/view-data.ts';
import { createAmbient, type Ambient } from './ambient.ts';
import type { Director } from './director.ts';
import { useHall, type HallStore } from './store.ts';

interface Props {
	halls: ViewHall[];
	store: HallStore;
	director: Director;
	audio: RefObject<AudioContext | null>;
}

export function AmbientSound({ halls, store, director, audio }: Props) {
	const camera = useThree((state) => state.camera);
	const scene = useThree((state) => state.scene);
	const ready = useHall(store, (state) => state.audioReady);
	const soundOn = useHall(store, (state) => state.soundOn);
	const hallIndex = useHall(store, (state) => state.hallIndex);
	const [ambient, setAmbient] = useState<Ambient | null>(null);

	useEffect(() => {
		const context = audio.current;
		if (!ready || !context) return;

		const created = createAmbient(context, camera, scene);
		setAmbient(created);
		return () => {
			created.dispose();
			setAmbient(null);
		};
	}, [ready, audio, camera, scene]);

	useEffect(() => {
		const hall = halls[hallIndex];
		if (!ambient || !hall?.ambient) return;

		const { length, height } = director.layout;
		ambient.play(hall.ambient.url, { x: 0, y: height - 1, z: -length / 2 + 1 });
		return () => ambient.stop();
	}, [ambient, halls, hallIndex, director]);

	useEffect(() => ambient?.setMuted(!soundOn), [ambient, soundOn]);

	return null;
}
