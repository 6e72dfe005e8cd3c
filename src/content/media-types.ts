/** The media type of each file extension the dataset may hold. */
const mediaTypes: Record<string, string> = {
	avif: 'image/avif',
	gif: 'image/gif',
	jpeg: 'image/jpeg',
	jpg: 'image/jpeg',
	png: 'image/png',
	svg: 'image/svg+xml',
	webp: 'image/webp',
	glb: 'model/gltf-binary',
	gltf: 'model/gltf+json',
	m4a: 'audio/mp4',
	mp3: 'audio/mpeg',
	oga: 'audio/ogg',
	ogg: 'audio/ogg',
	opus: 'audio/ogg',
	wav: 'audio/wav',
	weba: 'audio/webm',
	webm: 'audio/webm',
	vtt: 'text/vtt',
	pdf: 'application/pdf',
	json: 'application/json',
};

/** The media type for `extension` (without the dot), or `application/octet-stream`. */
export function mediaTypeOf(extension: string): string {
	return mediaTypes[extension.toLowerCase()] ?? 'application/octet-stream';
}
