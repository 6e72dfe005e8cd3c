import { describe, expect, it } from 'vitest';

import { lookFromDevice, lookWithDevice, worthRedrawing } from '../../src/museum/orientation.ts';
import { PITCH_LIMIT } from '../../src/museum/world.ts';

const DEG = Math.PI / 180;

describe('looking around with the phone', () => {
	it('looks at the horizon with the phone held upright', () => {
		const look = lookFromDevice({ alpha: 0, beta: 90, gamma: 0 });

		expect(look.yaw).toBeCloseTo(0);
		expect(look.pitch).toBeCloseTo(0);
	});

	it('looks up when the top of the phone tips away', () => {
		expect(lookFromDevice({ alpha: 0, beta: 120, gamma: 0 }).pitch).toBeCloseTo(30 * DEG);
	});

	it('turns left when the phone turns left', () => {
		expect(lookFromDevice({ alpha: 90, beta: 90, gamma: 0 }).yaw).toBeCloseTo(90 * DEG);
		expect(lookFromDevice({ alpha: 350, beta: 90, gamma: 0 }).yaw).toBeCloseTo(-10 * DEG);
	});

	it('turns the view by how far the phone moved from where it was switched on', () => {
		const view = lookWithDevice(
			{ yaw: 1, pitch: 0 },
			{ yaw: 3, pitch: 0.1 },
			{ yaw: -3, pitch: 0.3 },
		);

		expect(view.yaw).toBeCloseTo(1 + (2 * Math.PI - 6));
		expect(view.pitch).toBeCloseTo(0.2);
		expect(
			lookWithDevice({ yaw: 0, pitch: 1 }, { yaw: 0, pitch: 0 }, { yaw: 0, pitch: 1 }).pitch,
		).toBe(PITCH_LIMIT);
	});

	it('ignores hand tremor', () => {
		expect(worthRedrawing({ yaw: 0, pitch: 0 }, { yaw: 0.001, pitch: -0.001 })).toBe(false);
		expect(worthRedrawing({ yaw: 0, pitch: 0 }, { yaw: 0.02, pitch: 0 })).toBe(true);
	});
});
