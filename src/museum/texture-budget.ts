/**
 * How big the scene's textures may be, and what they cost on the GPU. A decoded picture
 * takes 4 bytes a pixel however small its file was, and its mipmaps a third more.
 */

/** Largest texture side on phones, in pixels. */
export const PHONE_TEXTURE_CAP = 1024;
/** Largest texture side elsewhere. */
export const DESKTOP_TEXTURE_CAP = 2048;

/** The largest texture side for this kind of device. */
export function textureCap(isPhone: boolean): number {
	return isPhone ? PHONE_TEXTURE_CAP : DESKTOP_TEXTURE_CAP;
}

/** `width` × `height` shrunk, keeping proportions, until neither side exceeds `cap`. */
export function fitTexture(
	width: number,
	height: number,
	cap: number,
): { width: number; height: number } {
	const largest = Math.max(width, height);
	if (largest <= cap) return { width, height };

	const scale = cap / largest;
	return {
		width: Math.max(1, Math.round(width * scale)),
		height: Math.max(1, Math.round(height * scale)),
	};
}

/** GPU memory of an RGBA8 texture, in bytes, with its mipmap chain when `mipmaps`. */
export function textureBytes(width: number, height: number, mipmaps = true): number {
	const base = width * height * 4;
	return mipmaps ? Math.round((base * 4) / 3) : base;
}
