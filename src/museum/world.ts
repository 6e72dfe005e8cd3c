/**
 * The coordinate space of a museum hall and the visitor's pose in it.
 *
 * Hall space is three.js world space in metres: the origin is on the floor at the centre of
 * the hall, +Y points up, the entrance is towards +Z and the far wall towards −Z (glTF models
 * are authored in metres with +Y up, so they go in unscaled). Angles are radians.
 */

/** A point in hall space (metres). */
export interface WorldPoint {
	x: number;
	y: number;
	z: number;
}

/**
 * Where the visitor's eyes are and where they look. `yaw` turns about +Y: 0 looks towards −Z
 * (down the hall from the entrance), positive turns left (counter-clockwise seen from above),
 * as a three.js camera with rotation order 'YXZ' reads `rotation.y`. `pitch` is positive
 * looking up (`rotation.x`).
 */
export interface Pose {
	position: WorldPoint;
	yaw: number;
	pitch: number;
}

/** Height of the visitor's eyes above the floor, in metres. */
export const EYE_HEIGHT = 1.6;

/** How far the visitor may look up or down. */
export const PITCH_LIMIT = (70 * Math.PI) / 180;

/** `angle` brought into (−π, π]. */
export function normalizeAngle(angle: number): number {
	const turns = Math.round(angle / (2 * Math.PI));
	const wrapped = angle - turns * 2 * Math.PI;
	return wrapped <= -Math.PI ? wrapped + 2 * Math.PI : wrapped;
}

/** The signed angle of the shorter turn from `from` to `to`. */
export function shortestTurn(from: number, to: number): number {
	return normalizeAngle(to - from);
}

/** `value` kept between `min` and `max`. */
export function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

/** The yaw at which a visitor at `from` faces `target`. */
export function yawToward(from: WorldPoint, target: WorldPoint): number {
	return Math.atan2(-(target.x - from.x), -(target.z - from.z));
}

/** The pitch at which a visitor at `from` looks straight at `target`. */
export function pitchToward(from: WorldPoint, target: WorldPoint): number {
	const across = Math.hypot(target.x - from.x, target.z - from.z);
	return Math.atan2(target.y - from.y, across);
}

/** A pose standing at `position` and looking at `target`. */
export function poseLookingAt(position: WorldPoint, target: WorldPoint): Pose {
	return {
		position: { ...position },
		yaw: yawToward(position, target),
		pitch: pitchToward(position, target),
	};
}

/** The straight-line distance between two points, in metres. */
export function distance(a: WorldPoint, b: WorldPoint): number {
	return Math.hypot(a.x - b.x, a.y - b.y, a.z - b.z);
}

/** A copy of `pose` that shares nothing with it. */
export function copyPose(pose: Pose): Pose {
	return { position: { ...pose.position }, yaw: pose.yaw, pitch: pose.pitch };
}

/** Writes `source` into `target` without allocating; returns `target`. */
export function assignPose(target: Pose, source: Pose): Pose {
	target.position.x = source.position.x;
	target.position.y = source.position.y;
	target.position.z = source.position.z;
	target.yaw = source.yaw;
	target.pitch = source.pitch;
	return target;
}
