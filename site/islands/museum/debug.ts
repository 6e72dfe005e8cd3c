/**
 * A window hook for the budget bench and the browser tests, installed only when the page's
 * address carries `museumDebug=1`: the renderer's counters, the frames drawn, the GPU memory
 * of the textures, the store, the camera's recent positions and the controller.
 */
import type { RootState } from '@react-three/fiber';

import type { Controller } from './controller.ts';
import type { Director } from './director.ts';
import type { HallStore } from './store.ts';
import { liveTextureBytes } from './use-hall-assets.ts';

/** What `window.__boaiMuseum` offers. */
export interface MuseumDebugHook {
	/** Frames drawn since the hall opened. */
	frames(): number;
	/** Draw calls and triangles of the last frame; geometries and textures held by the GPU. */
	renderer(): { calls: number; triangles: number; geometries: number; textures: number };
	/** Estimated GPU memory of the loaded pictures' and models' textures, in bytes. */
	textureBytes(): number;
	state(): ReturnType<HallStore['get']>;
	/** Where the visitor looks: the pose's yaw and pitch, the phone's share and the zoom. */
	look(): { yaw: number; pitch: number; deviceYaw: number; devicePitch: number; fov: number };
	/** Camera positions of recent frames, as [x, y, z] triples. */
	trail(): number[][];
	clearTrail(): void;
	controller: Controller;
	/** Draws one frame now. */
	invalidate(): void;
}

declare global {
	interface Window {
		__boaiMuseum?: MuseumDebugHook;
	}
}

/** Installs `window.__boaiMuseum` for the canvas in `root`. */
export function installDebugHook(
	root: RootState,
	store: HallStore,
	director: Director,
	controller: Controller,
): void {
	director.trail = [];

	window.__boaiMuseum = {
		frames: () => director.frames,
		// Read through `root.gl` each time: the renderer replaces `info` when its context returns.
		renderer: () => ({
			calls: root.gl.info.render.calls,
			triangles: root.gl.info.render.triangles,
			geometries: root.gl.info.memory.geometries,
			textures: root.gl.info.memory.textures,
		}),
		textureBytes: () => liveTextureBytes.current,
		state: () => store.get(),
		look: () => ({
			yaw: director.pose.yaw,
			pitch: director.pose.pitch,
			deviceYaw: director.device.yaw,
			devicePitch: director.device.pitch,
			fov: director.fov,
		}),
		trail: () => {
			const points: number[][] = [];
			const trail = director.trail ?? [];
			for (let i = 0; i + 2 < trail.length; i += 3) {
				points.push([trail[i]!, trail[i + 1]!, trail[i + 2]!]);
			}
			return points;
		},
		clearTrail: () => {
			director.trail = [];
		},
		controller,
		invalidate: () => root.invalidate(),
	};
}
