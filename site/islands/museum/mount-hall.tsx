/**
 * Starts the 3D hall inside `container` (the page's dialog). Loaded only after the visitor
 * taps "enter the 3D hall" or opens a 3D address: this module pulls in React, three.js and
 * React Three Fiber.
 */
import { createRoot } from 'react-dom/client';

import { HallApp, type HallAppProps } from './HallApp.tsx';

export interface MountedHall {
	/** What Escape does: step back from an exhibit, or leave. */
	escape(): void;
	/** Removes the hall and frees its WebGL context, models, textures and sounds. */
	unmount(): void;
}

/** Renders the hall into `container`. */
export function mountHall(
	container: HTMLElement,
	props: Omit<HallAppProps, 'escapeRef'>,
): MountedHall {
	const escapeRef = { current: props.onClose };
	const root = createRoot(container);
	root.render(<HallApp {...props} escapeRef={escapeRef} />);

	return {
		escape: () => escapeRef.current(),
		unmount: () => root.unmount(),
	};
}
