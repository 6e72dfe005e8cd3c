import { describe, expect, it } from 'vitest';

import {
	FOV_RANGE,
	isMoving,
	lookByDrag,
	WALK_SPEED,
	walkStep,
	zoomByPinch,
	zoomByWheel,
} from '../../src/museum/walk.ts';
import { PITCH_LIMIT, type Pose } from '../../src/museum/world.ts';

const start = (yaw = 0): Pose => ({ position: { x: 0, y: 1.6, z: 0 }, yaw, pitch: 0 });

describe('walking', () => {
	it('walks forward down the hall (towards −Z) at walking speed', () => {
		const pose = walkStep(start(), { forward: 1, strafe: 0, turn: 0 }, 0.1);

		expect(pose.position.z).toBeCloseTo(-WALK_SPEED * 0.1);
		expect(pose.position.x).toBeCloseTo(0);
	});

	it('steps to the right along +X when facing down the hall', () => {
		const pose = walkStep(start(), { forward: 0, strafe: 1, turn: 0 }, 0.1);

		expect(pose.position.x).toBeCloseTo(WALK_SPEED * 0.1);
	});

	it('walks forward in the direction it faces after turning left', () => {
		const pose = walkStep(start(Math.PI / 2), { forward: 1, strafe: 0, turn: 0 }, 0.1);

		expect(pose.position.x).toBeCloseTo(-WALK_SPEED * 0.1);
		expect(pose.position.z).toBeCloseTo(0);
	});

	it('does not leap after a long pause between frames', () => {
		const pose = walkStep(start(), { forward: 1, strafe: 0, turn: 0 }, 5);

		expect(Math.abs(pose.position.z)).toBeLessThanOrEqual(WALK_SPEED * 0.1 + 1e-9);
	});

	it('knows when the keys ask for nothing', () => {
		expect(isMoving({ forward: 0, strafe: 0, turn: 0 })).toBe(false);
		expect(isMoving({ forward: 0, strafe: 0, turn: -1 })).toBe(true);
	});
});

describe('looking and zooming', () => {
	it('turns the view left when dragged to the right, and never past straight up', () => {
		const pose = lookByDrag(start(), 100, 0);
		expect(pose.yaw).toBeGreaterThan(0);

		lookByDrag(pose, 0, 100_000);
		expect(pose.pitch).toBe(PITCH_LIMIT);
	});

	it('zooms in when the fingers spread and stays within limits', () => {
		expect(zoomByPinch(60, 1.5)).toBeCloseTo(40);
		expect(zoomByPinch(60, 100)).toBe(FOV_RANGE.min);
		expect(zoomByPinch(60, 0)).toBe(60);
		expect(zoomByWheel(60, 10_000)).toBe(FOV_RANGE.max);
		expect(zoomByWheel(60, -100)).toBeLessThan(60);
	});
});
