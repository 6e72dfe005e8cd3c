/**
 * The `<img>` attributes for a content image. With the bundled dataset the site resizes each
 * file to the widths of a fixed ladder (`image-widths.ts`) and a srcset offers those that fit
 * the box; with Sanity the image CDN resizes to the same ladder's widths (the site's proxy
 * serves no others), crops to the editor's crop and hotspot, and picks the format.
 */
import { createImageUrlBuilder, type ImageUrlBuilder } from '@sanity/image-url';

import { pick, type Locale } from '../i18n/locale.ts';
import { cdnWidthsFor, resizableExtensions, widthsFor } from './image-widths.ts';
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
				...bundledSources(image, width, options.sizes),
				width,
				height: Math.max(1, Math.round(height)),
				alt,
			};
		}

		const height = Math.max(1, Math.round(options.height ?? width / croppedAspectRatio(image)));
		return {
			...sanitySources(builder, image, {
				width,
				height,
				fixed: options.height !== undefined,
				sizes: options.sizes,
			}),
			width,
			height,
			alt,
		};
	};
}

/**
 * `src` and `srcset` from Sanity's image CDN, at the widths of the same ladder as bundled
 * images (the site's proxy serves no others): cropped to the editor's crop, and for a fixed
 * box around the hotspot. With `sizes`, every step that may fit the box on some screen;
 * without, the box's width and twice it (`1x`, `2x`).
 */
function sanitySources(
	builder: ImageUrlBuilder,
	image: ImageModel,
	box: { width: number; height: number; fixed: boolean; sizes: string | undefined },
): Pick<ImageProps, 'src' | 'srcset' | 'sizes'> {
	const { width, height, fixed, sizes } = box;
	const source = croppedWidth(image);
	const steps = cdnWidthsFor(width, source);

	const url = (step: number) => {
		const sized = builder
			.image({
				asset: { _ref: image.asset._id },
				...(image.crop ? { crop: image.crop } : {}),
				...(image.hotspot ? { hotspot: image.hotspot } : {}),
			})
			.width(step)
			.auto('format');
		const fitted = fixed
			? sized.height(Math.max(1, Math.round((step * height) / width))).fit('crop')
			: sized.fit('max');
		return fitted.url();
	};
	// Fitted into a box, a picture is never made wider than it is; cropped to one, it is.
	const described = (step: number) => (fixed ? step : Math.min(step, source));
	const first = steps.find((step) => step >= width) ?? steps[steps.length - 1]!;

	if (sizes) {
		return {
			src: url(first),
			srcset: steps.map((step) => `${url(step)} ${described(step)}w`).join(', '),
			sizes,
		};
	}

	const double = steps.find((step) => step >= 2 * width);
	const hasDouble = double !== undefined && double !== first && source >= 2 * width;
	return {
		src: url(first),
		srcset: [`${url(first)} 1x`, ...(hasDouble ? [`${url(double)} 2x`] : [])].join(', '),
	};
}

/**
 * `src` (the smallest copy at least `width` wide) and, for a box whose width follows the
 * viewport (`sizes`), a srcset of every copy that may fit it on some screen.
 */
function bundledSources(
	image: ImageModel,
	width: number,
	sizes: string | undefined,
): Pick<ImageProps, 'src' | 'srcset' | 'sizes'> {
	const original = image.asset.width;
	if (!resizableExtensions.has(image.asset.extension.toLowerCase())) {
		return { src: image.asset.url, ...(sizes ? { sizes } : {}) };
	}

	const widths = widthsFor(width, original);
	const url = (step: number) =>
		step >= original ? image.asset.url : `${image.asset.url}?w=${step}`;
	const src = url(widths.find((step) => step >= width) ?? widths[widths.length - 1]!);

	if (!sizes || widths.length < 2) return { src, ...(sizes ? { sizes } : {}) };
	return {
		src,
		srcset: widths.map((step) => `${url(step)} ${Math.min(step, original)}w`).join(', '),
		sizes,
	};
}

/** The URL of an uploaded file (a model, an audio recording) as the site links to it. */
export function fileUrl(file: { url: string }): string {
	return file.url;
}

// Width in pixels after the editor's crop, which the Sanity CDN applies.
function croppedWidth(image: ImageModel): number {
	const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 };
	return Math.max(1, Math.round(image.asset.width * (1 - crop.left - crop.right)));
}

// Width over height after the editor's crop, which the Sanity CDN applies.
function croppedAspectRatio(image: ImageModel): number {
	const crop = image.crop ?? { top: 0, bottom: 0, left: 0, right: 0 };
	const width = image.asset.width * (1 - crop.left - crop.right);
	const height = image.asset.height * (1 - crop.top - crop.bottom);
	return width > 0 && height > 0 ? width / height : image.asset.width / image.asset.height;
}
