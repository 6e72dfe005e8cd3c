import { describe, expect, it } from 'vitest';

import { easeInOut, planFlight, poseAlongFlight } from '../../src/museum/camera-path.ts';
import type { Pose } from '../../src/museum/world.ts';

const here: Pose = { position: { x: 0, y: 1.6, z: 5 }, yaw: 0, pitch: 0 };
const there: Pose = { position: { x: -2, y: 1.6, z: -3 }, yaw: Math.PI / 2, pitch: 0.1 };
const out = (): Pose => ({ position: { x: 0, y: 0, z: 0 }, yaw: 0, pitch: 0 });

describe('camera flights', () => {
	it('cuts straight to the end with reduced motion', () => {
		const flight = planFlight(here, there, { reducedMotion: true });
		const pose = out();

		expect(flight.durationMs).toBe(0);
		expect(poseAlongFlight(flight, 0, pose)).toBe(true);
		expect(pose).toEqual(there);
	});

	it('takes longer for a longer way, within limits', () => {
		const near = planFlight(here, { ...here, yaw: 0.1 }, { reducedMotion: false });
		const far = planFlight(here, there, { reducedMotion: false });

		expect(near.durationMs).toBeGreaterThanOrEqual(600);
		expect(far.durationMs).toBeGreaterThan(near.durationMs);
		expect(far.durationMs).toBeLessThanOrEqual(2400);
	});

	it('passes through the points in between, and arrives exactly', () => {
		const flight = planFlight(here, there, { reducedMotion: false });
		const pose = out();

		expect(poseAlongFlight(flight, flight.durationMs / 2, pose)).toBe(false);
		expect(pose.position.x).toBeCloseTo(-1);
		expect(pose.position.z).toBeCloseTo(1);
		expect(poseAlongFlight(flight, flight.durationMs + 1, pose)).toBe(true);
		expect(pose).toEqual(there);
	});

	it('turns the short way round across ±π', () => {
		const from: Pose = { ...here, yaw: Math.PI - 0.1 };
		const to: Pose = { ...here, yaw: -Math.PI + 0.1 };
		const flight = planFlight(from, to, { reducedMotion: false });
		const pose = out();

		poseAlongFlight(flight, flight.durationMs / 2, pose);
		expect(Math.abs(Math.cos(pose.yaw) - Math.cos(Math.PI))).toBeLessThan(1e-6);
	});

	it('does not change the poses it was given', () => {
		const from: Pose = structuredClone(here);
		const flight = planFlight(from, there, { reducedMotion: false });
		poseAlongFlight(flight, 10, out());

		expect(from).toEqual(here);
	});

	it('eases in and out', () => {
		expect(easeInOut(0)).toBe(0);
		expect(easeInOut(0.5)).toBeCloseTo(0.5);
		expect(easeInOut(1)).toBe(1);
		expect(easeInOut(0.1)).toBeLessThan(0.1);
	});
});
