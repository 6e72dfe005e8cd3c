import { describe, expect, it } from 'vitest';

import type { Exhibit, HallWithExhibits } from '../../src/content/models.ts';
import { buildMuseumView, planExhibits, textIn } from '../../src/museum/view-data.ts';

const image = {
	asset: {
		_id: 'image-a-1200x600-webp',
		url: '/media/images/a-1200x600.webp',
		width: 1200,
		height: 600,
		extension: 'webp',
	},
	alt: { zh: '提灯', en: 'A lamp' },
	caption: null,
};

const exhibit = (slug: string, extra: Partial<Exhibit> = {}): Exhibit => ({
	_id: `exhibit-${slug}`,
	title: { zh: `展品${slug}`, en: `Exhibit ${slug}` },
	slug,
	era: { zh: '1854年', en: null },
	year: 1854,
	kind: 'instrument',
	images: [image],
	model: null,
	modelDescription: null,
	narration: null,
	transcript: null,
	description: { zh: '说明。', en: 'About it.' },
	institution: null,
	hall: null,
	order: 1,
	sample: false,
	...extra,
});

const hall: HallWithExhibits = {
	_id: 'hall-h',
	title: { zh: '展厅', en: 'Hall' },
	slug: 'h',
	theme: { zh: '主题', en: null },
	eraStart: 1854,
	eraEnd: 1864,
	order: 1,
	ambientSound: { _id: 'file-s-wav', url: '/media/files/s.wav', extension: 'wav' },
	ambientDescription: { zh: '风声', en: 'Wind' },
	sample: true,
	exhibits: [
		exhibit('a'),
		exhibit('b', {
			images: [],
			model: { _id: 'file-m-glb', url: '/media/files/m.glb', extension: 'glb' },
			modelDescription: { zh: '模型', en: 'A model' },
			narration: { _id: 'file-n-mp3', url: '/media/files/n.mp3', extension: 'mp3' },
			transcript: { zh: '讲解', en: 'Narration' },
		}),
	],
};

const media = {
	picture: (img: typeof image, width: number) => ({
		src: `${img.asset.url}?w=${width}`,
		width,
		height: width / 2,
	}),
	file: (file: { url: string }) => file.url,
	exhibitPage: (slug: string) => `/en/museum/${slug}/`,
};

describe('the 3D hall’s data', () => {
	const view = buildMuseumView([hall], 'en', media, (kind) => `kind:${kind}`);
	const [a, b] = view.halls[0]!.exhibits;

	it('carries each text in the page’s language, or in Chinese marked as such', () => {
		expect(view.halls[0]!.title).toEqual({ text: 'Hall', lang: 'en' });
		expect(view.halls[0]!.theme).toEqual({ text: '主题', lang: 'zh-CN' });
		expect(a!.era).toEqual({ text: '1854年', lang: 'zh-CN' });
		expect(textIn({ zh: '中文', en: 'English' }, 'zh')).toEqual({ text: '中文', lang: 'zh-CN' });
	});

	it('gives pictures at the phone and desktop texture sizes, with their alt text', () => {
		expect(a!.picture).toEqual({
			small: '/media/images/a-1200x600.webp?w=1024',
			large: '/media/images/a-1200x600.webp?w=2048',
			width: 2048,
			height: 1024,
			alt: { text: 'A lamp', lang: 'en' },
		});
		expect(b!.picture).toBeNull();
	});

	it('reads the description aloud when there is no recording, the transcript when there is', () => {
		expect(a!.narration).toEqual({ url: null, text: { text: 'About it.', lang: 'en' } });
		expect(b!.narration).toEqual({
			url: '/media/files/n.mp3',
			text: { text: 'Narration', lang: 'en' },
		});
	});

	it('carries the model, the hall’s ambient sound and the exhibit’s page', () => {
		expect(b!.model).toEqual({
			url: '/media/files/m.glb',
			description: { text: 'A model', lang: 'en' },
		});
		expect(view.halls[0]!.ambient).toEqual({
			url: '/media/files/s.wav',
			description: { text: 'Wind', lang: 'en' },
		});
		expect(a!.pageUrl).toBe('/en/museum/a/');
		expect(a!.kind).toBe('kind:instrument');
	});

	it('tells the layout which exhibits have a model and how their pictures are shaped', () => {
		expect(planExhibits(view.halls[0]!)).toEqual([
			{ slug: 'a', hasModel: false, pictureAspect: 2 },
			{ slug: 'b', hasModel: true, pictureAspect: null },
		]);
	});
});
