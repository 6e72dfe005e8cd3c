import { defineConfig } from 'vitest/config';

// Browser tests drive Chromium against the production build; run them after `npm run build`.
export default defineConfig({
	test: {
		include: ['tests/browser/**/*.test.ts'],
		environment: 'node',
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 90_000,
	},
});
