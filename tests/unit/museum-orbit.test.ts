import { describe, expect, it } from 'vitest';

import {
	distanceLimits,
	framingOrbit,
	orbitPosition,
	turnOrbit,
	zoomOrbit,
} from '../../src/museum/orbit.ts';
import { distance } from '../../src/museum/world.ts';

const centre = { x: 1, y: 2, z: 3 };

describe('the model viewer’s orbit', () => {
	it('stands far enough back to see the whole model', () => {
		const orbit = framingOrbit({ x: 0.4, y: 0.3, z: 0.3 }, 45);
		const radius = Math.hypot(0.4, 0.3, 0.3) / 2;

		expect(orbit.distance * Math.sin((22.5 * Math.PI) / 180)).toBeGreaterThan(radius);
		expect(framingOrbit({ x: 2, y: 0.5, z: 0.6 }, 45).distance).toBeGreaterThan(orbit.distance);
	});

	it('keeps the camera at its distance from the centre, in front at yaw 0', () => {
		const front = orbitPosition(centre, { yaw: 0, pitch: 0, distance: 2 });
		expect(front).toEqual({ x: 1, y: 2, z: 5 });

		const above = orbitPosition(centre, { yaw: 1, pitch: 0.5, distance: 2 });
		expect(distance(above, centre)).toBeCloseTo(2);
		expect(above.y).toBeGreaterThan(centre.y);
	});

	it('turns freely round but not over the top', () => {
		const orbit = turnOrbit({ yaw: 0, pitch: 0, distance: 1 }, 7, 10);

		expect(orbit.yaw).toBe(7);
		expect(orbit.pitch).toBeLessThan(Math.PI / 2);
	});

	it('zooms within limits and ignores a nonsense factor', () => {
		const limits = distanceLimits(2);
		const orbit = { yaw: 0, pitch: 0, distance: 2 };

		expect(zoomOrbit(orbit, 0.01, limits).distance).toBe(limits.min);
		expect(zoomOrbit(orbit, 100, limits).distance).toBe(limits.max);
		expect(zoomOrbit(orbit, Number.NaN, limits)).toBe(orbit);
	});
});
