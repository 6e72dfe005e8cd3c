/**
 * Triangle meshes for the museum's glTF models, built from a few primitives: boxes,
 * shapes turned on a lathe (cylinders, bottles, caps) and rings. Units are metres, +Y is up,
 * and every triangle winds counter-clockwise seen from outside, as glTF expects.
 */

/** Vertex positions, normals and triangle indices, ready to become glTF accessors. */
export interface Geometry {
	positions: number[];
	normals: number[];
	indices: number[];
}

/** A point of a lathe profile: distance from the Y axis, then height. */
export type ProfilePoint = [radius: number, y: number];

// Neighbouring profile segments that meet at a sharper angle than this keep a hard edge.
const CREASE_ANGLE = (40 * Math.PI) / 180;

/** A box centred on the origin. */
export function box(width: number, height: number, depth: number): Geometry {
	const [x, y, z] = [width / 2, height / 2, depth / 2];
	const faces: Array<{ normal: number[]; corners: number[][] }> = [
		{
			normal: [1, 0, 0],
			corners: [
				[x, -y, z],
				[x, -y, -z],
				[x, y, -z],
				[x, y, z],
			],
		},
		{
			normal: [-1, 0, 0],
			corners: [
				[-x, -y, -z],
				[-x, -y, z],
				[-x, y, z],
				[-x, y, -z],
			],
		},
		{
			normal: [0, 1, 0],
			corners: [
				[-x, y, z],
				[x, y, z],
				[x, y, -z],
				[-x, y, -z],
			],
		},
		{
			normal: [0, -1, 0],
			corners: [
				[-x, -y, -z],
				[x, -y, -z],
				[x, -y, z],
				[-x, -y, z],
			],
		},
		{
			normal: [0, 0, 1],
			corners: [
				[-x, -y, z],
				[x, -y, z],
				[x, y, z],
				[-x, y, z],
			],
		},
		{
			normal: [0, 0, -1],
			corners: [
				[x, -y, -z],
				[-x, -y, -z],
				[-x, y, -z],
				[x, y, -z],
			],
		},
	];

	const geometry: Geometry = { positions: [], normals: [], indices: [] };
	for (const { normal, corners } of faces) {
		const first = geometry.positions.length / 3;
		for (const corner of corners) {
			geometry.positions.push(...corner);
			geometry.normals.push(...normal);
		}
		geometry.indices.push(first, first + 1, first + 2, first, first + 2, first + 3);
	}
	return geometry;
}

/**
 * A solid turned around the Y axis. The profile runs from the bottom centre outwards and up
 * to the top centre, so that its normals face out; smooth bends stay smooth, sharp ones
 * (a rim, the edge of a cap) stay sharp.
 */
export function lathe(profile: ProfilePoint[], segments = 32): Geometry {
	const rings = profileRings(profile);
	const geometry: Geometry = { positions: [], normals: [], indices: [] };

	for (const { point, normal } of rings) {
		for (let i = 0; i <= segments; i++) {
			const angle = (i / segments) * Math.PI * 2;
			const [sin, cos] = [Math.sin(angle), Math.cos(angle)];
			geometry.positions.push(point[0] * sin, point[1], point[0] * cos);
			geometry.normals.push(normal[0] * sin, normal[1], normal[0] * cos);
		}
	}

	const stride = segments + 1;
	for (let ring = 0; ring < rings.length - 1; ring++) {
		const [lower, upper] = [rings[ring], rings[ring + 1]];
		if (!lower || !upper || lower.point === upper.point) continue;

		// Where the profile meets the axis, half of each quad would be a zero-area triangle.
		for (let i = 0; i < segments; i++) {
			const a = ring * stride + i;
			const b = a + stride;
			if (lower.point[0] !== 0) geometry.indices.push(a, a + 1, b + 1);
			if (upper.point[0] !== 0) geometry.indices.push(a, b + 1, b);
		}
	}
	return geometry;
}

/** A closed cylinder (or cone frustum) centred on the origin along Y. */
export function cylinder(
	radiusBottom: number,
	radiusTop: number,
	height: number,
	segments = 24,
): Geometry {
	const half = height / 2;
	return lathe(
		[
			[0, -half],
			[radiusBottom, -half],
			[radiusTop, half],
			[0, half],
		],
		segments,
	);
}

/**
 * A ring of round wire lying in the XZ plane around the Y axis, or part of one when `arc`
 * (radians) is less than a full turn, starting on +X and turning towards -Z.
 */
export function torus(
	radius: number,
	wire: number,
	arc = Math.PI * 2,
	segments = 32,
	sides = 10,
): Geometry {
	const geometry: Geometry = { positions: [], normals: [], indices: [] };

	for (let i = 0; i <= segments; i++) {
		const around = (i / segments) * arc;
		const [cosA, sinA] = [Math.cos(around), -Math.sin(around)];
		for (let j = 0; j <= sides; j++) {
			const tube = (j / sides) * Math.PI * 2;
			const [nr, ny] = [Math.cos(tube), Math.sin(tube)];
			geometry.normals.push(nr * cosA, ny, nr * sinA);
			geometry.positions.push((radius + wire * nr) * cosA, wire * ny, (radius + wire * nr) * sinA);
		}
	}

	const stride = sides + 1;
	for (let i = 0; i < segments; i++) {
		for (let j = 0; j < sides; j++) {
			const a = i * stride + j;
			const b = a + stride;
			geometry.indices.push(a, b, b + 1, a, b + 1, a + 1);
		}
	}
	return geometry;
}

interface Ring {
	point: ProfilePoint;
	normal: [number, number];
}

// One ring per profile point, two where the profile bends sharply (one normal per side).
function profileRings(profile: ProfilePoint[]): Ring[] {
	const segmentNormals = profile
		.slice(1)
		.map((point, i) => outwardNormal(profile[i] ?? point, point));
	const rings: Ring[] = [];

	profile.forEach((point, i) => {
		const before = segmentNormals[i - 1];
		const after = segmentNormals[i];
		if (!before || !after) {
			rings.push({ point, normal: (before ?? after) as [number, number] });
			return;
		}

		const angle = Math.acos(Math.min(1, before[0] * after[0] + before[1] * after[1]));
		if (angle > CREASE_ANGLE) {
			rings.push({ point, normal: before }, { point, normal: after });
			return;
		}
		rings.push({ point, normal: normalize([before[0] + after[0], before[1] + after[1]]) });
	});
	return rings;
}

function outwardNormal(from: ProfilePoint, to: ProfilePoint): [number, number] {
	return normalize([to[1] - from[1], -(to[0] - from[0])]);
}

function normalize([x, y]: [number, number]): [number, number] {
	const length = Math.hypot(x, y) || 1;
	return [x / length, y / length];
}
