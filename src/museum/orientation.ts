/**
 * Looking around by moving the phone: the device's orientation (the angles of a
 * `deviceorientation` event, in degrees) turned into the yaw and pitch of the visitor's view
 * (see `world.ts`), relative to how the phone was held when the visitor switched it on.
 */
import { clamp, normalizeAngle, PITCH_LIMIT } from './world.ts';

/** The angles of a `deviceorientation` event, in degrees. */
export interface DeviceAngles {
	alpha: number;
	beta: number;
	gamma: number;
}

/** A direction of view: yaw and pitch in radians. */
export interface LookAngles {
	yaw: number;
	pitch: number;
}

const DEG = Math.PI / 180;

/**
 * The direction the back of the phone points in, as yaw and pitch. A phone held upright in
 * front of the face (β = 90°) looks at the horizon; tipping its top away looks up; turning
 * it to the left (α growing) turns the view left. The screen's own rotation (portrait or
 * landscape) changes only the roll, so it does not enter.
 */
export function lookFromDevice(angles: DeviceAngles): LookAngles {
	const a = angles.alpha * DEG;
	const b = angles.beta * DEG;
	const g = angles.gamma * DEG;

	// The camera's forward vector (0, 0, −1) rotated by the device frame (Z-X'-Y'' angles,
	// with the camera looking out of the back of the screen).
	const sinB = Math.sin(b);
	const x = -Math.sin(g) * Math.cos(a) - Math.cos(g) * sinB * Math.sin(a);
	const y = -Math.cos(g) * Math.cos(b);
	const z = Math.sin(g) * Math.sin(a) - Math.cos(g) * sinB * Math.cos(a);

	return { yaw: Math.atan2(-x, -z), pitch: Math.asin(clamp(y, -1, 1)) };
}

/** Smallest change of view, in radians, worth a new frame: hand tremor is ignored. */
export const ORIENTATION_DEADBAND = 0.004;

/**
 * The view to show: `base` (where the visitor looked when switching on) turned by how far
 * the phone moved since `reference`. Pitch stays within the usual limits.
 */
export function lookWithDevice(
	base: LookAngles,
	reference: LookAngles,
	current: LookAngles,
): LookAngles {
	return {
		yaw: normalizeAngle(base.yaw + normalizeAngle(current.yaw - reference.yaw)),
		pitch: clamp(base.pitch + current.pitch - reference.pitch, -PITCH_LIMIT, PITCH_LIMIT),
	};
}

/** True when `next` differs from `shown` by more than the deadband. */
export function worthRedrawing(shown: LookAngles, next: LookAngles): boolean {
	return (
		Math.abs(normalizeAngle(next.yaw - shown.yaw)) > ORIENTATION_DEADBAND ||
		Math.abs(next.pitch - shown.pitch) > ORIENTATION_DEADBAND
	);
}
