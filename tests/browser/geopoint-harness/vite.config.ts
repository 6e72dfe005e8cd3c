/** Builds the geopoint input's test page (tests/browser/studio-geopoint.test.ts). */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
	root: import.meta.dirname,
	base: './',
	logLevel: 'warn',
	plugins: [react()],
	define: {
		'process.env.SANITY_STUDIO_MAP_TILES': 'undefined',
		'process.env.SANITY_STUDIO_TIANDITU_KEY': 'undefined',
		'process.env.SANITY_STUDIO_MAP_ATTRIBUTION': 'undefined',
	},
	build: { emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 10_000 },
});
