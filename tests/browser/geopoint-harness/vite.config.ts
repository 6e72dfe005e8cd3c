/** Builds the geopoint input's test page (tests/browser/studio-geopoint.test.ts). */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
	root: import.meta.dirname,
	base: './',
	logLevel: 'warn',
	plugins: [react()],
	// A built Studio has these expressions replaced by the values it was built with; here they
	// read the page's `window.studioEnvironment`, so that each test picks its tiles.
	define: {
		'process.env.SANITY_STUDIO_MAP_TILES': 'window.studioEnvironment.SANITY_STUDIO_MAP_TILES',
		'process.env.SANITY_STUDIO_TIANDITU_KEY': 'undefined',
		'process.env.SANITY_STUDIO_MAP_ATTRIBUTION': 'undefined',
	},
	build: { emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 10_000 },
});
