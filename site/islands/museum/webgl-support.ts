/**
 * Whether this browser can draw WebGL at all. The probe's context is released at once so
 * that the page keeps at most one live WebGL canvas.
 */
export function webglAvailable(): boolean {
	try {
		const canvas = document.createElement('canvas');
		const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		if (!context) return false;
		context.getExtension('WEBGL_lose_context')?.loseContext();
		return true;
	} catch {
		return false;
	}
}
