/**
 * The folding lantern of the Crimean War wards: a paper shade held by wire hoops between
 * brass caps, lit from within, hanging from a display stand and swaying gently.
 */
import type { Material, Node } from '@gltf-transform/core';

import { createScene, turn } from './gltf-scene.ts';
import type { SceneBuilder } from './gltf-scene.ts';
import { cylinder, lathe, torus } from './mesh.ts';
import type { ProfilePoint } from './mesh.ts';

// Heights in metres below the point the lantern hangs from.
const SHADE_TOP = -0.075;
const SHADE_BOTTOM = -0.275;
const HOOPS = 7;
const HANG_HEIGHT = 0.43;
const SWAY_SECONDS = 4;
const SWAY_DEGREES = 6;

/** The lantern as `.glb` bytes, with a looping clip named `sway`. */
export async function buildLanternModel(): Promise<Uint8Array> {
	const model = createScene('folding-lantern');
	const brass = model.material('brass', { color: '#c99a4a', metallic: 0.45, roughness: 0.4 });
	const iron = model.material('iron', { color: '#3d3a3f', metallic: 0.6, roughness: 0.55 });
	const paper = model.material('lit paper', { color: '#fbf0d9', roughness: 0.9, glow: '#f0b44c' });
	const wire = model.material('wire', { color: '#6b5a3e', metallic: 0.4, roughness: 0.5 });

	addStand(model, iron);

	const swing = model.node('swing', null, { at: [0, HANG_HEIGHT, 0] });
	const vertical = turn([1, 0, 0], 90);
	model.node(
		'bail',
		model.mesh('bail', torus(0.045, 0.003, Math.PI, 24, 8), wire),
		{
			at: [0, -0.045, 0],
			rotation: vertical,
		},
		swing,
	);
	model.node('top cap', model.mesh('top cap', lathe(topCap()), brass), {}, swing);
	model.node('shade', model.mesh('shade', lathe(shade()), paper), {}, swing);
	model.node('bottom cap', model.mesh('bottom cap', lathe(bottomCap()), brass), {}, swing);
	addHoops(model, swing, wire);

	const times = Array.from({ length: 17 }, (_, i) => (i / 16) * SWAY_SECONDS);
	const rotations = times.map((t) =>
		turn([0, 0, 1], SWAY_DEGREES * Math.sin((2 * Math.PI * t) / SWAY_SECONDS)),
	);
	model.rotationClip('sway', swing, times, rotations);

	return model.toGlb();
}

// A round foot, a post and an arm ending in a hook above the lantern.
function addStand(model: SceneBuilder, iron: Material) {
	model.node('stand foot', model.mesh('stand foot', cylinder(0.1, 0.09, 0.016, 32), iron), {
		at: [-0.14, 0.008, 0],
	});
	model.node('stand post', model.mesh('stand post', cylinder(0.008, 0.008, 0.46, 12), iron), {
		at: [-0.14, 0.23, 0],
	});
	model.node('stand arm', model.mesh('stand arm', cylinder(0.006, 0.006, 0.15, 12), iron), {
		at: [-0.07, 0.455, 0],
		rotation: turn([0, 0, 1], 90),
	});
	model.node('hook', model.mesh('hook', torus(0.012, 0.0025, Math.PI * 1.5, 16, 8), iron), {
		at: [0, 0.442, 0],
		rotation: turn([1, 0, 0], 90),
	});
}

// One hoop mesh serves them all: each is widened to the shade where it sits.
function addHoops(model: SceneBuilder, swing: Node, wire: Material) {
	const base = shadeRadius(SHADE_TOP);
	const hoop = model.mesh('hoop', torus(base, 0.0018, Math.PI * 2, 32, 6), wire);

	for (let i = 0; i < HOOPS; i++) {
		const y = SHADE_TOP - ((i + 0.5) / HOOPS) * (SHADE_TOP - SHADE_BOTTOM);
		const widen = (shadeRadius(y) + 0.0015) / base;
		model.node(`hoop ${i + 1}`, hoop, { at: [0, y, 0], scale: [widen, 1, widen] }, swing);
	}
}

// The paper bulges a little at its middle, as a folded shade does when opened.
function shadeRadius(y: number): number {
	const middle = (SHADE_TOP + SHADE_BOTTOM) / 2;
	const half = (SHADE_TOP - SHADE_BOTTOM) / 2;
	return 0.062 + 0.008 * (1 - ((y - middle) / half) ** 2);
}

function shade(): ProfilePoint[] {
	const steps = 12;
	const side = Array.from({ length: steps + 1 }, (_, i): ProfilePoint => {
		const y = SHADE_BOTTOM + (i / steps) * (SHADE_TOP - SHADE_BOTTOM);
		return [shadeRadius(y), y];
	});
	return [[0, SHADE_BOTTOM], ...side, [0, SHADE_TOP]];
}

function topCap(): ProfilePoint[] {
	return [
		[0, -0.08],
		[0.07, -0.08],
		[0.072, -0.068],
		[0.05, -0.052],
		[0.014, -0.046],
		[0, -0.046],
	];
}

function bottomCap(): ProfilePoint[] {
	return [
		[0, -0.305],
		[0.018, -0.305],
		[0.05, -0.292],
		[0.072, -0.282],
		[0.07, -0.27],
		[0, -0.27],
	];
}
