/**
 * The `<img>` attributes for a content image. With the bundled dataset the site serves each
 * file as it is (one size, no srcset); with Sanity the image CDN resizes, crops to the
 * editor's hotspot and picks the format, and a srcset offers twice the resolution.
 */
import { createImageUrlBuilder } from '@sanity/image-url';

import { pick, type Locale } from '../i18n/locale.ts';
import type { ImageModel } from './models.ts';

/** Where image files come from. */
export type ImageHost =
	| { kind: 'embedded' }
	| {
			kind: 'sanity';
			projectId: string;
			dataset: string;
			/** What comes before `/images/…`: Sanity's CDN by default, or the site's proxy. */
			baseUrl?: string;
	  };

export interface ImagePropsOptions {
	/** The width in CSS pixels the image is shown at. */
	width: number;
	/** A fixed box height; without it the height keeps the image's aspect ratio. */
	height?: number | undefined;
	locale: Locale;
	/** The `sizes` attribute, for a layout where the image's width depends on the viewport. */
	sizes?: string | undefined;
}

/** Attributes for `<img>`: always with width and height, so nothing shifts while it loads. */
export interface ImageProps {
	src: string;
	srcset?: string;
	sizes?: string;
	width: number;
	height: number;
	alt: string;
}

/** A function giving the `<img>` attributes for an image on `host`. */
export function createImageProps(host: ImageHost) {
	const builder =
		host.kind === 'sanity'
			? createImageUrlBuilder({
					projectId: host.projectId,
					dataset: host.dataset,
					...(host.baseUrl ? { baseUrl: host.baseUrl } : {}),
				})
			: null;

	return function imageProps(image: ImageModel, options: ImagePropsOptions): ImageProps {
		const width = Math.max(1, Math.round(options.width));
		const alt = pick(image.alt, options.locale);

		if (!builder) {
			const height = options.height ?? width * (image.asset.height / image.asset.width);
			return {
				src: image.asset.url,
				width,
				height: Math.max(1, Math.round(height)),
				alt,
				...(options.sizes ? { sizes: options.sizes } : {}),
			};
		}

		const height = Math.max(1, Math.round(options.height ?? width / croppedAspectRatio(image)));
		const url = (scale: number) => {
			const sized = builder
				.image({
					asset: { _ref: image.asset._id },
					...(image.crop ? { crop: image.crop } : {}),
					...(image.hotspot ? { hotspot: image.hotspot } : {}),
				})
				.width(width * scale)
				.auto('format');
			return (options.height ? sized.height(height * scale).fit('crop') : sized.fit('max')).url();
		};

		// The 2x candidate is only worth sending when the original has the pixels for it.
		const hasDoubleResolution = image.asset.width >= width * 2;
		const srcset = options.sizes
			? [`${url(1)} ${width}w`, ...(hasDoubleResolution ? [`${url(2)} ${width * 2}w`] : [])]
			: [`${url(1)} 1x`, ...(hasDoubleResolution ? [`${url(2)} 2x`] : [])];

		return {
			src: url(1),
			srcset: srcset.join(', '),
			...(options.sizes ? { sizes: options.sizes } : {}),
			width,
			height,
			alt,
		};
	};
}

/** The URL of an uploaded file (a model, an audio recording) as the site links to it. */
export function fileUrl(file: { url: string }): string {
	return file.url;
}

// Width over height after the editor's crop, which the Sanity CDN applies.
function croppedAspectRatio(image: ImageModel): number {
	const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 };
	const width = image.asset.width * (1 - crop.left - crop.right);
	const height = image.asset.height * (1 - crop.top - crop.bottom);
	return width > 0 && height > 0 ? width / height : image.asset.width / image.asset.height;
}
