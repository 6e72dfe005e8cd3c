import { describe, expect, it } from 'vitest';

import {
	fitModel,
	HALL_WIDTH,
	layoutHall,
	MODEL_BOX,
	type PlanExhibit,
} from '../../src/museum/hall-layout.ts';
import { yawToward } from '../../src/museum/world.ts';

const picture = (slug: string, aspect = 16 / 9): PlanExhibit => ({
	slug,
	hasModel: false,
	pictureAspect: aspect,
});
const model = (slug: string): PlanExhibit => ({ slug, hasModel: true, pictureAspect: 4 / 3 });

describe('hall layout', () => {
	it('puts exhibits in their order along the walls, left then right, from the entrance on', () => {
		const layout = layoutHall([picture('a'), picture('b'), picture('c'), model('d'), picture('e')]);

		expect(layout.exhibits.map((exhibit) => [exhibit.slug, exhibit.side])).toEqual([
			['a', 'left'],
			['b', 'right'],
			['c', 'left'],
			['d', 'right'],
			['e', 'left'],
		]);
		const depths = layout.exhibits.map((exhibit) => exhibit.picture.center.z);
		expect(depths[0]).toBeGreaterThan(depths[2]!);
		expect(depths[2]).toBeGreaterThan(depths[4]!);
		expect(layout.entrance.position.z).toBeGreaterThan(depths[0]!);
	});

	it('makes the hall long enough for its exhibits and keeps them inside', () => {
		const layout = layoutHall(Array.from({ length: 7 }, (_, i) => picture(`p${i}`)));

		for (const exhibit of layout.exhibits) {
			expect(Math.abs(exhibit.picture.center.z)).toBeLessThan(layout.length / 2 - 1);
			expect(Math.abs(exhibit.picture.center.x)).toBeLessThanOrEqual(HALL_WIDTH / 2);
		}
		expect(layoutHall([picture('a')]).length).toBeLessThan(layout.length);
	});

	it('turns every picture and model towards the aisle', () => {
		const [left, right] = layoutHall([picture('a'), model('b')]).exhibits;

		// A front (+Z) turned by `facing` points at (sin, 0, cos): towards +X on the left wall.
		expect(Math.sin(left!.facing)).toBeCloseTo(1);
		expect(Math.sin(right!.facing)).toBeCloseTo(-1);
	});

	it('keeps a picture within its box and in its proportions', () => {
		const [wide, tall] = layoutHall([picture('wide', 3), picture('tall', 0.5)]).exhibits;

		expect(wide!.picture.width / wide!.picture.height).toBeCloseTo(3);
		expect(wide!.picture.width).toBeLessThanOrEqual(1.8);
		expect(tall!.picture.width / tall!.picture.height).toBeCloseTo(0.5);
		expect(tall!.picture.height).toBeLessThanOrEqual(1.4);
	});

	it('gives a model a plinth in front of the wall and hangs its picture above it', () => {
		const [exhibit] = layoutHall([model('kit')]).exhibits;

		expect(exhibit!.plinth).not.toBeNull();
		const { footprint } = exhibit!.plinth!;
		expect(footprint.minX).toBeGreaterThan(-HALL_WIDTH / 2);
		expect(exhibit!.picture.center.y - exhibit!.picture.height / 2).toBeGreaterThan(1.9);
	});

	it('stands each viewpoint in the aisle, looking at its exhibit', () => {
		const layout = layoutHall([picture('a'), model('b'), picture('c')]);

		for (const exhibit of layout.exhibits) {
			const { viewpoint, focus } = exhibit;
			expect(Math.abs(viewpoint.position.x)).toBeLessThan(HALL_WIDTH / 2 - 1.5);
			expect(viewpoint.yaw).toBeCloseTo(yawToward(viewpoint.position, focus));
			if (exhibit.plinth) {
				const { minX, maxX } = exhibit.plinth.footprint;
				expect(viewpoint.position.x < minX || viewpoint.position.x > maxX).toBe(true);
			}
		}
	});

	it('names a picture above it, and a model between its picture and the plinth', () => {
		const [hung, standing] = layoutHall([picture('a'), model('b')]).exhibits;

		expect(hung!.labelAnchor.y).toBeGreaterThan(hung!.picture.center.y + hung!.picture.height / 2);
		expect(standing!.labelAnchor.y).toBeLessThan(
			standing!.picture.center.y - standing!.picture.height / 2,
		);
		expect(standing!.labelAnchor.y).toBeGreaterThan(1.5);
	});

	it('lays out an empty hall as a room with nothing in it', () => {
		const layout = layoutHall([]);

		expect(layout.exhibits).toEqual([]);
		expect(layout.length).toBeGreaterThan(0);
	});

	it('hangs a picture of unknown proportions as a 4:3 frame', () => {
		const [exhibit] = layoutHall([{ slug: 'x', hasModel: false, pictureAspect: null }]).exhibits;

		expect(exhibit!.picture.width / exhibit!.picture.height).toBeCloseTo(4 / 3);
	});
});

describe('fitting a model on its plinth', () => {
	it('leaves a model that fits at its real size (models are in metres)', () => {
		const fit = fitModel({ x: 0.45, y: 0.3, z: 0.3 });

		expect(fit.scale).toBe(1);
		expect(fit.turn).toBe(0);
		expect(fit.plinthHeight).toBeGreaterThan(0.8);
	});

	it('shrinks a model larger than the box, and turns its long side along the wall', () => {
		const fit = fitModel({ x: 0.6, y: 0.4, z: 4.4 });

		expect(fit.turn).toBeCloseTo(Math.PI / 2);
		expect(4.4 * fit.scale).toBeCloseTo(MODEL_BOX.along);
		expect(fit.plinthAlong).toBeLessThanOrEqual(2.4);
	});

	it('keeps a tall model on a low plinth', () => {
		expect(fitModel({ x: 0.5, y: 1.3, z: 0.5 }).plinthHeight).toBeLessThan(
			fitModel({ x: 0.5, y: 0.2, z: 0.5 }).plinthHeight,
		);
	});
});
