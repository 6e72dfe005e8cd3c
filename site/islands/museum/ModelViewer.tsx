/**
 * The exhibit page's model viewer: one model on a turntable you can turn by dragging, with
 * the arrow keys or the buttons, and zoom with the wheel, a pinch or the + and − keys. It
 * renders on demand like the hall, and says so plainly when the model cannot be loaded.
 * Focus moves into the viewer as soon as it appears, so that the keys work at once.
 */
import { Canvas, useThree, type RootState } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

import type { Messages } from '../../../src/i18n/messages/index.ts';
import {
	distanceLimits,
	framingOrbit,
	orbitPosition,
	turnOrbit,
	zoomOrbit,
	type Orbit,
} from '../../../src/museum/orbit.ts';
import { LOOK_PER_PIXEL } from '../../../src/museum/walk.ts';
import { disposeModel, loadModel, warnModelFailed, type LoadedModel } from './assets.ts';
import './model-viewer.css';
import { useModelAnimation, type AnimationPlayers } from './use-model-animation.ts';

const FOV = 40;
const KEY_TURN = Math.PI / 12;
const KEY_ZOOM = 0.85;

export interface ModelViewerProps {
	url: string;
	title: string;
	t: Messages['hall3d'];
	cap: number;
}

export function ModelViewer({ url, title, t, cap }: ModelViewerProps) {
	const [model, setModel] = useState<LoadedModel | 'failed' | null>(null);
	const [orbit, setOrbit] = useState<Orbit | null>(null);
	const [contextLost, setContextLost] = useState(false);
	const players = useRef<AnimationPlayers>(new Map()).current;
	const pointers = useRef(new Map<number, { x: number; y: number }>()).current;
	const pinch = useRef(0);
	const stage = useRef<HTMLDivElement>(null);
	const failure = useRef<HTMLParagraphElement>(null);
	const framed = useMemo(
		() => (model && model !== 'failed' ? framingOrbit(model.size, FOV) : null),
		[model],
	);
	const limits = framed ? distanceLimits(framed.distance) : { min: 0.1, max: 10 };
	const limitsRef = useRef(limits);
	limitsRef.current = limits;

	useEffect(() => {
		let gone = false;
		let loaded: LoadedModel | null = null;
		loadModel(url, cap)
			.then((result) => {
				if (gone) return disposeModel(result);
				loaded = result;
				setModel(result);
			})
			.catch((error: unknown) => {
				if (gone) return;
				warnModelFailed(title || url, error);
				setModel('failed');
			});
		return () => {
			gone = true;
			if (loaded) disposeModel(loaded);
		};
	}, [url, cap, title]);

	useEffect(() => {
		if (framed) setOrbit(framed);
	}, [framed]);

	// The button that opened the viewer is gone, so focus would fall back to the page: it goes
	// to the viewer (or to what went wrong), unless the visitor has moved on meanwhile.
	useEffect(() => {
		if (model !== null && model !== 'failed') return;

		const target = model === 'failed' ? failure.current : stage.current;
		const active = document.activeElement;
		const lost = !active || active === document.body;
		const inside = target?.closest('[data-model-viewer]')?.contains(active) ?? false;
		if (target && (lost || inside)) target.focus();
	}, [model]);

	// The wheel zooms; a non-passive listener keeps the page from scrolling meanwhile.
	useEffect(() => {
		const element = stage.current;
		if (!element) return;
		const onWheel = (event: WheelEvent) => {
			event.preventDefault();
			const factor = Math.exp(event.deltaY * 0.001);
			setOrbit((current) => (current ? zoomOrbit(current, factor, limitsRef.current) : current));
		};
		element.addEventListener('wheel', onWheel, { passive: false });
		return () => element.removeEventListener('wheel', onWheel);
	}, [model]);

	function turn(dYaw: number, dPitch: number) {
		setOrbit((current) => (current ? turnOrbit(current, dYaw, dPitch) : current));
	}

	function zoom(factor: number) {
		setOrbit((current) => (current ? zoomOrbit(current, factor, limits) : current));
	}

	function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
		const actions: Record<string, () => void> = {
			ArrowLeft: () => turn(-KEY_TURN, 0),
			ArrowRight: () => turn(KEY_TURN, 0),
			ArrowUp: () => turn(0, KEY_TURN),
			ArrowDown: () => turn(0, -KEY_TURN),
			'+': () => zoom(KEY_ZOOM),
			'=': () => zoom(KEY_ZOOM),
			'-': () => zoom(1 / KEY_ZOOM),
			Home: () => framed && setOrbit(framed),
		};
		const action = actions[event.key];
		if (!action) return;
		event.preventDefault();
		action();
	}

	function onPointerMove(event: PointerEvent<HTMLDivElement>) {
		const last = pointers.get(event.pointerId);
		if (!last) return;
		const dx = event.clientX - last.x;
		const dy = event.clientY - last.y;
		last.x = event.clientX;
		last.y = event.clientY;

		if (pointers.size >= 2) {
			const [a, b] = [...pointers.values()];
			const distance = a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
			if (pinch.current > 0 && distance > 0) zoom(pinch.current / distance);
			pinch.current = distance;
			return;
		}
		turn(-dx * LOOK_PER_PIXEL * 1.5, dy * LOOK_PER_PIXEL * 1.5);
	}

	if (model === 'failed') {
		return (
			<p className="model-viewer-failed" role="alert" tabIndex={-1} ref={failure}>
				{t.modelFailed}
			</p>
		);
	}

	const loaded = model && orbit ? model : null;

	return (
		<div className="model-viewer">
			<div
				ref={stage}
				className="model-viewer-stage"
				role="application"
				aria-label={t.modelViewerLabel(title)}
				tabIndex={0}
				onKeyDown={onKeyDown}
				onPointerDown={(event) => {
					pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
					pinch.current = 0;
				}}
				onPointerMove={onPointerMove}
				onPointerUp={(event) => pointers.delete(event.pointerId)}
				onPointerCancel={(event) => pointers.delete(event.pointerId)}
			>
				<Canvas
					frameloop="demand"
					dpr={[1, 1.5]}
					flat
					camera={{ fov: FOV, near: 0.01, far: 100 }}
					onCreated={(state: RootState) => {
						const canvas = state.gl.domElement;
						canvas.addEventListener('webglcontextlost', () => setContextLost(true));
						canvas.addEventListener('webglcontextrestored', () => {
							setContextLost(false);
							state.invalidate();
						});
					}}
					aria-hidden="true"
				>
					<color attach="background" args={['#efe8de']} />
					<hemisphereLight args={['#fffaf2', '#7d6b5a', 1.8]} />
					<directionalLight position={[2, 4, 3]} intensity={1.6} />
					{loaded && orbit && <Turntable model={loaded} orbit={orbit} players={players} />}
				</Canvas>
				{!loaded && (
					<p className="model-viewer-loading">
						<span>{t.modelLoading}</span>
						<progress />
					</p>
				)}
				{contextLost && (
					<p className="model-viewer-lost" role="alert">
						{t.contextLost}
					</p>
				)}
			</div>
			<div className="model-viewer-buttons">
				<button type="button" onClick={() => turn(-KEY_TURN, 0)} aria-label={t.turnLeft}>
					⟲
				</button>
				<button type="button" onClick={() => turn(KEY_TURN, 0)} aria-label={t.turnRight}>
					⟳
				</button>
				<button type="button" onClick={() => zoom(KEY_ZOOM)}>
					{t.zoomIn}
				</button>
				<button type="button" onClick={() => zoom(1 / KEY_ZOOM)}>
					{t.zoomOut}
				</button>
				<button type="button" onClick={() => framed && setOrbit(framed)}>
					{t.resetView}
				</button>
				{loaded && loaded.animations.length > 0 && (
					<button type="button" onClick={() => players.get('viewer')?.play()}>
						{t.playAnimation}
					</button>
				)}
			</div>
		</div>
	);
}

function Turntable(props: { model: LoadedModel; orbit: Orbit; players: AnimationPlayers }) {
	const { model, orbit, players } = props;
	const camera = useThree((state) => state.camera);
	const invalidate = useThree((state) => state.invalidate);
	const scene = useMemo(() => ({ invalidate: () => invalidate() }), [invalidate]);
	const centre = useMemo(() => ({ x: 0, y: model.size.y / 2, z: 0 }), [model]);

	useModelAnimation('viewer', model, players, scene);

	useEffect(() => {
		const position = orbitPosition(centre, orbit);
		camera.position.set(position.x, position.y, position.z);
		camera.lookAt(centre.x, centre.y, centre.z);
		invalidate();
	}, [camera, centre, orbit, invalidate]);

	useEffect(() => {
		const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
		if (!reduced) players.get('viewer')?.play();
	}, [players]);

	return (
		<primitive
			object={model.scene}
			position={[-model.bottomCentre.x, -model.bottomCentre.y, -model.bottomCentre.z]}
		/>
	);
}
