/**
 * Camera flights between two poses in hall space (see `world.ts`): eased, turning the short
 * way round, and long enough to follow but no longer. With reduced motion a flight is a cut.
 */
import { assignPose, clamp, distance, shortestTurn, type Pose } from './world.ts';

/** A planned move of the camera from one pose to another. */
export interface Flight {
	from: Pose;
	to: Pose;
	/** 0 for a cut. */
	durationMs: number;
}

export interface FlightOptions {
	/** The visitor asked for reduced motion: cut instead of flying. */
	reducedMotion: boolean;
}

/** Plans the camera's move from `from` to `to`. Copies both poses. */
export function planFlight(from: Pose, to: Pose, options: FlightOptions): Flight {
	const start = copy(from);
	const end = copy(to);
	if (options.reducedMotion) return { from: start, to: end, durationMs: 0 };

	const metres = distance(from.position, to.position);
	const turn = Math.abs(shortestTurn(from.yaw, to.yaw)) + Math.abs(to.pitch - from.pitch);
	const durationMs = clamp(450 + 220 * metres + 300 * turn, 600, 2400);
	return { from: start, to: end, durationMs };
}

/** Ease in and out: slow start, slow arrival. */
export function easeInOut(t: number): number {
	const x = clamp(t, 0, 1);
	return x < 0.5 ? 4 * x * x * x : 1 - Math.pow(-2 * x + 2, 3) / 2;
}

/**
 * Writes the pose `elapsedMs` into `flight` into `out` (no allocation) and returns true once
 * the flight has arrived.
 */
export function poseAlongFlight(flight: Flight, elapsedMs: number, out: Pose): boolean {
	if (flight.durationMs <= 0 || elapsedMs >= flight.durationMs) {
		assignPose(out, flight.to);
		return true;
	}

	const e = easeInOut(elapsedMs / flight.durationMs);
	const { from, to } = flight;
	out.position.x = from.position.x + (to.position.x - from.position.x) * e;
	out.position.y = from.position.y + (to.position.y - from.position.y) * e;
	out.position.z = from.position.z + (to.position.z - from.position.z) * e;
	out.yaw = from.yaw + shortestTurn(from.yaw, to.yaw) * e;
	out.pitch = from.pitch + (to.pitch - from.pitch) * e;
	return false;
}

function copy(pose: Pose): Pose {
	return assignPose({ position: { x: 0, y: 0, z: 0 }, yaw: 0, pitch: 0 }, pose);
}
