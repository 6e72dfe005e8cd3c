/**
 * The 3D view and everything layered on it: the one WebGL canvas (rendered on demand), the
 * HTML labels of the exhibits, captions, the loading bar and the notice shown while the
 * graphics context is lost. It turns keys, drags, pinches and the wheel into movement.
 *
 * Only a change of hall re-renders the stage; captions, loading and the lost-context notice
 * each follow the store on their own. A re-render would hand the scene new event handlers and
 * the labels new refs, and either would draw a frame while nothing moves.
 */
import { Canvas, type RootState } from '@react-three/fiber';
import {
	memo,
	useCallback,
	useEffect,
	useRef,
	type KeyboardEvent,
	type PointerEvent,
	type ReactNode,
	type RefObject,
} from 'react';
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

export const HallStage = memo(function HallStage(props: Props) {
	const { view, t, store, director, controller, debug } = props;
	const hallIndex = useHall(store, (state) => state.hallIndex);
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
			<Captions store={store} t={t} />
			<LoadingBar store={store} t={t} />
			<ContextLostNotice store={store} t={t} />
		</div>
	);
});

interface OverlayProps {
	store: HallStore;
	t: Messages['hall3d'];
}

// Captions, and a note when the text was to be read aloud but the browser has no voice for it.
function Captions({ store, t }: OverlayProps) {
	const caption = useHall(store, (state) => state.caption);
	const noVoice = useHall(store, (state) => state.noVoice);
	if (!caption) return null;

	return (
		<div className="hall-captions">
			{noVoice && (
				<p className="hall-no-voice" data-no-voice>
					<span>{t.noVoice}</span>
				</p>
			)}
			<p className="hall-caption" lang={caption.lang}>
				<span>{caption.text}</span>
			</p>
		</div>
	);
}

function LoadingBar({ store, t }: OverlayProps) {
	const loading = useHall(store, (state) => state.loading);
	if (!loading) return null;

	return (
		<div className="hall-loading">
			<label>
				<span>{t.loadingAssets(loading.done, loading.total)}</span>
				<progress max={loading.total} value={loading.done} />
			</label>
		</div>
	);
}

function ContextLostNotice({ store, t }: OverlayProps) {
	const contextLost = useHall(store, (state) => state.contextLost);
	if (!contextLost) return null;

	return (
		<div className="hall-context-lost" role="alert">
			<p>{t.contextLost}</p>
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
						<FollowingLabel
							id={`${exhibit.slug}/name`}
							anchor={placement.labelAnchor}
							director={director}
							lang={exhibit.title.lang}
							onClick={() => controller.visit(hallIndex, placement.index)}
						>
							<span className="scene-label-number">{placement.index + 1}</span>
							{exhibit.title.text}
						</FollowingLabel>
						{failed?.picture && (
							<FollowingLabel
								id={`${exhibit.slug}/picture`}
								anchor={{ ...placement.picture.center, y: placement.picture.center.y + 0.15 }}
								director={director}
								placeholder="picture"
							>
								{t.picturePlaceholder}
							</FollowingLabel>
						)}
						{failed?.model && (
							<FollowingLabel
								id={`${exhibit.slug}/model`}
								anchor={top}
								director={director}
								placeholder="model"
							>
								{t.modelPlaceholder}
							</FollowingLabel>
						)}
					</div>
				);
			})}
			{next && (
				<FollowingLabel
					id="door/next"
					anchor={{ x: 0, y: DOOR_HEIGHT + 0.45, z: -layout.length / 2 }}
					director={director}
					door
					lang={next.title.lang}
					onClick={() => controller.enterHall(hallIndex + 1)}
				>
					{t.toHall(next.title.text)}
				</FollowingLabel>
			)}
			{previous && (
				<FollowingLabel
					id="door/previous"
					anchor={{ x: 0, y: DOOR_HEIGHT + 0.45, z: layout.length / 2 }}
					director={director}
					door
					lang={previous.title.lang}
					onClick={() => controller.enterHall(hallIndex - 1, 'farEnd')}
				>
					{t.toHall(previous.title.text)}
				</FollowingLabel>
			)}
		</div>
	);
}

/**
 * A label the frame loop keeps over its anchor. Its ref changes only with the anchor, so a
 * re-render neither hides the label nor asks for a frame.
 */
function FollowingLabel(props: {
	id: string;
	anchor: WorldPoint;
	director: Director;
	lang?: string;
	placeholder?: 'picture' | 'model';
	door?: boolean;
	onClick?: () => void;
	children: ReactNode;
}) {
	const { id, director, placeholder, door } = props;
	const { x, y, z } = props.anchor;
	const follow = useCallback(
		(element: HTMLElement | null) => {
			if (!element) {
				director.labels.delete(id);
				return;
			}
			element.style.visibility = 'hidden';
			director.labels.set(id, { element, anchor: { x, y, z } });
			director.invalidate();
		},
		[id, x, y, z, director],
	);
	const kind = placeholder ? ' scene-placeholder' : door ? ' scene-door' : '';

	return (
		<div
			className={`scene-label${kind}`}
			ref={follow}
			lang={props.lang}
			data-placeholder={placeholder}
			onClick={props.onClick}
		>
			{props.children}
		</div>
	);
}
