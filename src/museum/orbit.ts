/**
 * Turning a single object in the exhibit page's model viewer: the camera orbits the model's
 * centre on a sphere (model space, metres, +Y up), at a distance that frames the whole model.
 */
import { clamp, type WorldPoint } from './world.ts';

/** Where the camera sits around the model: angles in radians, distance in metres. */
export interface Orbit {
	/** 0 looks at the model's front (+Z side); positive goes round to its right (+X). */
	yaw: number;
	/** Positive looks down from above. */
	pitch: number;
	distance: number;
}

const PITCH_RANGE = { min: -0.35, max: 1.35 };

/** The orbit that frames a model of `size` for a camera of vertical `fovDegrees`. */
export function framingOrbit(size: WorldPoint, fovDegrees: number): Orbit {
	const radius = Math.max(0.05, Math.hypot(size.x, size.y, size.z) / 2);
	const distance = (radius / Math.sin(((fovDegrees / 2) * Math.PI) / 180)) * 1.05;
	return { yaw: 0.6, pitch: 0.3, distance };
}

/** How near and far the camera may go for a model framed at `framed` metres. */
export function distanceLimits(framed: number): { min: number; max: number } {
	return { min: framed * 0.35, max: framed * 2.5 };
}

/** `orbit` turned by `dYaw` and `dPitch` radians, within the pitch limits. */
export function turnOrbit(orbit: Orbit, dYaw: number, dPitch: number): Orbit {
	return {
		...orbit,
		yaw: orbit.yaw + dYaw,
		pitch: clamp(orbit.pitch + dPitch, PITCH_RANGE.min, PITCH_RANGE.max),
	};
}

/** `orbit` moved closer (factor below 1) or further away, within `limits`. */
export function zoomOrbit(
	orbit: Orbit,
	factor: number,
	limits: { min: number; max: number },
): Orbit {
	if (!Number.isFinite(factor) || factor <= 0) return orbit;
	return { ...orbit, distance: clamp(orbit.distance * factor, limits.min, limits.max) };
}

/** The camera position for `orbit` around `target`. */
export function orbitPosition(target: WorldPoint, orbit: Orbit): WorldPoint {
	const across = Math.cos(orbit.pitch) * orbit.distance;
	return {
		x: target.x + Math.sin(orbit.yaw) * across,
		y: target.y + Math.sin(orbit.pitch) * orbit.distance,
		z: target.z + Math.cos(orbit.yaw) * across,
	};
}
