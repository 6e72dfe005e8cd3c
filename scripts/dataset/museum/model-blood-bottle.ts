/**
 * A glass blood bottle of the early blood banks: clear glass, dark blood two-thirds up,
 * white graduation marks, a rubber stopper under a metal cap, and a wire bail at the neck.
 */
import { createScene, turn } from './gltf-scene.ts';
import { box, cylinder, lathe, torus } from './mesh.ts';
import type { ProfilePoint } from './mesh.ts';

const GLASS: ProfilePoint[] = [
	[0, 0],
	[0.042, 0],
	[0.045, 0.004],
	[0.045, 0.14],
	[0.04, 0.16],
	[0.025, 0.175],
	[0.015, 0.185],
	[0.015, 0.205],
	[0.018, 0.207],
	[0.018, 0.215],
	[0, 0.215],
];

const BLOOD_LEVEL = 0.105;
const BLOOD: ProfilePoint[] = [
	[0, 0.004],
	[0.04, 0.004],
	[0.042, 0.008],
	[0.042, BLOOD_LEVEL],
	[0, BLOOD_LEVEL],
];

/** The bottle as `.glb` bytes; it has no animation. */
export async function buildBloodBottleModel(): Promise<Uint8Array> {
	const model = createScene('glass-blood-bottle');
	const glass = model.material('glass', { color: '#e3eef0', opacity: 0.3, roughness: 0.05 });
	const blood = model.material('blood', { color: '#7a0f1c', roughness: 0.3 });
	const enamel = model.material('graduation marks', { color: '#ffffff', roughness: 0.5 });
	const rubber = model.material('rubber', { color: '#5b2a26', roughness: 0.85 });
	const metal = model.material('metal', { color: '#b8bcc0', metallic: 0.5, roughness: 0.35 });

	// The blood is drawn before the glass around it, so it shows through.
	model.node('blood', model.mesh('blood', lathe(BLOOD), blood));
	model.node('glass', model.mesh('glass', lathe(GLASS), glass));

	const mark = model.mesh('graduation mark', box(0.014, 0.0018, 0.002), enamel);
	for (let i = 0; i < 6; i++) {
		const width = i % 2 === 0 ? 1.4 : 1;
		model.node('graduation mark', mark, {
			at: [0, 0.025 + i * 0.02, 0.0455],
			scale: [width, 1, 1],
		});
	}

	model.node('stopper', model.mesh('stopper', cylinder(0.0125, 0.0155, 0.022, 20), rubber), {
		at: [0, 0.222, 0],
	});
	model.node('cap', model.mesh('cap', cylinder(0.019, 0.019, 0.01, 24), metal), {
		at: [0, 0.212, 0],
	});
	model.node(
		'neck band',
		model.mesh('neck band', torus(0.0165, 0.0015, Math.PI * 2, 24, 6), metal),
		{
			at: [0, 0.19, 0],
		},
	);
	// The bail rests tilted back; short lugs join its ends to the neck band.
	model.node('bail', model.mesh('bail', torus(0.03, 0.0015, Math.PI, 24, 6), metal), {
		at: [0, 0.19, 0],
		rotation: turn([1, 0, 0], 60),
	});
	const lug = model.mesh('lug', box(0.016, 0.003, 0.003), metal);
	for (const x of [-0.023, 0.023]) model.node('lug', lug, { at: [x, 0.19, 0] });

	return model.toGlb();
}
