/**
 * What a glTF model needs before it can be shown, read from its JSON alone (the first chunk
 * of a `.glb`, or a whole `.gltf`) without decoding the rest. The site decodes Meshopt and
 * Draco geometry itself; any other extension a model cannot be shown without, and that
 * three.js does not read, is named, so that an editor learns what to export differently.
 * Shared by the 3D hall and the Studio's check of an uploaded model.
 */

/** Meshopt-compressed geometry (gltfpack, glTF-Transform), both names of the extension. */
export const MESHOPT_EXTENSIONS = ['EXT_meshopt_compression', 'KHR_meshopt_compression'];

/** Draco-compressed geometry (Blender's exporter, glTF-Pipeline). */
export const DRACO_EXTENSION = 'KHR_draco_mesh_compression';

// What three.js's GLTFLoader reads by itself, besides the two decoders above. KTX2 textures
// (KHR_texture_basisu) are missing on purpose: they need a Basis transcoder the site does not
// ship, so such a model is refused with its reason rather than shown half-drawn.
const READ_BY_THREE = new Set([
	'KHR_lights_punctual',
	'KHR_materials_anisotropy',
	'KHR_materials_clearcoat',
	'KHR_materials_diffuse_roughness',
	'KHR_materials_dispersion',
	'KHR_materials_emissive_strength',
	'KHR_materials_ior',
	'KHR_materials_iridescence',
	'KHR_materials_sheen',
	'KHR_materials_specular',
	'KHR_materials_transmission',
	'KHR_materials_unlit',
	'KHR_materials_volume',
	'KHR_mesh_quantization',
	'KHR_texture_transform',
	'EXT_materials_bump',
	'EXT_mesh_gpu_instancing',
	'EXT_texture_avif',
	'EXT_texture_webp',
]);

const GLB_MAGIC = 0x46546c67; // "glTF"
const JSON_CHUNK = 0x4e4f534a; // "JSON"

/** What loading a model takes: which decoders, and what cannot be decoded here at all. */
export interface ModelNeeds {
	meshopt: boolean;
	draco: boolean;
	/** Required extensions the site cannot decode; the model cannot be shown while any remain. */
	unsupported: string[];
}

/** The JSON part of a `.glb` or `.gltf`; throws when `bytes` is neither. */
export function readGltfJson(bytes: ArrayBuffer): Record<string, unknown> {
	const view = new DataView(bytes);
	const isGlb = bytes.byteLength >= 20 && view.getUint32(0, true) === GLB_MAGIC;
	let text: string;

	if (isGlb) {
		const length = view.getUint32(12, true);
		if (view.getUint32(16, true) !== JSON_CHUNK || 20 + length > bytes.byteLength) {
			throw new Error('The file starts like a .glb but its first chunk is not glTF JSON.');
		}
		text = new TextDecoder().decode(new Uint8Array(bytes, 20, length));
	} else {
		text = new TextDecoder().decode(bytes);
		if (!text.trimStart().startsWith('{')) {
			throw new Error('The file is neither a .glb nor a .gltf model.');
		}
	}

	const json: unknown = JSON.parse(text);
	if (json === null || typeof json !== 'object' || Array.isArray(json)) {
		throw new Error('The model’s glTF JSON is not an object.');
	}
	return json as Record<string, unknown>;
}

/** What the model in `bytes` needs before it can be shown. */
export function readModelNeeds(bytes: ArrayBuffer): ModelNeeds {
	const json = readGltfJson(bytes);
	const used = names(json.extensionsUsed);
	const required = names(json.extensionsRequired);
	const decoded = new Set([...MESHOPT_EXTENSIONS, DRACO_EXTENSION]);

	return {
		meshopt: used.some((name) => MESHOPT_EXTENSIONS.includes(name)),
		draco: used.includes(DRACO_EXTENSION),
		unsupported: required.filter((name) => !decoded.has(name) && !READ_BY_THREE.has(name)),
	};
}

/** Why a model with `unsupported` extensions is not shown, and what to do about it. */
export function unsupportedMessage(unsupported: string[]): string {
	const list = unsupported.join(', ');
	return `The model needs ${list}, which the site cannot decode. Export it again without ${list}: Meshopt or Draco geometry and PNG, JPEG or WebP textures all work.`;
}

function names(value: unknown): string[] {
	return Array.isArray(value)
		? value.filter((name): name is string => typeof name === 'string')
		: [];
}
