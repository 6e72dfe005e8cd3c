/**
 * `<img>` attributes and file links for content images and files, for the source this
 * process reads from (see `content.ts`).
 */
import {
	createImageProps,
	fileUrl as contentFileUrl,
	type ImageProps,
	type ImagePropsOptions,
} from '../../src/content/image-urls.ts';
import type { ImageModel } from '../../src/content/models.ts';
import { browserFileUrl } from '../../src/media/proxy-settings.ts';
import { assetProxy } from './asset-proxy.ts';
import { contentSource } from './content.ts';

// In Sanity mode images come through the site's proxy (`/media/sanity/…`) unless
// SANITY_ASSET_PROXY=off, so that no browser has to reach Sanity's hosts.
const props = createImageProps(
	contentSource.kind === 'sanity'
		? {
				kind: 'sanity',
				projectId: contentSource.projectId,
				dataset: contentSource.dataset,
				baseUrl: assetProxy.imageBaseUrl,
			}
		: { kind: 'embedded' },
);

/**
 * `src`, `srcset`, `sizes`, `width`, `height` and `alt` (in `locale`) for showing `image`
 * `width` CSS pixels wide. With `height`, the box is fixed: the Sanity CDN crops to it, while a
 * bundled file keeps its own proportions, so give the `<img>` `object-fit: cover`.
 */
export function imageProps(image: ImageModel, options: ImagePropsOptions): ImageProps {
	return props(image, options);
}

/** The URL of an uploaded file (a glTF model, an audio recording). */
export function fileUrl(file: { url: string }): string {
	return browserFileUrl(contentFileUrl(file), assetProxy);
}
