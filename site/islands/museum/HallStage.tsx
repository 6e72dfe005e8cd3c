/**
 * The 3D view and everything layered on it: the one WebGL canvas (rendered on demand), the
 * HTML labels of the exhibits, captions, the loading bar and the notice shown while the
 * graphics context is lost. It turns keys, drags, pinches and the wheel into movement.
 */
import { Canvas, type RootState } from '@react-three/fiber';
import { useEffect, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { Group } from 'three';

import type { Messages } from '../../../src/i18n/messages/index.ts';
import { DOOR_HEIGHT } from '../../../src/museum/hall-layout.ts';
import type { MuseumView } from '../../../src/museum/view-data.ts';
import { lookByDrag, zoomByPinch, zoomByWheel } from '../../../src/museum/walk.ts';
import type { WorldPoint } from '../../../src/museum/world.ts';
import { AmbientSound } from './AmbientSound.tsx';
import { CameraRig } from './CameraRig.tsx';
import type { AnimationPlayers, Controller } from './controller.ts';
import { installDebugHook } from './debug.ts';
import type { Director } from './director.ts';
import { HallContent } from './HallContent.tsx';
import { useHall, type HallStore } from './store.ts';

const MODEL_TURN_PER_PIXEL = 0.012;
const DPR: [number, number] = [1, 1.5];

interface Props {
	view: MuseumView;
	t: Messages['hall3d'];
	store: HallStore;
	director: Director;
	controller: Controller;
	animations: AnimationPlayers;
	cap: number;
	audio: RefObject<AudioContext | null>;
	reducedMotion: RefObject<boolean>;
	debug: boolean;
	onFirstFrame: () => void;
}

export function HallStage(props: Props) {
	const { view, t, store, director, controller, debug } = props;
	const hallIndex = useHall(store, (state) => state.hallIndex);
	const contextLost = useHall(store, (state) => state.contextLost);
	const loading = useHall(store, (state) => state.loading);
	const caption = useHall(store, (state) => state.caption);
	const stage = useRef<HTMLDivElement>(null);
	const turntables = useRef(new Map<string, Group>()).current;
	const pointers = useRef(new Map<number, { x: number; y: number }>()).current;
	const pinch = useRef(0);
	const hall = view.halls[hallIndex]!;
	const layout = controller.layouts[hallIndex]!;

	// The wheel zooms; it has to be a non-passive listener to keep the page from scrolling.
	useEffect(() => {
		const element = stage.current;
		if (!element) return;
		const onWheel = (event: WheelEvent) => {
			event.preventDefault();
			director.fov = zoomByWheel(director.fov, event.deltaY);
			director.invalidate();
		};
		element.addEventListener('wheel', onWheel, { passive: false });
		return () => element.removeEventListener('wheel', onWheel);
	}, [director]);

	function created(state: RootState) {
		const canvas = state.gl.domElement;
		canvas.addEventListener('webglcontextlost', () => store.set({ contextLost: true }));
		canvas.addEventListener('webglcontextrestored', () => {
			store.set({ contextLost: false });
			state.invalidate();
		});
		if (debug) installDebugHook(state, store, director, controller);
	}

	function onPointerDown(event: PointerEvent<HTMLDivElement>) {
		pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
		if (pointers.size === 2) pinch.current = pinchDistance();
	}

	function onPointerMove(event: PointerEvent<HTMLDivElement>) {
		const last = pointers.get(event.pointerId);
		if (!last) return;
		const dx = event.clientX - last.x;
		const dy = event.clientY - last.y;
		last.x = event.clientX;
		last.y = event.clientY;

		if (pointers.size >= 2) {
			const distance = pinchDistance();
			if (pinch.current > 0) director.fov = zoomByPinch(director.fov, distance / pinch.current);
			pinch.current = distance;
		} else if (director.grabbed && turntables.has(director.grabbed)) {
			turntables.get(director.grabbed)!.rotation.y += dx * MODEL_TURN_PER_PIXEL;
		} else {
			lookByDrag(director.pose, dx, dy);
		}
		director.invalidate();
	}

	function onPointerEnd(event: PointerEvent<HTMLDivElement>) {
		pointers.delete(event.pointerId);
		if (pointers.size < 2) pinch.current = 0;
		if (pointers.size === 0) director.grabbed = null;
	}

	function pinchDistance(): number {
		const [a, b] = [...pointers.values()];
		return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
	}

	function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
		if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) {
			return;
		}
		if (event.key === 'Enter') return controller.visitAhead();
		if (event.key === 'PageDown') return (event.preventDefault(), controller.next());
		if (event.key === 'PageUp') return (event.preventDefault(), controller.previous());

		const move = walkKey(event.code, event.key);
		if (!move) return;
		event.preventDefault();
		if (director.keys[move.axis] !== move.value) {
			controller.interruptTour();
			director.keys[move.axis] = move.value;
			director.invalidate();
		}
	}

	function onKeyUp(event: KeyboardEvent<HTMLDivElement>) {
		const move = walkKey(event.code, event.key);
		if (move && director.keys[move.axis] === move.value) director.keys[move.axis] = 0;
	}

	function stopWalking() {
		director.keys.forward = 0;
		director.keys.strafe = 0;
		director.keys.turn = 0;
	}

	return (
		<div
			ref={stage}
			className="hall-stage"
			role="application"
			aria-roledescription={t.dialogTitle}
			aria-label={t.stageLabel(hall.title.text)}
			tabIndex={0}
			onKeyDown={onKeyDown}
			onKeyUp={onKeyUp}
			onBlur={stopWalking}
			onPointerDown={onPointerDown}
			onPointerMove={onPointerMove}
			onPointerUp={onPointerEnd}
			onPointerCancel={onPointerEnd}
		>
			<Canvas
				frameloop="demand"
				dpr={DPR}
				flat
				gl={{ antialias: true, powerPreference: 'default' }}
				camera={{ fov: director.fov, near: 0.05, far: 120 }}
				onCreated={created}
				aria-hidden="true"
			>
				<hemisphereLight args={['#fffaf2', '#8a7868', 2.4]} />
				<directionalLight position={[1, 10, 3]} intensity={1.1} />
				<CameraRig
					director={director}
					reducedMotion={props.reducedMotion}
					onFirstFrame={props.onFirstFrame}
				/>
				<HallContent
					key={hall.slug}
					hall={hall}
					hallIndex={hallIndex}
					layout={layout}
					cap={props.cap}
					store={store}
					director={director}
					controller={controller}
					animations={props.animations}
					turntables={turntables}
				/>
				<AmbientSound halls={view.halls} store={store} director={director} audio={props.audio} />
			</Canvas>

			<SceneLabels {...props} hallIndex={hallIndex} />

			{caption && (
				<p className="hall-captions" lang={caption.lang}>
					<span>{caption.text}</span>
				</p>
			)}

			{loading && (
				<div className="hall-loading">
					<label>
						<span>{t.loadingAssets(loading.done, loading.total)}</span>
						<progress max={loading.total} value={loading.done} />
					</label>
				</div>
			)}

			{contextLost && (
				<div className="hall-context-lost" role="alert">
					<p>{t.contextLost}</p>
				</div>
			)}
		</div>
	);
}

const WALK_KEYS: Record<string, { axis: 'forward' | 'strafe' | 'turn'; value: number }> = {
	ArrowUp: { axis: 'forward', value: 1 },
	KeyW: { axis: 'forward', value: 1 },
	ArrowDown: { axis: 'forward', value: -1 },
	KeyS: { axis: 'forward', value: -1 },
	ArrowLeft: { axis: 'turn', value: 1 },
	ArrowRight: { axis: 'turn', value: -1 },
	KeyA: { axis: 'strafe', value: -1 },
	KeyD: { axis: 'strafe', value: 1 },
};

function walkKey(code: string, key: string) {
	return WALK_KEYS[code] ?? WALK_KEYS[key] ?? null;
}

// The names of the exhibits, the doorways and any placeholder, as HTML over the canvas.
function SceneLabels(props: Props & { hallIndex: number }) {
	const { view, t, store, director, controller, hallIndex } = props;
	const failures = useHall(store, (state) => state.failures);
	const hall = view.halls[hallIndex]!;
	const layout = controller.layouts[hallIndex]!;
	const previous = view.halls[hallIndex - 1];
	const next = view.halls[hallIndex + 1];

	const follow = (key: string, anchor: WorldPoint) => (element: HTMLElement | null) => {
		if (!element) {
			director.labels.delete(key);
			return;
		}
		element.style.visibility = 'hidden';
		director.labels.set(key, { element, anchor });
		director.invalidate();
	};

	return (
		<div className="hall-labels" aria-hidden="true">
			{layout.exhibits.map((placement) => {
				const exhibit = hall.exhibits[placement.index]!;
				const failed = failures[exhibit.slug];
				const top = placement.plinth
					? { ...placement.plinth.base, y: 1.25 }
					: placement.picture.center;
				return (
					<div key={`${hall.slug}/${exhibit.slug}`}>
						<div
							className="scene-label"
							ref={follow(`${exhibit.slug}/name`, placement.labelAnchor)}
							lang={exhibit.title.lang}
							onClick={() => controller.visit(hallIndex, placement.index)}
						>
							<span className="scene-label-number">{placement.index + 1}</span>
							{exhibit.title.text}
						</div>
						{failed?.picture && (
							<div
								className="scene-label scene-placeholder"
								data-placeholder="picture"
								ref={follow(`${exhibit.slug}/picture`, {
									...placement.picture.center,
									y: placement.picture.center.y + 0.15,
								})}
							>
								{t.picturePlaceholder}
							</div>
						)}
						{failed?.model && (
							<div
								className="scene-label scene-placeholder"
								data-placeholder="model"
								ref={follow(`${exhibit.slug}/model`, top)}
							>
								{t.modelPlaceholder}
							</div>
						)}
					</div>
				);
			})}
			{next && (
				<div
					className="scene-label scene-door"
					ref={follow('door/next', { x: 0, y: DOOR_HEIGHT + 0.45, z: -layout.length / 2 })}
					lang={next.title.lang}
					onClick={() => controller.enterHall(hallIndex + 1)}
				>
					{t.toHall(next.title.text)}
				</div>
			)}
			{previous && (
				<div
					className="scene-label scene-door"
					ref={follow('door/previous', { x: 0, y: DOOR_HEIGHT + 0.45, z: layout.length / 2 })}
					lang={previous.title.lang}
					onClick={() => controller.enterHall(hallIndex - 1, 'farEnd')}
				>
					{t.toHall(previous.title.text)}
				</div>
			)}
		</div>
	);
}
