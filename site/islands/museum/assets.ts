/**
 * Loading a hall's pictures and models, and giving their GPU memory back. Pictures are
 * shrunk to the device's texture cap. A failure rejects with its reason, and the caller
 * shows a placeholder, so that one broken file leaves the rest of the hall working.
 */
import {
	AnimationClip,
	Box3,
	CanvasTexture,
	LinearMipmapLinearFilter,
	Mesh,
	SRGBColorSpace,
	Texture,
	Vector3,
	type Material,
	type Object3D,
} from 'three';
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js';

import { fitTexture, textureBytes } from '../../../src/museum/texture-budget.ts';
import type { WorldPoint } from '../../../src/museum/world.ts';
import { readModelNeeds, unsupportedMessage, type ModelNeeds } from './gltf-needs.ts';

/** A picture ready to show, with what it costs on the GPU. */
export interface LoadedPicture {
	texture: Texture;
	bytes: number;
}

/** A model ready to show: its scene, animations and size (metres, model axes). */
export interface LoadedModel {
	scene: Object3D;
	animations: AnimationClip[];
	size: WorldPoint;
	/** The point of the model's bounding box that should rest on the plinth, in model space. */
	bottomCentre: WorldPoint;
	/** GPU memory of the model's own textures, in bytes. */
	textureBytes: number;
}

/** Loads `url` as a texture no larger than `cap` pixels a side. */
export async function loadPicture(url: string, cap: number): Promise<LoadedPicture> {
	const image = new Image();
	image.decoding = 'async';
	image.crossOrigin = 'anonymous';
	image.src = url;
	await image.decode();

	const size = fitTexture(image.naturalWidth, image.naturalHeight, cap);
	let texture: Texture;
	if (size.width === image.naturalWidth && size.height === image.naturalHeight) {
		texture = new Texture(image);
	} else {
		const canvas = document.createElement('canvas');
		canvas.width = size.width;
		canvas.height = size.height;
		canvas.getContext('2d')?.drawImage(image, 0, 0, size.width, size.height);
		texture = new CanvasTexture(canvas);
	}

	texture.colorSpace = SRGBColorSpace;
	texture.minFilter = LinearMipmapLinearFilter;
	texture.anisotropy = 4;
	texture.needsUpdate = true;
	return { texture, bytes: textureBytes(size.width, size.height) };
}

// One loader for every model. Models from the Studio may be compressed, as phones need them
// to be: Meshopt (gltfpack, glTF-Transform) or Draco (Blender's exporter). Each decoder comes
// from the site and is loaded the first time a model needs it, so plain models cost nothing
// extra; a model needing what the site cannot decode (KTX2 textures) is refused with why.
const gltfLoader = new GLTFLoader();
let meshopt: Promise<void> | null = null;
let draco: Promise<void> | null = null;

function prepareDecoders(needs: ModelNeeds): Promise<unknown> {
	if (needs.meshopt) {
		meshopt ??= import('three/addons/libs/meshopt_decoder.module.js')
			.then(async ({ MeshoptDecoder }) => {
				await MeshoptDecoder.ready;
				gltfLoader.setMeshoptDecoder(MeshoptDecoder);
			})
			.catch((error: unknown) => {
				meshopt = null;
				throw error;
			});
	}
	if (needs.draco) {
		draco ??= import('./draco.ts')
			.then(({ createDracoLoader }) => void gltfLoader.setDRACOLoader(createDracoLoader()))
			.catch((error: unknown) => {
				draco = null;
				throw error;
			});
	}
	return Promise.all([needs.meshopt && meshopt, needs.draco && draco]);
}

/** Loads the model at `url`, shrinks its textures to `cap` pixels a side and measures it. */
export async function loadModel(url: string, cap: number): Promise<LoadedModel> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
	const bytes = await response.arrayBuffer();

	const needs = readModelNeeds(bytes);
	if (needs.unsupported.length > 0) throw new Error(unsupportedMessage(needs.unsupported));
	await prepareDecoders(needs);

	const gltf = await gltfLoader.parseAsync(bytes, url.slice(0, url.lastIndexOf('/') + 1));
	const box = new Box3().setFromObject(gltf.scene);
	const size = box.getSize(new Vector3());
	const centre = box.getCenter(new Vector3());

	return {
		scene: gltf.scene,
		animations: gltf.animations,
		size: { x: size.x, y: size.y, z: size.z },
		bottomCentre: { x: centre.x, y: box.min.y, z: centre.z },
		textureBytes: capTextures(gltf.scene, cap),
	};
}

// Redraws any texture larger than `cap` on a smaller canvas; returns the textures' GPU bytes.
function capTextures(scene: Object3D, cap: number): number {
	const seen = new Set<Texture>();
	let bytes = 0;

	scene.traverse((object) => {
		if (!(object instanceof Mesh)) return;
		const materials: Material[] = Array.isArray(object.material)
			? object.material
			: [object.material];
		for (const material of materials) {
			for (const value of Object.values(material)) {
				if (!(value instanceof Texture) || seen.has(value)) continue;
				seen.add(value);
				bytes += capTexture(value, cap);
			}
		}
	});
	return bytes;
}

function capTexture(texture: Texture, cap: number): number {
	const image = texture.image as { width?: number; height?: number } | null;
	const width = image?.width ?? 0;
	const height = image?.height ?? 0;
	if (width === 0 || height === 0) return 0;

	const size = fitTexture(width, height, cap);
	if (size.width !== width || size.height !== height) {
		const canvas = document.createElement('canvas');
		canvas.width = size.width;
		canvas.height = size.height;
		canvas
			.getContext('2d')
			?.drawImage(texture.image as CanvasImageSource, 0, 0, size.width, size.height);
		texture.image = canvas;
		texture.needsUpdate = true;
	}
	return textureBytes(size.width, size.height);
}

/** Frees the GPU memory of a model: its geometries, materials and their textures. */
export function disposeModel(model: LoadedModel): void {
	model.scene.traverse((object) => {
		if (!(object instanceof Mesh)) return;
		object.geometry.dispose();
		const materials: Material[] = Array.isArray(object.material)
			? object.material
			: [object.material];
		for (const material of materials) disposeMaterial(material);
	});
}

function disposeMaterial(material: Material): void {
	for (const value of Object.values(material)) {
		if (value instanceof Texture) value.dispose();
	}
	material.dispose();
}

const warned = new Set<string>();

/**
 * Says once per page, in the browser's console, why the model of the exhibit named `exhibit`
 * (its title and slug) is not shown. Visitors see a labelled placeholder; the warning is for
 * the editor checking the exhibit, and stays in production builds because editors look there.
 */
export function warnModelFailed(exhibit: string, error: unknown): void {
	if (warned.has(exhibit)) return;
	warned.add(exhibit);

	console.warn(
		`[museum] The model of the exhibit “${exhibit}” is shown as a placeholder. ${reasonOf(error)}`,
	);
}

// Loaders reject with errors, but the Draco decoder's worker rejects with its message object.
function reasonOf(error: unknown): string {
	if (error instanceof Error) return error.message;
	const message = (error as { error?: unknown } | null)?.error;
	return typeof message === 'string' ? message : String(error);
}
