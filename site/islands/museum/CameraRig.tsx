/**
 * The frame loop of the 3D hall: moves the camera along a flight, or by the held keys inside
 * the walls, applies the phone's motion and the zoom, and places the HTML labels over their
 * anchors. It asks for another frame only while something moves, so an idle hall renders
 * nothing.
 */
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, type RefObject } from 'react';
import { PerspectiveCamera, Vector3, type Camera } from 'three';

import { poseAlongFlight, planFlight, type Flight } from '../../../src/museum/camera-path.ts';
import { constrainToHall, doorwayAt } from '../../../src/museum/collision.ts';
import { isMoving, walkStep } from '../../../src/museum/walk.ts';
import { clamp, PITCH_LIMIT } from '../../../src/museum/world.ts';
import type { Director } from './director.ts';

const LABEL_RANGE = 12;
const WALK_AWAY = 2;
const TRAIL_LENGTH = 3 * 400;

interface Props {
	director: Director;
	reducedMotion: RefObject<boolean>;
	onFirstFrame: () => void;
}

export function CameraRig({ director, reducedMotion, onFirstFrame }: Props) {
	const camera = useThree((state) => state.camera);
	const invalidate = useThree((state) => state.invalidate);
	const size = useThree((state) => state.size);
	const sizeRef = useRef(size);
	sizeRef.current = size;

	// Kept between frames so that the loop allocates nothing.
	const loop = useRef({
		flight: null as Flight | null,
		flightStart: 0,
		onArrive: null as (() => void) | null,
		lastWalk: 0,
		walking: false,
		firstFrame: true,
		projected: new Vector3(),
	});

	useEffect(() => {
		camera.rotation.order = 'YXZ';
		director.invalidate = () => invalidate();
		invalidate();
		return () => {
			director.invalidate = () => undefined;
		};
	}, [camera, director, invalidate]);

	useEffect(() => invalidate(), [size, invalidate]);

	useFrame(() => {
		const state = loop.current;
		const now = performance.now();
		const pose = director.pose;
		let moving = false;

		// 1. A new destination replaces any flight under way.
		const request = director.request;
		if (request) {
			director.request = null;
			state.flight = planFlight(pose, request.to, {
				reducedMotion: request.cut || reducedMotion.current === true,
			});
			state.flightStart = now;
			state.onArrive = request.onArrive;
		}

		// 2. Fly, or walk where the keys say, inside the walls.
		if (state.flight) {
			const arrived = poseAlongFlight(state.flight, now - state.flightStart, pose);
			if (arrived) {
				state.flight = null;
				const onArrive = state.onArrive;
				state.onArrive = null;
				if (onArrive) queueMicrotask(onArrive);
			} else {
				moving = true;
			}
			state.walking = false;
		} else if (isMoving(director.keys)) {
			if (!state.walking) state.lastWalk = now - 16;
			state.walking = true;
			walkStep(pose, director.keys, (now - state.lastWalk) / 1000);
			state.lastWalk = now;
			constrainToHall(director.layout, pose.position);
			moving = true;
			followDoorsAndVisits(director);
		} else {
			state.walking = false;
		}

		// 3. Put the camera there.
		camera.position.set(pose.position.x, pose.position.y, pose.position.z);
		camera.rotation.set(
			clamp(pose.pitch + director.device.pitch, -PITCH_LIMIT, PITCH_LIMIT),
			pose.yaw + director.device.yaw,
			0,
		);
		if (camera instanceof PerspectiveCamera && camera.fov !== director.fov) {
			camera.fov = director.fov;
			camera.updateProjectionMatrix();
		}
		camera.updateMatrixWorld();

		// 4. Labels follow their anchors; the frame is counted and the debug trail records it.
		placeLabels(director, camera, sizeRef.current, state.projected);
		director.frames += 1;
		if (director.trail) {
			director.trail.push(pose.position.x, pose.position.y, pose.position.z);
			if (director.trail.length > TRAIL_LENGTH) director.trail.splice(0, 3);
		}

		if (state.firstFrame) {
			state.firstFrame = false;
			// After this callback the frame is drawn; the microtask runs once it has been.
			queueMicrotask(onFirstFrame);
		}
		if (moving) invalidate();
	});

	return null;
}

function followDoorsAndVisits(director: Director) {
	const door = doorwayAt(director.layout, director.pose.position, director.doors);
	if (door) {
		director.keys.forward = 0;
		director.keys.strafe = 0;
		director.keys.turn = 0;
		queueMicrotask(() => director.onDoorway(door));
		return;
	}

	const visiting = director.visiting;
	if (!visiting) return;
	const away = Math.hypot(
		director.pose.position.x - visiting.position.x,
		director.pose.position.z - visiting.position.z,
	);
	if (away > WALK_AWAY) {
		director.visiting = null;
		queueMicrotask(director.onWalkedAway);
	}
}

function placeLabels(
	director: Director,
	camera: Camera,
	size: { width: number; height: number },
	projected: Vector3,
) {
	for (const label of director.labels.values()) {
		const { anchor, element } = label;
		const far =
			Math.hypot(anchor.x - camera.position.x, anchor.z - camera.position.z) > LABEL_RANGE;
		projected.set(anchor.x, anchor.y, anchor.z).project(camera);
		const off =
			far || projected.z > 1 || Math.abs(projected.x) > 1.05 || Math.abs(projected.y) > 1.05;

		if (off) {
			element.style.visibility = 'hidden';
			continue;
		}
		const x = ((projected.x + 1) / 2) * size.width;
		const y = ((1 - projected.y) / 2) * size.height;
		element.style.visibility = 'visible';
		element.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) translate(-50%, -100%)`;
	}
}
