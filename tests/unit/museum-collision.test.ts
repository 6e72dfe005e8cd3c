import { describe, expect, it } from 'vitest';

import { constrainToHall, doorwayAt, VISITOR_RADIUS } from '../../src/museum/collision.ts';
import { layoutHall } from '../../src/museum/hall-layout.ts';

const layout = layoutHall([
	{ slug: 'a', hasModel: true, pictureAspect: 1 },
	{ slug: 'b', hasModel: false, pictureAspect: 1 },
]);

describe('collisions', () => {
	it('keeps the visitor inside the walls', () => {
		const point = constrainToHall(layout, { x: 99, z: -99 });

		expect(point.x).toBeCloseTo(layout.width / 2 - VISITOR_RADIUS);
		expect(point.z).toBeCloseTo(-(layout.length / 2 - VISITOR_RADIUS));
	});

	it('leaves a free position where it is', () => {
		expect(constrainToHall(layout, { x: 0.5, z: 1 })).toEqual({ x: 0.5, z: 1 });
	});

	it('pushes the visitor out of a plinth by the shortest way', () => {
		const { footprint } = layout.exhibits[0]!.plinth!;
		const centreZ = (footprint.minZ + footprint.maxZ) / 2;
		const point = constrainToHall(layout, { x: footprint.maxX - 0.05, z: centreZ });

		expect(point.x).toBeCloseTo(footprint.maxX + VISITOR_RADIUS);
		expect(point.z).toBeCloseTo(centreZ);
	});
});

describe('doorways', () => {
	const doors = { previous: true, next: true };

	it('notices the visitor walking into the far doorway', () => {
		const point = constrainToHall(layout, { x: 0, z: -99 });

		expect(doorwayAt(layout, point, doors)).toBe('next');
	});

	it('notices the visitor walking back out through the entrance', () => {
		const point = constrainToHall(layout, { x: 0.2, z: 99 });

		expect(doorwayAt(layout, point, doors)).toBe('previous');
	});

	it('ignores the wall beside the doorway and a doorway that leads nowhere', () => {
		const beside = constrainToHall(layout, { x: 3, z: -99 });
		const centre = constrainToHall(layout, { x: 0, z: -99 });

		expect(doorwayAt(layout, beside, doors)).toBeNull();
		expect(doorwayAt(layout, centre, { previous: true, next: false })).toBeNull();
		expect(doorwayAt(layout, { x: 0, z: 0 }, doors)).toBeNull();
	});
});
