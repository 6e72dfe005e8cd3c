/**
 * The Draco decoder for compressed models, loaded only when a model needs it. Its files are
 * bundled from three.js by the build, so the site serves them itself under hashed names (no
 * CDN, and a new three.js brings its own decoder). The glTF-only build is used: it is smaller
 * than the full decoder and decodes everything a glTF file can hold. It decodes in `blob:`
 * workers compiling WebAssembly, which the museum pages' CSP allows (src/security).
 */
import { DRACOLoader } from 'three/addons/loaders/DRACOLoader.js';
import wasm from 'three/examples/jsm/libs/draco/gltf/draco_decoder.wasm?url';
import wrapper from 'three/examples/jsm/libs/draco/gltf/draco_wasm_wrapper.js?url';

/** A Draco loader reading its decoder from the site. */
export function createDracoLoader(): DRACOLoader {
	return new DRACOLoader().setDecoderPath({ js: wrapper, wasm });
}
