/**
 * The camera's shared, mutable state, handed between the page's controls and the frame loop
 * without going through React: where the visitor stands, what the keys ask, where the camera
 * is asked to go next, and where the scene's HTML labels are anchored. The frame loop reads
 * and writes it every frame without allocating.
 */
import type { HallLayout } from '../../../src/museum/hall-layout.ts';
import type { LookAngles } from '../../../src/museum/orientation.ts';
import type { WalkInput } from '../../../src/museum/walk.ts';
import { copyPose, type Pose, type WorldPoint } from '../../../src/museum/world.ts';

/** A request for the camera to go somewhere. */
export interface CameraRequest {
	to: Pose;
	/** Jump there without flying (also the case whenever reduced motion is asked for). */
	cut: boolean;
	onArrive: () => void;
}

/** An HTML label that follows a point of the scene. */
export interface SceneLabel {
	element: HTMLElement;
	anchor: WorldPoint;
}

export interface Director {
	pose: Pose;
	/** Vertical field of view in degrees. */
	fov: number;
	keys: WalkInput;
	/** How far the phone's motion turns the view, added to the pose. */
	device: LookAngles;
	layout: HallLayout;
	doors: { previous: boolean; next: boolean };
	request: CameraRequest | null;
	/** The viewpoint of the exhibit visited; walking away from it ends the visit. */
	visiting: Pose | null;
	/** The exhibit whose model the visitor is turning by dragging on it. */
	grabbed: string | null;
	labels: Map<string, SceneLabel>;
	/** Camera positions of recent frames, kept only when debugging (x, y, z per frame). */
	trail: number[] | null;
	/** Frames drawn since the hall opened (the renderer's own count restarts with its context). */
	frames: number;
	/** Asks the canvas for a new frame (set by the canvas once it exists). */
	invalidate: () => void;
	onDoorway: (door: 'previous' | 'next') => void;
	onWalkedAway: () => void;
	flyTo(to: Pose, onArrive: () => void): void;
	cutTo(to: Pose, onArrive: () => void): void;
}

/** A director for a visitor starting at `start` in `layout`. */
export function createDirector(layout: HallLayout, start: Pose, fov: number): Director {
	const director: Director = {
		pose: copyPose(start),
		fov,
		keys: { forward: 0, strafe: 0, turn: 0 },
		device: { yaw: 0, pitch: 0 },
		layout,
		doors: { previous: false, next: false },
		request: null,
		visiting: null,
		grabbed: null,
		labels: new Map(),
		trail: null,
		frames: 0,
		invalidate: () => undefined,
		onDoorway: () => undefined,
		onWalkedAway: () => undefined,
		flyTo(to, onArrive) {
			director.request = { to: copyPose(to), cut: false, onArrive };
			director.invalidate();
		},
		cutTo(to, onArrive) {
			director.request = { to: copyPose(to), cut: true, onArrive };
			director.invalidate();
		},
	};
	return director;
}
