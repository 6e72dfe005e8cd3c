/**
 * What the 3D hall's controls do: going to an exhibit or a hall, stepping back, the guided
 * tour, narration, sound and the visitor's settings. Buttons, keys, the timeline and the
 * tour all go through here, so they behave the same; the camera moves through the director
 * and everything the page shows comes from the store.
 */
import type { Messages } from '../../../src/i18n/messages/index.ts';
import { layoutHall, type HallLayout } from '../../../src/museum/hall-layout.ts';
import {
	currentStep,
	tourReducer,
	tourSteps,
	type TourEvent,
	type TourState,
} from '../../../src/museum/tour.ts';
import { planExhibits, type MuseumView, type ViewExhibit } from '../../../src/museum/view-data.ts';
import { EYE_HEIGHT, poseLookingAt, shortestTurn, yawToward } from '../../../src/museum/world.ts';
import type { Director } from './director.ts';
import { createNarrator } from './narrator.ts';
import type { HallStore } from './store.ts';
import type { AnimationPlayers } from './use-model-animation.ts';

const LINGER_MS = 1500;
const AHEAD_ANGLE = (35 * Math.PI) / 180;
const AHEAD_RANGE = 9;

export type { AnimationPlayers };

export interface ControllerOptions {
	view: MuseumView;
	t: Messages['hall3d'];
	store: HallStore;
	director: Director;
	animations: AnimationPlayers;
	/** Captions and tour pauses run this many times faster (tests); 1 normally. */
	tourSpeed: number;
	reducedMotion: () => boolean;
	/** Shows the exhibit (or the hall) the visitor is at in the address bar. */
	showAddress: (target: { exhibit?: string; hall?: string }) => void;
	close: () => void;
}

export type Controller = ReturnType<typeof createController>;

/** The hall's controls, acting on `options.store` and `options.director`. */
export function createController(options: ControllerOptions) {
	const { view, t, store, director, animations, tourSpeed } = options;
	const layouts: HallLayout[] = view.halls.map((hall) => layoutHall(planExhibits(hall)));
	let narrationOwner: 'tour' | 'listen' | null = null;
	let lingerTimer: ReturnType<typeof setTimeout> | undefined;
	let lastAnnouncement = '';

	const narrator = createNarrator({
		onCaption: (caption) => store.set({ caption }),
		onEnd: () => {
			if (narrationOwner === 'tour') return dispatchTour({ type: 'narrated' });
			narrationOwner = null;
			store.set({ listening: false });
		},
		onNoVoice: () => store.set({ noVoice: true }),
	});

	function announce(text: string) {
		// A repeated message is changed slightly so that screen readers read it again.
		const message = text === lastAnnouncement ? `${text}\u00a0` : text;
		lastAnnouncement = message;
		store.set({ announcement: message });
	}

	function exhibitAt(hallIndex: number, exhibitIndex: number): ViewExhibit | undefined {
		return view.halls[hallIndex]?.exhibits[exhibitIndex];
	}

	function showHall(hallIndex: number) {
		director.layout = layouts[hallIndex]!;
		director.doors = { previous: hallIndex > 0, next: hallIndex < view.halls.length - 1 };
	}

	function announceHall(hallIndex: number) {
		const hall = view.halls[hallIndex]!;
		options.showAddress({ hall: hall.slug });
		announce(t.arrivedHall(hall.title.text, hall.exhibits.length));
	}

	// --- Going places ------------------------------------------------------------------

	function visit(hallIndex: number, exhibitIndex: number, by: 'visitor' | 'tour' = 'visitor') {
		const placement = layouts[hallIndex]?.exhibits[exhibitIndex];
		if (!placement) return;

		if (by === 'visitor') interruptTour();
		if (narrationOwner === 'listen') stopListening();

		const sameHall = hallIndex === store.get().hallIndex;
		showHall(hallIndex);
		store.set({ hallIndex, exhibitIndex, arrived: false });
		director.visiting = null;
		const onArrive = () => arrived(hallIndex, exhibitIndex);
		if (sameHall) director.flyTo(placement.viewpoint, onArrive);
		else director.cutTo(placement.viewpoint, onArrive);
	}

	function arrived(hallIndex: number, exhibitIndex: number) {
		const state = store.get();
		if (state.hallIndex !== hallIndex || state.exhibitIndex !== exhibitIndex) return;

		const exhibit = exhibitAt(hallIndex, exhibitIndex)!;
		const count = view.halls[hallIndex]!.exhibits.length;
		director.visiting = layouts[hallIndex]!.exhibits[exhibitIndex]!.viewpoint;
		store.set({ arrived: true });
		options.showAddress({ exhibit: exhibit.slug });

		const step = currentStep(state.tour);
		const onTour = step?.slug === exhibit.slug && 'stepIndex' in state.tour;
		const text = t.exhibitAnnouncement(
			exhibitIndex + 1,
			count,
			exhibit.title.text,
			exhibit.era.text,
		);
		announce(
			onTour && 'stepIndex' in state.tour
				? t.tourStepAnnouncement(state.tour.stepIndex + 1, state.tour.steps.length, text)
				: text,
		);

		if (state.vibration && typeof navigator.vibrate === 'function') navigator.vibrate(30);
		if (state.animations && !options.reducedMotion()) animations.get(exhibit.slug)?.play();
		if (onTour) dispatchTour({ type: 'arrived' });
	}

	function enterHall(hallIndex: number, via: 'entrance' | 'farEnd' = 'entrance') {
		if (!view.halls[hallIndex]) return;

		interruptTour();
		if (narrationOwner === 'listen') stopListening();
		showHall(hallIndex);
		store.set({ hallIndex, exhibitIndex: null, arrived: false, highlightIndex: null });
		director.visiting = null;
		director.cutTo(layouts[hallIndex]![via], () => announceHall(hallIndex));
	}

	/** Puts the visitor at an exhibit, or at a hall's entrance, without flying there. */
	function begin(hallIndex: number, exhibitIndex: number | null) {
		showHall(hallIndex);
		store.set({ hallIndex, exhibitIndex, arrived: false });
		const placement = exhibitIndex === null ? null : layouts[hallIndex]!.exhibits[exhibitIndex];
		if (placement && exhibitIndex !== null) {
			director.cutTo(placement.viewpoint, () => arrived(hallIndex, exhibitIndex));
		} else {
			director.cutTo(layouts[hallIndex]!.entrance, () => announceHall(hallIndex));
		}
	}

	/** The next exhibit, across halls; from a hall's entrance, its first exhibit. */
	function next() {
		const target = neighbour(1);
		if (target) visit(target.hallIndex, target.exhibitIndex);
	}

	/** The previous exhibit, across halls. */
	function previous() {
		const target = neighbour(-1);
		if (target) visit(target.hallIndex, target.exhibitIndex);
	}

	/** The exhibit `direction` (1 or −1) away from where the visitor is, or `null`. */
	function neighbour(direction: 1 | -1): { hallIndex: number; exhibitIndex: number } | null {
		const { hallIndex, exhibitIndex } = store.get();
		const order = view.halls.flatMap((hall, h) => hall.exhibits.map((_, e) => ({ h, e })));
		const here = order.findIndex((entry) => entry.h === hallIndex && entry.e === exhibitIndex);

		if (here >= 0) {
			const there = order[here + direction];
			return there ? { hallIndex: there.h, exhibitIndex: there.e } : null;
		}

		// At a hall's entrance: forward is its first exhibit, back is the last one before it.
		const candidates =
			direction === 1
				? order.filter((entry) => entry.h >= hallIndex)
				: order.filter((entry) => entry.h < hallIndex);
		const there = direction === 1 ? candidates[0] : candidates.at(-1);
		return there ? { hallIndex: there.h, exhibitIndex: there.e } : null;
	}

	/** Steps back from the exhibit into the aisle; false when not at an exhibit. */
	function stepBack(): boolean {
		const { exhibitIndex, hallIndex } = store.get();
		if (exhibitIndex === null) return false;

		interruptTour();
		if (narrationOwner === 'listen') stopListening();
		const placement = layouts[hallIndex]!.exhibits[exhibitIndex]!;
		const eye = { x: 0, y: EYE_HEIGHT, z: placement.viewpoint.position.z + 1.5 };
		store.set({ exhibitIndex: null, arrived: false });
		director.visiting = null;
		director.flyTo(poseLookingAt(eye, { ...placement.focus, y: EYE_HEIGHT }), () =>
			announceHall(hallIndex),
		);
		return true;
	}

	/** Escape: step back from an exhibit, or leave the 3D hall. */
	function escape() {
		if (!stepBack()) options.close();
	}

	/** Goes to the exhibit the visitor faces, if one is near enough in front. */
	function visitAhead() {
		const { hallIndex } = store.get();
		const pose = director.pose;
		let best = -1;
		let bestDistance = Infinity;

		layouts[hallIndex]!.exhibits.forEach((placement, index) => {
			const metres = Math.hypot(
				placement.focus.x - pose.position.x,
				placement.focus.z - pose.position.z,
			);
			const turn = Math.abs(shortestTurn(pose.yaw, yawToward(pose.position, placement.focus)));
			if (turn < AHEAD_ANGLE && metres < AHEAD_RANGE && metres < bestDistance) {
				best = index;
				bestDistance = metres;
			}
		});

		if (best >= 0) visit(hallIndex, best);
		else announce(t.nothingAhead);
	}

	director.onWalkedAway = () => {
		if (store.get().exhibitIndex === null) return;
		if (narrationOwner === 'listen') stopListening();
		store.set({ exhibitIndex: null, arrived: false });
	};

	director.onDoorway = (door) => {
		const { hallIndex } = store.get();
		if (door === 'next') enterHall(hallIndex + 1, 'entrance');
		else enterHall(hallIndex - 1, 'farEnd');
	};

	// --- The guided tour ---------------------------------------------------------------

	function dispatchTour(event: TourEvent) {
		const before = store.get().tour;
		const after = tourReducer(before, event);
		if (after === before) return;

		store.set({ tour: after });
		followTour(before, after);
	}

	// Does what the tour's new state asks: move the camera, narrate, linger, or stop.
	function followTour(before: TourState, after: TourState) {
		clearTimeout(lingerTimer);

		if (after.status === 'idle' || after.status === 'finished') {
			if (narrationOwner === 'tour') narrator.stop();
			narrationOwner = null;
			if (after.status === 'finished') announce(t.tourFinished);
			return;
		}

		if (after.status === 'paused') {
			if (narrationOwner === 'tour') narrator.pause();
			return;
		}

		const step = after.steps[after.stepIndex]!;
		const sameStep =
			'stepIndex' in before && before.stepIndex === after.stepIndex && before.phase === after.phase;

		if (after.phase === 'travelling' && !(sameStep && before.status === 'running')) {
			if (narrationOwner === 'tour') narrator.stop();
			narrationOwner = null;
			visit(step.hallIndex, step.exhibitIndex, 'tour');
		} else if (after.phase === 'narrating') {
			if (narrationOwner === 'tour' && narrator.mode() !== 'idle') return narrator.resume();

			narrate(exhibitAt(step.hallIndex, step.exhibitIndex)!, 'tour');
		} else if (after.phase === 'lingering') {
			lingerTimer = setTimeout(() => dispatchTour({ type: 'lingered' }), LINGER_MS / tourSpeed);
		}
	}

	/** Starts the guided tour; call it from the visitor's tap, which lets narration sound later. */
	function startTour() {
		narrator.unlock();
		if (narrationOwner === 'listen') stopListening();
		announce(t.tourStarted);
		dispatchTour({ type: 'start', steps: tourSteps(view.halls, store.get().hallIndex) });
	}

	function pauseTour() {
		if (store.get().tour.status !== 'running') return;
		dispatchTour({ type: 'pause' });
		announce(t.tourPaused);
	}

	function resumeTour() {
		narrator.unlock();
		const state = store.get();
		const step = currentStep(state.tour);
		if (state.tour.status !== 'paused' || !step) return;

		const atStop =
			state.arrived &&
			state.hallIndex === step.hallIndex &&
			state.exhibitIndex === step.exhibitIndex;
		announce(t.tourResumed);
		dispatchTour({ type: 'resume', atStop });
	}

	function stopTour() {
		dispatchTour({ type: 'stop' });
	}

	/** A visitor's own move pauses a running tour. */
	function interruptTour() {
		if (store.get().tour.status === 'running') pauseTour();
	}

	// --- Narration and sound -----------------------------------------------------------

	/** Narrates the exhibit the visitor is at; call it from the visitor's tap. */
	function listen() {
		const { hallIndex, exhibitIndex } = store.get();
		const exhibit = exhibitIndex === null ? undefined : exhibitAt(hallIndex, exhibitIndex);
		if (!exhibit) return;

		narrator.unlock();
		interruptTour();
		store.set({ listening: true });
		narrate(exhibit, 'listen');
	}

	function narrate(exhibit: ViewExhibit, owner: 'tour' | 'listen') {
		narrationOwner = owner;
		store.set({ noVoice: false });
		narrator.play(
			{
				text: exhibit.narration.text.text,
				lang: exhibit.narration.text.lang,
				audioUrl: exhibit.narration.url,
			},
			{ muted: !store.get().soundOn, speed: tourSpeed },
		);
	}

	function stopListening() {
		if (narrationOwner === 'listen') narrator.stop();
		narrationOwner = null;
		store.set({ listening: false });
	}

	function setSound(on: boolean) {
		store.set({ soundOn: on });
		narrator.setMuted(!on);
	}

	/** A model's animation is ready: it plays if the visitor already stands at its exhibit. */
	function animationReady(slug: string) {
		const state = store.get();
		const exhibit =
			state.exhibitIndex === null ? undefined : exhibitAt(state.hallIndex, state.exhibitIndex);
		if (exhibit?.slug !== slug || !state.arrived) return;
		if (state.animations && !options.reducedMotion()) animations.get(slug)?.play();
	}

	/** Switches the models' animations on or off; off also stops those playing now. */
	function setAnimations(on: boolean) {
		store.set({ animations: on });
		if (!on) for (const player of animations.values()) player.stop();
	}

	function dispose() {
		clearTimeout(lingerTimer);
		narrator.stop();
	}

	showHall(store.get().hallIndex);

	return {
		layouts,
		begin,
		visit,
		enterHall,
		next,
		previous,
		neighbour,
		stepBack,
		escape,
		visitAhead,
		startTour,
		pauseTour,
		resumeTour,
		stopTour,
		interruptTour,
		listen,
		stopListening,
		setSound,
		setAnimations,
		animationReady,
		dispose,
	};
}
