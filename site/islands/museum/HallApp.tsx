/**
 * The 3D hall: the scene with its controls, the story panel and a live region that tells
 * screen readers where the visitor has arrived. It starts at the hall or exhibit the page's
 * address asks for and hands Escape and closing back to the page.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { messages } from '../../../src/i18n/messages/index.ts';
import { hallLinkQuery } from '../../../src/museum/deep-link.ts';
import { lookFromDevice, lookWithDevice, worthRedrawing } from '../../../src/museum/orientation.ts';
import { textureCap } from '../../../src/museum/texture-budget.ts';
import type { MuseumView } from '../../../src/museum/view-data.ts';
import { createController, type AnimationPlayers } from './controller.ts';
import { createDirector } from './director.ts';
import { HallBar } from './HallBar.tsx';
import { ExhibitList, HallControls, Timeline } from './HallNavigation.tsx';
import { HallStage } from './HallStage.tsx';
import { createHallStore, initialHallState, useHall, type HallStore } from './store.ts';
import { StoryPanel } from './StoryPanel.tsx';
import type { Director } from './director.ts';
import { loadVoices } from './voices.ts';
import './hall.css';

export interface HallAppProps {
	view: MuseumView;
	/** Where to start: an exhibit's or a hall's slug, or the first hall. */
	start: { exhibit: string | null; hall: string | null };
	/** An audio context the entering tap started, or `null` (then the first tap starts one). */
	audioContext: AudioContext | null;
	soundOn: boolean;
	tourSpeed: number;
	debug: boolean;
	onClose: () => void;
	onFirstFrame: () => void;
	/** Receives the hall's Escape handling, for the dialog's cancel event. */
	escapeRef: { current: () => void };
}

const SOUND_KEY = 'boai.museum.sound';

export function HallApp(props: HallAppProps) {
	const { view } = props;
	const dictionary = messages(view.locale);
	const t = dictionary.hall3d;
	const animations = useRef<AnimationPlayers>(new Map()).current;
	const [setup] = useState(() => setUp(props, animations));
	const { store, director, controller, cap, startAt } = setup;
	// Animations follow the visitor's reduced-motion setting as it changes; the menu can override.
	const reducedMotion = useReducedMotion(controller.setAnimations);
	const audio = useRef<AudioContext | null>(props.audioContext);
	const lookAround = useLookAround(store, director);

	// Browsers load their voices lazily; asking now has them ready when narration starts.
	useEffect(() => loadVoices(), []);

	// A context the hall started itself is closed with it; the page's own one is the page's.
	useEffect(
		() => () => {
			if (audio.current && audio.current !== props.audioContext) void audio.current.close();
		},
		[props.audioContext],
	);

	useEffect(() => {
		controller.begin(startAt.hallIndex, startAt.exhibitIndex);
		props.escapeRef.current = controller.escape;
		return () => controller.dispose();
	}, [controller, startAt, props.escapeRef]);

	useEffect(
		() =>
			store.subscribe(() => {
				try {
					localStorage.setItem(SOUND_KEY, store.get().soundOn ? 'on' : 'off');
				} catch {
					// Private browsing may refuse storage; the setting then lasts for this visit.
				}
			}),
		[store],
	);

	// The first tap or key inside the hall starts the audio if the entering tap did not.
	const startAudio = useCallback(() => {
		const state = store.get();
		if (!state.soundOn) return;
		if (!audio.current && typeof AudioContext !== 'undefined') {
			audio.current = new AudioContext();
		}
		if (audio.current?.state === 'suspended') audio.current.resume().catch(() => undefined);
		if (audio.current && !state.audioReady) store.set({ audioReady: true });
	}, [store]);
	const barController = useMemo(
		() => ({
			...controller,
			setSound: (on: boolean) => {
				controller.setSound(on);
				if (on) startAudio();
			},
		}),
		[controller, startAudio],
	);

	return (
		<div
			className="hall-app"
			onPointerDownCapture={startAudio}
			onKeyDownCapture={(event) => {
				if (event.key === 'Escape') {
					event.preventDefault();
					controller.escape();
					return;
				}
				startAudio();
			}}
		>
			<HallBar
				view={view}
				t={t}
				museum={dictionary.museum}
				store={store}
				controller={barController}
				lookAround={lookAround}
				canVibrate={typeof navigator.vibrate === 'function'}
				onClose={props.onClose}
			/>
			<div className="hall-main">
				<HallStage
					view={view}
					t={t}
					store={store}
					director={director}
					controller={controller}
					animations={animations}
					cap={cap}
					audio={audio}
					reducedMotion={reducedMotion}
					debug={props.debug}
					onFirstFrame={props.onFirstFrame}
				/>
				<div className="hall-navigation">
					<HallControls
						view={view}
						t={t}
						museum={dictionary.museum}
						store={store}
						controller={controller}
					/>
					<ExhibitList
						view={view}
						t={t}
						museum={dictionary.museum}
						store={store}
						controller={controller}
					/>
					<Timeline
						view={view}
						t={t}
						museum={dictionary.museum}
						store={store}
						controller={controller}
					/>
				</div>
			</div>
			<StoryPanel
				view={view}
				t={t}
				museum={dictionary.museum}
				store={store}
				controller={controller}
				animations={animations}
			/>
			<Announcer store={store} />
		</div>
	);
}

// The live region, on its own so that an announcement re-renders nothing else.
function Announcer({ store }: { store: HallStore }) {
	const announcement = useHall(store, (state) => state.announcement);

	return (
		<p className="visually-hidden" role="status" data-hall-announcement>
			{announcement}
		</p>
	);
}

function setUp(props: HallAppProps, animations: AnimationPlayers) {
	const { view } = props;
	const t = messages(view.locale).hall3d;
	const startAt = findStart(view, props.start);
	const store: HallStore = createHallStore(
		initialHallState({
			hallIndex: startAt.hallIndex,
			soundOn: props.soundOn,
			audioReady: props.audioContext !== null && props.soundOn,
			reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
		}),
	);
	const portrait = window.innerHeight > window.innerWidth;
	const phone =
		matchMedia('(pointer: coarse)').matches && Math.min(screen.width, screen.height) <= 820;
	const director = createDirector(
		// Replaced by the controller below; the layout of the starting hall is all it needs.
		{ width: 1, length: 1, height: 1, entrance: startPose(), farEnd: startPose(), exhibits: [] },
		startPose(),
		portrait ? 70 : 60,
	);

	const controller = createController({
		view,
		t,
		store,
		director,
		animations,
		tourSpeed: props.tourSpeed,
		reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
		showAddress: (target) => {
			const query = hallLinkQuery(target, location.search);
			history.replaceState(history.state, '', `${location.pathname}${query}`);
		},
		close: props.onClose,
	});

	return { store, director, controller, cap: textureCap(phone), startAt };
}

function startPose() {
	return { position: { x: 0, y: 1.6, z: 0 }, yaw: 0, pitch: 0 };
}

function findStart(view: MuseumView, start: HallAppProps['start']) {
	if (start.exhibit) {
		for (const [hallIndex, hall] of view.halls.entries()) {
			const exhibitIndex = hall.exhibits.findIndex((exhibit) => exhibit.slug === start.exhibit);
			if (exhibitIndex >= 0) return { hallIndex, exhibitIndex };
		}
	}
	const hallIndex = start.hall ? view.halls.findIndex((hall) => hall.slug === start.hall) : -1;
	return { hallIndex: Math.max(0, hallIndex), exhibitIndex: null };
}

/**
 * Whether the visitor asks for reduced motion, kept current in a ref for the frame loop;
 * `onChange` hears whether motion is welcome whenever the setting changes.
 */
function useReducedMotion(onChange: (motion: boolean) => void) {
	const query = useMemo(() => matchMedia('(prefers-reduced-motion: reduce)'), []);
	const ref = useRef(query.matches);

	useEffect(() => {
		const update = () => {
			ref.current = query.matches;
			onChange(!query.matches);
		};
		query.addEventListener('change', update);
		return () => query.removeEventListener('change', update);
	}, [query, onChange]);

	return ref;
}

interface PermissionRequester {
	requestPermission?: () => Promise<'granted' | 'denied'>;
}

/** Looking around by moving the phone, after the visitor allows it (iOS asks from a tap). */
function useLookAround(store: HallStore, director: Director) {
	const listener = useRef<((event: DeviceOrientationEvent) => void) | null>(null);
	const available =
		typeof window.DeviceOrientationEvent !== 'undefined' && matchMedia('(pointer: coarse)').matches;

	function stop() {
		if (listener.current) window.removeEventListener('deviceorientation', listener.current);
		listener.current = null;
		director.device.yaw = 0;
		director.device.pitch = 0;
		director.invalidate();
		store.set({ lookAround: 'off' });
	}

	async function start() {
		const requester = window.DeviceOrientationEvent as unknown as PermissionRequester;
		if (typeof requester.requestPermission === 'function') {
			const answer = await requester.requestPermission().catch(() => 'denied' as const);
			if (answer !== 'granted') return store.set({ lookAround: 'denied' });
		}

		let reference: { yaw: number; pitch: number } | null = null;
		const still = { yaw: 0, pitch: 0 };
		listener.current = (event) => {
			if (event.alpha === null || event.beta === null || event.gamma === null) return;
			const look = lookFromDevice({ alpha: event.alpha, beta: event.beta, gamma: event.gamma });
			reference ??= look;
			const turned = lookWithDevice(still, reference, look);
			if (!worthRedrawing(director.device, turned)) return;
			director.device.yaw = turned.yaw;
			director.device.pitch = turned.pitch;
			director.invalidate();
		};
		window.addEventListener('deviceorientation', listener.current);
		store.set({ lookAround: 'on' });
	}

	useEffect(
		() => () => {
			if (listener.current) window.removeEventListener('deviceorientation', listener.current);
		},
		[],
	);

	return {
		available,
		toggle: () => (store.get().lookAround === 'on' ? stop() : void start()),
	};
}
