import { describe, expect, it } from 'vitest';

import { fitTexture, textureBytes, textureCap } from '../../src/museum/texture-budget.ts';

describe('texture budget', () => {
	it('caps textures at 1024 px on phones and 2048 px elsewhere', () => {
		expect(textureCap(true)).toBe(1024);
		expect(textureCap(false)).toBe(2048);
	});

	it('shrinks a picture to the cap keeping its proportions, and leaves a small one alone', () => {
		expect(fitTexture(1200, 675, 1024)).toEqual({ width: 1024, height: 576 });
		expect(fitTexture(900, 1200, 1024)).toEqual({ width: 768, height: 1024 });
		expect(fitTexture(1200, 675, 2048)).toEqual({ width: 1200, height: 675 });
	});

	it('counts four bytes a pixel and a third more for mipmaps', () => {
		expect(textureBytes(1024, 1024, false)).toBe(4 * 1024 * 1024);
		expect(textureBytes(1024, 1024)).toBe(Math.round((4 * 1024 * 1024 * 4) / 3));
	});
});
