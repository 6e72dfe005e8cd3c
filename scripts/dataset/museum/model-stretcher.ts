/**
 * A wartime field stretcher: two wooden poles with khaki canvas stretched between them,
 * iron spreader bars and feet, leather-worn grips, and a folded grey blanket at the head.
 */
import type { Material } from '@gltf-transform/core';

import { createScene, turn } from './gltf-scene.ts';
import type { SceneBuilder } from './gltf-scene.ts';
import { box, cylinder } from './mesh.ts';

const POLE_LENGTH = 2.2;
const POLE_RADIUS = 0.02;
const HALF_WIDTH = 0.28;
const BED_HEIGHT = 0.15;
const ALONG_X = turn([0, 0, 1], 90);
const ALONG_Z = turn([1, 0, 0], 90);

/** The stretcher as `.glb` bytes; it has no animation. */
export async function buildStretcherModel(): Promise<Uint8Array> {
	const model = createScene('field-stretcher');
	const wood = model.material('wood', { color: '#9a6b43', roughness: 0.7 });
	const canvas = model.material('canvas', { color: '#b9a77a', roughness: 0.95 });
	const leather = model.material('worn grip', { color: '#5a3a24', roughness: 0.8 });
	const iron = model.material('iron', { color: '#3d3a3f', metallic: 0.5, roughness: 0.55 });
	const wool = model.material('wool blanket', { color: '#7c7a78', roughness: 1 });

	addPoles(model, wood, leather);
	addFrame(model, iron);

	const bed = box(1.8, 0.008, HALF_WIDTH * 2 + POLE_RADIUS);
	model.node('canvas', model.mesh('canvas', bed, canvas), { at: [0, BED_HEIGHT + 0.012, 0] });
	const strap = model.mesh('strap', box(0.05, 0.012, HALF_WIDTH * 2 + 0.05), canvas);
	for (const x of [-0.2, 0.45]) model.node('strap', strap, { at: [x, BED_HEIGHT + 0.02, 0] });

	model.node('blanket', model.mesh('blanket', box(0.42, 0.06, 0.46), wool), {
		at: [-0.6, BED_HEIGHT + 0.05, 0],
	});
	model.node('blanket roll', model.mesh('blanket roll', cylinder(0.045, 0.045, 0.44, 20), wool), {
		at: [-0.84, BED_HEIGHT + 0.06, 0],
		rotation: ALONG_Z,
	});

	return model.toGlb();
}

// Two poles along X, each with a darker grip worn into both ends.
function addPoles(model: SceneBuilder, wood: Material, leather: Material) {
	const pole = model.mesh('pole', cylinder(POLE_RADIUS, POLE_RADIUS, POLE_LENGTH, 16), wood);
	const grip = model.mesh(
		'grip',
		cylinder(POLE_RADIUS + 0.003, POLE_RADIUS + 0.003, 0.16, 16),
		leather,
	);

	for (const z of [-HALF_WIDTH, HALF_WIDTH]) {
		model.node('pole', pole, { at: [0, BED_HEIGHT, z], rotation: ALONG_X });
		for (const x of [-1, 1]) {
			model.node('grip', grip, {
				at: [x * (POLE_LENGTH / 2 - 0.09), BED_HEIGHT, z],
				rotation: ALONG_X,
			});
		}
	}
}

// Spreader bars hold the poles apart; four feet keep the canvas off the ground.
function addFrame(model: SceneBuilder, iron: Material) {
	const bar = model.mesh('spreader bar', cylinder(0.011, 0.011, HALF_WIDTH * 2, 12), iron);
	const foot = model.mesh('foot', box(0.03, BED_HEIGHT - POLE_RADIUS, 0.04), iron);

	for (const x of [-0.9, 0.9]) {
		model.node('spreader bar', bar, { at: [x, BED_HEIGHT - 0.028, 0], rotation: ALONG_Z });
	}
	for (const x of [-0.75, 0.75]) {
		for (const z of [-HALF_WIDTH, HALF_WIDTH]) {
			model.node('foot', foot, { at: [x, (BED_HEIGHT - POLE_RADIUS) / 2, z] });
		}
	}
}
