/**
 * A small builder over glTF-Transform for the museum's models: PBR materials from sRGB
 * colours, meshes from `mesh.ts` geometry, a node tree, keyframe animations, and the
 * binary `.glb` at the end.
 */
import { Document, NodeIO } from '@gltf-transform/core';
import type { Material, Mesh, Node, TypedArray } from '@gltf-transform/core';

import type { Geometry } from './mesh.ts';

/** How a material looks: an sRGB colour such as `#c8102e` and its surface. */
export interface Finish {
	color: string;
	/** 1 (the default) is opaque; below 1 the material blends, as glass does. */
	opacity?: number;
	metallic?: number;
	roughness?: number;
	/** An sRGB colour the surface gives off, for a candle's glow. */
	glow?: string;
	doubleSided?: boolean;
}

/** Where a node sits in its parent: metres, a unit quaternion [x, y, z, w], a scale. */
export interface Placement {
	at?: [number, number, number];
	rotation?: [number, number, number, number];
	scale?: [number, number, number];
}

/** A quaternion turning `degrees` about the unit axis `axis`. */
export function turn(
	axis: [number, number, number],
	degrees: number,
): [number, number, number, number] {
	const half = (degrees * Math.PI) / 360;
	const sin = Math.sin(half);
	return [axis[0] * sin, axis[1] * sin, axis[2] * sin, Math.cos(half)];
}

/**
 * Starts a model named `name`. The caller adds materials, meshes and nodes, then takes the
 * `.glb` bytes from `toGlb()`.
 */
export function createScene(name: string) {
	const document = new Document();
	const buffer = document.createBuffer();
	const scene = document.createScene(name);
	const root = document.createNode(name);
	scene.addChild(root);

	function material(materialName: string, finish: Finish): Material {
		const { color, opacity = 1, metallic = 0, roughness = 0.6, glow, doubleSided = false } = finish;
		const made = document
			.createMaterial(materialName)
			.setBaseColorFactor([...linearColor(color), opacity])
			.setMetallicFactor(metallic)
			.setRoughnessFactor(roughness)
			.setDoubleSided(doubleSided);

		if (opacity < 1) made.setAlphaMode('BLEND');
		if (glow) made.setEmissiveFactor(linearColor(glow));
		return made;
	}

	function mesh(meshName: string, geometry: Geometry, surface: Material): Mesh {
		const accessor = (type: 'VEC3' | 'SCALAR', array: TypedArray) =>
			document.createAccessor().setType(type).setArray(array).setBuffer(buffer);

		const vertexCount = geometry.positions.length / 3;
		const indices =
			vertexCount > 65535 ? new Uint32Array(geometry.indices) : new Uint16Array(geometry.indices);
		const primitive = document
			.createPrimitive()
			.setAttribute('POSITION', accessor('VEC3', new Float32Array(geometry.positions)))
			.setAttribute('NORMAL', accessor('VEC3', new Float32Array(geometry.normals)))
			.setIndices(accessor('SCALAR', indices))
			.setMaterial(surface);
		return document.createMesh(meshName).addPrimitive(primitive);
	}

	/** Adds a node under `parent` (the model's root when left out), showing `shape` if given. */
	function node(
		nodeName: string,
		shape: Mesh | null,
		placement: Placement = {},
		parent: Node = root,
	): Node {
		const made = document.createNode(nodeName);
		if (shape) made.setMesh(shape);
		if (placement.at) made.setTranslation(placement.at);
		if (placement.rotation) made.setRotation(placement.rotation);
		if (placement.scale) made.setScale(placement.scale);
		parent.addChild(made);
		return made;
	}

	/** Adds a looping rotation of `target`: one quaternion per time in seconds. */
	function rotationClip(clipName: string, target: Node, times: number[], rotations: number[][]) {
		const input = document
			.createAccessor()
			.setType('SCALAR')
			.setArray(new Float32Array(times))
			.setBuffer(buffer);
		const output = document
			.createAccessor()
			.setType('VEC4')
			.setArray(new Float32Array(rotations.flat()))
			.setBuffer(buffer);
		const sampler = document
			.createAnimationSampler()
			.setInput(input)
			.setOutput(output)
			.setInterpolation('LINEAR');
		const channel = document
			.createAnimationChannel()
			.setTargetNode(target)
			.setTargetPath('rotation')
			.setSampler(sampler);
		document.createAnimation(clipName).addSampler(sampler).addChannel(channel);
	}

	async function toGlb(): Promise<Uint8Array> {
		return new NodeIO().writeBinary(document);
	}

	return { root, material, mesh, node, rotationClip, toGlb };
}

export type SceneBuilder = ReturnType<typeof createScene>;

// glTF colour factors are linear; the palette is written in sRGB like the drawings.
function linearColor(hex: string): [number, number, number] {
	if (!/^#[0-9a-f]{6}$/i.test(hex)) {
		throw new Error(
			`The model colour ${JSON.stringify(hex)} is not a #rrggbb colour: write it like #c8102e.`,
		);
	}

	const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
	const [r = 0, g = 0, b = 0] = channels.map((c) =>
		c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
	);
	return [r, g, b];
}
