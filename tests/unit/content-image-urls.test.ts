import { describe, expect, test } from 'vitest';

import { createImageProps, fileUrl } from '../../src/content/image-urls.ts';
import { imageWidths } from '../../src/content/image-widths.ts';
import type { ImageModel } from '../../src/content/models.ts';

const sha = 'b'.repeat(40);
const image: ImageModel = {
	asset: {
		_id: `image-${sha}-1600x900-webp`,
		url: `/media/images/${sha}-1600x900.webp`,
		width: 1600,
		height: 900,
		extension: 'webp',
	},
	alt: { zh: '救护培训现场', en: 'A first-aid class' },
	caption: null,
};

describe('image attributes with the bundled dataset', () => {
	const imageProps = createImageProps({ kind: 'embedded' });

	test('serve the smallest copy that fills the box, keeping the aspect ratio', () => {
		expect(imageProps(image, { width: 800, locale: 'zh' })).toEqual({
			src: `/media/images/${sha}-1600x900.webp?w=800`,
			width: 800,
			height: 450,
			alt: '救护培训现场',
		});
		expect(imageProps(image, { width: 1600, locale: 'zh' }).src).toBe(
			`/media/images/${sha}-1600x900.webp`,
		);
	});

	test('offer every copy up to twice the box in a srcset when the box follows the viewport', () => {
		const props = imageProps(image, { width: 320, locale: 'en', sizes: '100vw' });
		const file = `/media/images/${sha}-1600x900.webp`;

		expect(props.srcset).toBe(`${file}?w=320 320w, ${file}?w=480 480w, ${file}?w=640 640w`);
		expect(props.sizes).toBe('100vw');
		expect(props.height).toBe(180);
		expect(imageProps(image, { width: 960, locale: 'en', sizes: '100vw' }).srcset).toContain(
			`${file} 1600w`,
		);
	});

	test('send a vector or animated file as it is', () => {
		const drawing = {
			...image,
			asset: { ...image.asset, url: `/media/images/${sha}-1600x900.svg`, extension: 'svg' },
		};
		const props = imageProps(drawing, { width: 320, locale: 'en', sizes: '100vw' });

		expect(props.src).toBe(`/media/images/${sha}-1600x900.svg`);
		expect(props.srcset).toBeUndefined();
	});

	test('take a fixed box when a height is asked for', () => {
		expect(imageProps(image, { width: 300, height: 300, locale: 'zh' })).toMatchObject({
			width: 300,
			height: 300,
		});
	});

	test('give the alt text in the page language, falling back to Chinese', () => {
		expect(imageProps(image, { width: 10, locale: 'en' }).alt).toBe('A first-aid class');
		const chineseOnly = { ...image, alt: { zh: '只有中文', en: null } };
		expect(imageProps(chineseOnly, { width: 10, locale: 'en' }).alt).toBe('只有中文');
	});
});

describe('image attributes with Sanity', () => {
	const imageProps = createImageProps({
		kind: 'sanity',
		projectId: 'abc123',
		dataset: 'production',
	});
	const cdn = `https://cdn.sanity.io/images/abc123/production/${sha}-1600x900.webp`;

	test('ask the image CDN for a ladder width, the format and twice the resolution', () => {
		const props = imageProps(image, { width: 400, locale: 'zh' });

		expect(props.src).toBe(`${cdn}?w=480&fit=max&auto=format`);
		expect(props.srcset).toBe(
			`${cdn}?w=480&fit=max&auto=format 1x, ${cdn}?w=800&fit=max&auto=format 2x`,
		);
		expect(props).toMatchObject({ width: 400, height: 225, alt: '救护培训现场' });
	});

	test('offer the ladder’s widths up to twice the box when sizes are given', () => {
		const props = imageProps(image, {
			width: 600,
			locale: 'zh',
			sizes: '(min-width: 40rem) 600px, 100vw',
		});
		const widths = props.srcset!.split(', ').map((candidate) => {
			const [address, descriptor] = candidate.split(' ');
			return [Number(new URL(address!).searchParams.get('w')), descriptor];
		});

		expect(widths).toEqual([
			[320, '320w'],
			[480, '480w'],
			[640, '640w'],
			[800, '800w'],
			[960, '960w'],
			[1200, '1200w'],
		]);
		expect(props.src).toContain('w=640&');
		expect(props.sizes).toBe('(min-width: 40rem) 600px, 100vw');
	});

	test('ask for every width from the ladder, never the box’s own', () => {
		const widths = [90, 250, 333, 700, 1000, 1500, 3000].flatMap((width) => {
			const props = imageProps(image, { width, height: width / 2, locale: 'zh', sizes: '100vw' });
			return [...props.srcset!.matchAll(/[?&]w=(\d+)/g)].map(([, w]) => Number(w));
		});

		expect(widths.length).toBeGreaterThan(10);
		expect(widths.filter((width) => !imageWidths.includes(width))).toEqual([]);
	});

	test('describe a picture fitted into a wider box by its own width', () => {
		const small = {
			...image,
			asset: { ...image.asset, _id: `image-${sha}-1000x500-webp`, width: 1000, height: 500 },
		};
		const props = imageProps(small, { width: 800, locale: 'zh', sizes: '100vw' });

		// The CDN sends the 1000-pixel original for w=1200 with fit=max.
		expect(props.srcset).toMatch(/w=1200&fit=max&auto=format 1000w$/);
	});

	test('crop to a fixed box around the hotspot', () => {
		const withHotspot = { ...image, hotspot: { x: 0.3, y: 0.4, width: 0.2, height: 0.2 } };
		const props = imageProps(withHotspot, { width: 200, height: 200, locale: 'zh' });

		// The ladder's smallest width, as a square around x = 0.3 of a 1600 × 900 image.
		expect(props.src).toContain('rect=30,0,900,900');
		expect(props.src).toContain('w=320&h=320&fit=crop');
		expect(props).toMatchObject({ width: 200, height: 200 });
	});

	test('keep the height of the cropped image', () => {
		const cropped = { ...image, crop: { top: 0, bottom: 0, left: 0.25, right: 0.25 } };
		// 800 × 900 after the crop: 400 wide is 450 high.
		expect(imageProps(cropped, { width: 400, locale: 'zh' }).height).toBe(450);
	});

	test('offer no 2x candidate the original cannot fill', () => {
		const props = imageProps(image, { width: 1000, locale: 'zh' });
		expect(props.srcset).toBe(`${cdn}?w=1200&fit=max&auto=format 1x`);
	});
});

describe('file links', () => {
	test('are the URL the asset carries', () => {
		expect(fileUrl({ url: `/media/files/${sha}.mp3` })).toBe(`/media/files/${sha}.mp3`);
	});
});
