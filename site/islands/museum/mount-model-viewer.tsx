/**
 * Starts the model viewer of an exhibit page inside `container`. Loaded only after the
 * visitor taps "view the 3D model": this module pulls in React, three.js and React Three
 * Fiber.
 */
import { createRoot } from 'react-dom/client';

import type { Locale } from '../../../src/i18n/locale.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { textureCap } from '../../../src/museum/texture-budget.ts';
import { ModelViewer } from './ModelViewer.tsx';

export interface ModelViewerMount {
	url: string;
	title: string;
	locale: Locale;
}

/** Renders the viewer into `container`; returns a function that removes it. */
export function mountModelViewer(container: HTMLElement, options: ModelViewerMount): () => void {
	const phone =
		matchMedia('(pointer: coarse)').matches && Math.min(screen.width, screen.height) <= 820;
	const root = createRoot(container);
	root.render(
		<ModelViewer
			url={options.url}
			title={options.title}
			t={messages(options.locale).hall3d}
			cap={textureCap(phone)}
		/>,
	);
	return () => root.unmount();
}
