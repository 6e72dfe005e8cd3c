/**
 * Share pictures: one per story and language (`/stories/<slug>/og.png`) and one for the site
 * (`/og.png`), composed by the server from the story's cover (see `src/share/`). Each is made
 * once and kept in memory; its address carries a version that changes with the cover and the
 * title, so it can be cached for a year.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createImageUrlBuilder } from '@sanity/image-url';
import { LRUCache } from 'lru-cache';

import { mediaFilePath } from '../../src/content/media-files.ts';
import type { StorySummary } from '../../src/content/models.ts';
import { pick, type Locale } from '../../src/i18n/locale.ts';
import { messages } from '../../src/i18n/messages/index.ts';
import { localePath } from '../../src/i18n/paths.ts';
import { logger } from '../../src/log.ts';
import type { ShareImage } from '../../src/seo/share-tags.ts';
import { fontFamilyFor } from '../../src/share/fonts.ts';
import { composeShareImage, shareImageSize } from '../../src/share/share-image.ts';
import { assetProxy } from './asset-proxy.ts';
import { content, contentSource } from './content.ts';

const log = logger.child({ module: 'share-images' });

const pictures = new LRUCache<string, Buffer>({
	maxSize: 48 * 1024 * 1024,
	sizeCalculation: (png) => Math.max(1, png.byteLength),
});

const languages: Record<Locale, string> = { zh: 'zh-cn', en: 'en' };

/** The share picture of `story` in `locale`, for its page's Open Graph tags. */
export function storyShareImage(story: StorySummary, locale: Locale): ShareImage {
	const title = pick(story.title, locale);
	return {
		path: `${localePath(`/stories/${encodeURIComponent(story.slug)}/og.png`, locale)}?v=${version(story, locale)}`,
		...shareImageSize,
		alt: messages(locale).share.storyImageAlt(title),
	};
}

/** The response for `/stories/<slug>/og.png` in `locale`. */
export async function storyShareImageResponse(
	slug: string,
	locale: Locale,
	url: URL,
): Promise<Response> {
	const story = await content.story(slug);
	if (!story) {
		return new Response('Not found', {
			status: 404,
			headers: { 'Content-Type': 'text/plain; charset=utf-8' },
		});
	}

	const key = `story:${locale}:${story.slug}:${version(story, locale)}`;
	let png = pictures.get(key);
	if (!png) {
		const t = messages(locale);
		png = await composeShareImage({
			cover: story.coverImage ? await coverBytes(story.coverImage) : null,
			title: pick(story.title, locale),
			kicker: t.site.name,
			sampleLabel: story.sample ? t.badges.sample : null,
			fontFamily: await fontFamilyFor(languages[locale]),
		});
		pictures.set(key, png);
	}

	return pngResponse(png, url.searchParams.get('v') === version(story, locale));
}

/** The response for the site's own share picture in `locale`. */
export async function siteShareImageResponse(locale: Locale): Promise<Response> {
	const key = `site:${locale}`;
	let png = pictures.get(key);
	if (!png) {
		const t = messages(locale);
		png = await composeShareImage({
			cover: null,
			title: t.site.name,
			kicker: t.site.shortName,
			sampleLabel: null,
			fontFamily: await fontFamilyFor(languages[locale]),
		});
		pictures.set(key, png);
	}
	return pngResponse(png, false);
}

function pngResponse(png: Buffer, versioned: boolean): Response {
	return new Response(new Uint8Array(png), {
		headers: {
			'Content-Type': 'image/png',
			'Content-Length': String(png.byteLength),
			// A versioned address never shows another picture; an unversioned one may change.
			'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
		},
	});
}

function version(story: StorySummary, locale: Locale): string {
	const parts = [
		story.coverImage?.asset._id ?? '',
		pick(story.title, locale),
		String(story.sample),
	];
	return createHash('sha1').update(parts.join('\n')).digest('base64url').slice(0, 10);
}

// The cover's bytes: the bundled file, or the picture from Sanity's CDN at the share size. A
// cover that cannot be read leaves the picture without it rather than failing.
async function coverBytes(image: NonNullable<StorySummary['coverImage']>): Promise<Buffer | null> {
	try {
		if (contentSource.kind === 'embedded') {
			const file = mediaFilePath(
				contentSource.contentDir,
				image.asset.url.replace(/^\/media\//, ''),
			);
			return file ? await readFile(file) : null;
		}

		const address = createImageUrlBuilder({
			projectId: contentSource.projectId,
			dataset: contentSource.dataset,
			baseUrl: assetProxy.cdnOrigin,
		})
			.image({
				asset: { _ref: image.asset._id },
				...(image.crop ? { crop: image.crop } : {}),
				...(image.hotspot ? { hotspot: image.hotspot } : {}),
			})
			.width(shareImageSize.width)
			.height(shareImageSize.height)
			.fit('crop')
			.format('jpg')
			.url();
		const response = await fetch(address, { signal: AbortSignal.timeout(15_000) });
		if (!response.ok) throw new Error(`Sanity's CDN answered ${response.status}`);
		return Buffer.from(await response.arrayBuffer());
	} catch (error) {
		log.warn(
			{ err: error, asset: image.asset._id },
			`the cover ${image.asset._id} could not be read for a share picture, which is made without it: ${(error as Error).message}`,
		);
		return null;
	}
}
