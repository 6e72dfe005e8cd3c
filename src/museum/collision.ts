/**
 * Keeping the visitor inside a hall and off its plinths, and noticing when they walk through
 * a doorway. All in hall space (see `world.ts`), on the floor plane (x and z).
 */
import { DOOR_HALF_WIDTH, type FloorRect, type HallLayout } from './hall-layout.ts';

/** The visitor's body is a circle on the floor of this radius, in metres. */
export const VISITOR_RADIUS = 0.35;

/** A position on the floor. */
export interface FloorPoint {
	x: number;
	z: number;
}

/**
 * Moves `point` (in place) to the nearest place the visitor may stand: inside the walls and
 * outside every plinth. Returns `point`.
 */
export function constrainToHall<T extends FloorPoint>(layout: HallLayout, point: T): T {
	const halfWidth = layout.width / 2 - VISITOR_RADIUS;
	const halfLength = layout.length / 2 - VISITOR_RADIUS;
	point.x = Math.min(halfWidth, Math.max(-halfWidth, point.x));
	point.z = Math.min(halfLength, Math.max(-halfLength, point.z));

	for (const exhibit of layout.exhibits) {
		if (exhibit.plinth) pushOutOf(exhibit.plinth.footprint, point);
	}

	return point;
}

// Moves the point out of the rectangle grown by the visitor's radius, by the shortest way.
function pushOutOf(rect: FloorRect, point: FloorPoint): void {
	const minX = rect.minX - VISITOR_RADIUS;
	const maxX = rect.maxX + VISITOR_RADIUS;
	const minZ = rect.minZ - VISITOR_RADIUS;
	const maxZ = rect.maxZ + VISITOR_RADIUS;
	if (point.x <= minX || point.x >= maxX || point.z <= minZ || point.z >= maxZ) return;

	// Runs every frame while the visitor walks, so it compares numbers rather than build a list.
	const left = point.x - minX;
	const right = maxX - point.x;
	const front = point.z - minZ;
	const back = maxZ - point.z;
	const shortest = Math.min(left, right, front, back);

	if (shortest === left) point.x = minX;
	else if (shortest === right) point.x = maxX;
	else if (shortest === front) point.z = minZ;
	else point.z = maxZ;
}

/** Which doorway a visitor standing at `point` has walked into, if any. */
export function doorwayAt(
	layout: HallLayout,
	point: FloorPoint,
	doors: { previous: boolean; next: boolean },
): 'previous' | 'next' | null {
	const inDoorway = Math.abs(point.x) <= DOOR_HALF_WIDTH - VISITOR_RADIUS / 2;
	if (!inDoorway) return null;

	const reach = layout.length / 2 - VISITOR_RADIUS - 0.01;
	if (doors.next && point.z <= -reach) return 'next';
	if (doors.previous && point.z >= reach) return 'previous';
	return null;
}
