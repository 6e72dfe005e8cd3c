/**
 * Walking and looking: how the visitor's pose (see `world.ts`) changes under held keys and
 * drags. Written to run every frame without allocating.
 */
import { clamp, normalizeAngle, PITCH_LIMIT, type Pose } from './world.ts';

/** Walking speed in metres per second. */
export const WALK_SPEED = 1.8;
/** Turning speed in radians per second. */
export const TURN_SPEED = 1.7;
/** Radians turned per CSS pixel dragged. */
export const LOOK_PER_PIXEL = 0.0045;

/** What the held keys ask for, each −1, 0 or 1. */
export interface WalkInput {
	/** +1 forward, −1 back. */
	forward: number;
	/** +1 to the right, −1 to the left. */
	strafe: number;
	/** +1 turns left, −1 turns right. */
	turn: number;
}

/** True when `input` asks for any movement. */
export function isMoving(input: WalkInput): boolean {
	return input.forward !== 0 || input.strafe !== 0 || input.turn !== 0;
}

/**
 * Advances `pose` in place by `seconds` of walking under `input`. The caller keeps the new
 * position inside the hall (see `collision.ts`). Returns `pose`.
 */
export function walkStep(pose: Pose, input: WalkInput, seconds: number): Pose {
	const step = Math.min(seconds, 0.1);
	pose.yaw = normalizeAngle(pose.yaw + input.turn * TURN_SPEED * step);

	const sin = Math.sin(pose.yaw);
	const cos = Math.cos(pose.yaw);
	const ahead = input.forward * WALK_SPEED * step;
	const aside = input.strafe * WALK_SPEED * step;
	// Forward is (−sin yaw, −cos yaw) on the floor; the right-hand side is (cos yaw, −sin yaw).
	pose.position.x += -sin * ahead + cos * aside;
	pose.position.z += -cos * ahead - sin * aside;
	return pose;
}

/**
 * Turns `pose` in place for a drag of `dx`, `dy` CSS pixels. The visitor grabs the view, as
 * in street-level map photos: dragging to the right turns the view to the left.
 */
export function lookByDrag(pose: Pose, dx: number, dy: number): Pose {
	pose.yaw = normalizeAngle(pose.yaw + dx * LOOK_PER_PIXEL);
	pose.pitch = clamp(pose.pitch + dy * LOOK_PER_PIXEL, -PITCH_LIMIT, PITCH_LIMIT);
	return pose;
}

/** The camera's vertical field of view, in degrees: zoomed by pinch or wheel. */
export const FOV_RANGE = { min: 28, max: 75 };

/** The field of view after a pinch that changed the fingers' distance by `ratio`. */
export function zoomByPinch(fov: number, ratio: number): number {
	if (!Number.isFinite(ratio) || ratio <= 0) return fov;
	return clamp(fov / ratio, FOV_RANGE.min, FOV_RANGE.max);
}

/** The field of view after a wheel turn of `deltaY` pixels (positive zooms out). */
export function zoomByWheel(fov: number, deltaY: number): number {
	return clamp(fov * Math.exp(deltaY * 0.001), FOV_RANGE.min, FOV_RANGE.max);
}
