/**
 * A Red Cross first-aid kit: a white enamelled box with the red cross on its lid and
 * front, a side handle, and inside bandage rolls, a folded triangular bandage and a bottle.
 * Its clip `open-lid` swings the lid open and shut again.
 */
import type { Material, Node } from '@gltf-transform/core';

import { createScene, turn } from './gltf-scene.ts';
import type { SceneBuilder } from './gltf-scene.ts';
import { box, cylinder, lathe, torus } from './mesh.ts';

const WIDTH = 0.36;
const HEIGHT = 0.16;
const DEPTH = 0.24;
const WALL = 0.008;
const LID = 0.03;
const OPEN_DEGREES = 105;

// Seconds: closed, opening, open, closing, closed again; then the clip loops.
const CLIP = { opens: 0.5, open: 2, closes: 4.5, shut: 6, end: 7 };

/** The kit as `.glb` bytes, with a looping clip named `open-lid`. */
export async function buildFirstAidKitModel(): Promise<Uint8Array> {
	const model = createScene('first-aid-kit');
	const enamel = model.material('white enamel', {
		color: '#f4f1ea',
		metallic: 0.1,
		roughness: 0.4,
	});
	const red = model.material('red cross', { color: '#c8102e', roughness: 0.5 });
	const cloth = model.material('bandage cloth', { color: '#fbf5ec', roughness: 0.95 });
	const amber = model.material('amber glass', { color: '#7a4a22', roughness: 0.2 });
	const steel = model.material('steel', { color: '#8c8f94', metallic: 0.6, roughness: 0.4 });
	const lining = model.material('tray lining', { color: '#7fa897', roughness: 0.8 });

	addBox(model, enamel, red, steel);
	model.node('tray', model.mesh('tray', box(WIDTH - 2 * WALL, 0.004, DEPTH - 2 * WALL), lining), {
		at: [0, WALL + 0.002, 0],
	});
	addContents(model, cloth, amber, steel);
	const hinge = addLid(model, enamel, red);
	model.rotationClip('open-lid', hinge, ...lidKeys());

	return model.toGlb();
}

// Five walls, open at the top so the contents show when the lid swings up.
function addBox(model: SceneBuilder, enamel: Material, red: Material, steel: Material) {
	const walls: Array<[string, [number, number, number], [number, number, number]]> = [
		['floor', [WIDTH, WALL, DEPTH], [0, WALL / 2, 0]],
		['front', [WIDTH, HEIGHT, WALL], [0, HEIGHT / 2, DEPTH / 2 - WALL / 2]],
		['back', [WIDTH, HEIGHT, WALL], [0, HEIGHT / 2, -DEPTH / 2 + WALL / 2]],
		['left side', [WALL, HEIGHT, DEPTH], [-WIDTH / 2 + WALL / 2, HEIGHT / 2, 0]],
		['right side', [WALL, HEIGHT, DEPTH], [WIDTH / 2 - WALL / 2, HEIGHT / 2, 0]],
	];
	for (const [name, size, at] of walls)
		model.node(name, model.mesh(name, box(...size), enamel), { at });

	const front = DEPTH / 2 + 0.001;
	model.node('front cross bar', model.mesh('front cross bar', box(0.09, 0.03, 0.002), red), {
		at: [0, HEIGHT / 2, front],
	});
	model.node('front cross post', model.mesh('front cross post', box(0.03, 0.09, 0.002), red), {
		at: [0, HEIGHT / 2, front],
	});
	model.node('handle', model.mesh('handle', torus(0.04, 0.005, Math.PI, 20, 8), steel), {
		at: [WIDTH / 2 + 0.002, HEIGHT * 0.62, 0],
		rotation: turn([0, 0, 1], -90),
	});
}

function addContents(model: SceneBuilder, cloth: Material, amber: Material, steel: Material) {
	const roll = model.mesh('bandage roll', cylinder(0.03, 0.03, 0.07, 20), cloth);
	for (const x of [-0.12, -0.05]) {
		model.node('bandage roll', roll, {
			at: [x, WALL + 0.034, 0.04],
			rotation: turn([1, 0, 0], 90),
		});
	}
	model.node(
		'triangular bandage',
		model.mesh('triangular bandage', box(0.12, 0.025, 0.09), cloth),
		{
			at: [-0.085, WALL + 0.0165, -0.06],
		},
	);

	const bottle = lathe([
		[0, 0],
		[0.026, 0],
		[0.026, 0.07],
		[0.012, 0.085],
		[0.012, 0.095],
		[0, 0.095],
	]);
	model.node('bottle', model.mesh('bottle', bottle, amber), { at: [0.1, WALL + 0.004, 0.03] });
	model.node('bottle cap', model.mesh('bottle cap', cylinder(0.014, 0.014, 0.014, 16), steel), {
		at: [0.1, WALL + 0.104, 0.03],
	});
	model.node('scissors case', model.mesh('scissors case', box(0.05, 0.02, 0.13), steel), {
		at: [0.1, WALL + 0.014, -0.06],
	});
}

// The lid turns on a hinge along the top of the back wall; it returns the hinge node.
function addLid(model: SceneBuilder, enamel: Material, red: Material): Node {
	const hinge = model.node('lid hinge', null, { at: [0, HEIGHT, -DEPTH / 2] });
	const lid = model.node(
		'lid',
		model.mesh('lid', box(WIDTH + 0.008, LID, DEPTH + 0.008), enamel),
		{
			at: [0, LID / 2, DEPTH / 2],
		},
		hinge,
	);

	const top = LID / 2 + 0.0015;
	model.node(
		'lid cross bar',
		model.mesh('lid cross bar', box(0.15, 0.003, 0.05), red),
		{ at: [0, top, 0] },
		lid,
	);
	model.node(
		'lid cross post',
		model.mesh('lid cross post', box(0.05, 0.003, 0.15), red),
		{ at: [0, top, 0] },
		lid,
	);
	return hinge;
}

// Dense keys with an eased angle, so plain linear interpolation still moves smoothly.
function lidKeys(): [number[], number[][]] {
	const step = 0.125;
	const times = Array.from({ length: Math.round(CLIP.end / step) + 1 }, (_, i) => i * step);
	const rotations = times.map((t) => turn([1, 0, 0], -OPEN_DEGREES * openness(t)));
	return [times, rotations];
}

function openness(t: number): number {
	const ease = (x: number) => x * x * (3 - 2 * x);
	if (t <= CLIP.opens || t >= CLIP.shut) return 0;
	if (t < CLIP.open) return ease((t - CLIP.opens) / (CLIP.open - CLIP.opens));
	if (t <= CLIP.closes) return 1;
	return 1 - ease((t - CLIP.closes) / (CLIP.shut - CLIP.closes));
}
