import {
	createSchema,
	defaultTemplatesForSchema,
	type DocumentActionComponent,
	type Source,
} from 'sanity';
import { createStructureBuilder } from 'sanity/structure';
import { describe, expect, test, vi } from 'vitest';

import { documentActions, newDocumentOptions } from '../../studio/actions/document-actions.ts';
import { openOnSite, printQrPoster } from '../../studio/actions/site-actions.ts';
import { schemaTypes } from '../../studio/schema-types/index.ts';
import { posterPath, sitePath } from '../../studio/site-links.ts';
import { structure } from '../../studio/structure.ts';
import { studioTemplates } from '../../studio/templates.ts';

// The Studio's content tree, list previews and document actions, built with Sanity's own
// structure builder and schema offline (the Studio itself needs Sanity's servers).

const schema = createSchema({ name: 'boai', types: schemaTypes });
const templates = studioTemplates(defaultTemplatesForSchema(schema));

function builder() {
	const source = {
		projectId: 'boai-local',
		dataset: 'production',
		schema,
		templates,
		currentUser: null,
		getClient: () => {
			throw new Error('the structure asked for a client while it was being built');
		},
		i18n: { t: (key: string) => key },
		document: { resolveNewDocumentOptions: () => [] },
	};
	// Only what the builder reads of a workspace's source; the published perspective.
	return createStructureBuilder({ source: source as unknown as Source, perspectiveStack: [] });
}

interface Node {
	id: string;
	title?: string;
	type?: string;
	items?: Node[];
	schemaType?: { name: string } | string;
	options?: { filter?: string; params?: Record<string, unknown> };
	child?: unknown;
}

async function root(): Promise<Node> {
	const S = builder();
	const list = await structure(S, S.context as never);
	return (list as unknown as { serialize(): Node }).serialize();
}

async function childOf(item: Node, id = item.id): Promise<Node> {
	const child = item.child as Node | ((id: string, context: object) => Node | Promise<Node>);
	const resolved = typeof child === 'function' ? await child(id, { parent: null }) : child;
	const serializable = resolved as unknown as { serialize?: () => Node };
	return serializable.serialize ? serializable.serialize() : (resolved as Node);
}

function titles(node: Node): string[] {
	return (node.items ?? [])
		.filter((item) => item.type !== 'divider')
		.map((item) => item.title ?? '');
}

describe('the Studio’s content tree', () => {
	test('reads like the society’s work: settings, stories, museum, route, sites, institutions', async () => {
		expect(titles(await root())).toEqual([
			'网站设置',
			'故事与新闻',
			'红医博物馆',
			'红十字文旅打卡路线',
			'人道传播阵地',
			'合作机构',
		]);
	});

	test('the settings are one document, opened in place', async () => {
		const settings = (await root()).items?.find((item) => item.title === '网站设置');
		const editor = (await childOf(settings as Node)) as Node & {
			options: { id: string; type: string };
		};

		expect(editor.type).toBe('document');
		expect(editor.options).toMatchObject({ id: 'siteSettings', type: 'siteSettings' });
	});

	test('stories are listed by category, and sample stories on a list of their own', async () => {
		const stories = await childOf(
			(await root()).items?.find((item) => item.id === 'stories') as Node,
		);
		const sample = stories.items?.find((item) => item.id === 'stories-sample') as Node;
		const sampleList = await childOf(sample);

		expect(titles(stories)).toContain('全部故事（最新在前）');
		expect(titles(stories)).toContain('示例数据（待替换为真实内容）');
		expect(sampleList.options?.filter).toContain('sample == true');
		expect(sampleList.options?.params).toEqual({ type: 'story' });
	});

	test('the museum lists halls, and each hall’s exhibits with a template for that hall', async () => {
		const museum = await childOf(
			(await root()).items?.find((item) => item.id === 'museum') as Node,
		);
		const byHall = museum.items?.find((item) => item.id === 'exhibits-by-hall') as Node;
		const halls = await childOf(byHall);
		const exhibits = (await childOf(halls, 'hall-qi-yuan')) as Node & {
			initialValueTemplates?: Array<{ templateId: string; parameters: unknown }>;
		};

		expect(titles(museum)).toEqual(['展厅（参观顺序）', '按展厅查看展品', '全部展品（时间线）']);
		expect(exhibits.options).toMatchObject({ params: { hallId: 'hall-qi-yuan' } });
		expect(exhibits.initialValueTemplates?.[0]).toMatchObject({
			templateId: 'exhibit-in-hall',
			parameters: { hallId: 'hall-qi-yuan' },
		});
	});

	test('outreach sites are listed by district, with the sample ones apart', async () => {
		const outreach = await childOf(
			(await root()).items?.find((item) => item.id === 'outreach') as Node,
		);
		const byDistrict = await childOf(
			outreach.items?.find((item) => item.id === 'outreach-by-district') as Node,
		);

		expect(titles(byDistrict)).toEqual([
			'天元区',
			'荷塘区',
			'芦淞区',
			'石峰区',
			'渌口区',
			'醴陵市',
			'攸县',
			'茶陵县',
			'炎陵县',
		]);
		expect(titles(outreach)).toContain('示例数据（待替换为真实站点）');
	});

	test('the singleton cannot be created from the global menu', () => {
		expect(templates.map((template) => template.id)).not.toContain('siteSettings');

		const options = templates.map((template) => ({ templateId: template.id }));
		const offered = newDocumentOptions(
			options as never,
			{
				creationContext: { type: 'global' },
			} as never,
		).map((option) => option.templateId);
		expect(offered).toContain('story');
		expect(offered).not.toContain('siteSettings');
		expect(offered).not.toContain('exhibit-in-hall');
	});
});

describe('list previews', () => {
	function preview(type: string, values: Record<string, unknown>) {
		const prepare = schema.get(type)?.preview?.prepare;
		if (!prepare) throw new Error(`${type} has no list preview`);
		return prepare(values) as { title?: unknown; subtitle?: unknown; media?: unknown };
	}

	test('a story shows its cover, its date as precisely as it is known, and a sample mark', () => {
		const cover = { asset: { _ref: 'image-abc-10x10-png' } };

		expect(
			preview('story', {
				title: '救护培训进校园',
				publishedAt: '2024-05-11T16:30:00Z',
				category: 'first-aid',
				sample: true,
				media: cover,
			}),
		).toEqual({
			title: '救护培训进校园',
			subtitle: '示例数据 · 2024-05-12 · 应急救护',
			media: cover,
		});
		expect(
			preview('story', {
				title: '年度总结',
				publishedAt: '2023-01-01T00:00:00+08:00',
				precision: 'year',
			}).subtitle,
		).toBe('2023');
	});

	test('an outreach site shows its district, kind and whether its place is to be checked', () => {
		const photo = { asset: { _ref: 'image-def-10x10-jpg' } };

		expect(
			preview('outreachSite', {
				title: '神农公园',
				kind: 'park',
				district: 'tianyuan',
				approximate: true,
				sample: false,
				media: photo,
			}),
		).toEqual({ title: '神农公园', subtitle: '天元区 · 公园 · 位置待核实', media: photo });
	});

	test('an exhibit shows its first image and its place in its hall', () => {
		const result = preview('exhibit', {
			title: '药箱',
			era: '1938年',
			kind: 'instrument',
			hall: '起源',
			order: 3,
			sample: true,
			media: { asset: { _ref: 'image-1' } },
		});

		expect(result.subtitle).toMatch(/^示例数据 · 1938年 · .+ · 起源 #3$/);
		expect(result.media).toEqual({ asset: { _ref: 'image-1' } });
	});

	test('a route stop shows its district and a sample mark', () => {
		expect(
			preview('routeStop', { title: '红十字纪念馆', district: 'lusong', sample: true }).subtitle,
		).toBe('示例数据 · 芦淞区');
	});
});

describe('document actions', () => {
	const base = [{ action: 'publish' }, { action: 'delete' }, { action: 'duplicate' }] as Array<
		DocumentActionComponent & { action?: string }
	>;
	const actionsFor = (schemaType: string) =>
		documentActions(base as DocumentActionComponent[], { schemaType } as never);

	test('every type with a page can be opened on the site; route stops can print their poster', () => {
		expect(actionsFor('story')).toContain(openOnSite);
		expect(actionsFor('outreachSite')).toContain(openOnSite);
		expect(actionsFor('story')).not.toContain(printQrPoster);
		expect(actionsFor('routeStop')).toEqual(expect.arrayContaining([openOnSite, printQrPoster]));
		expect(actionsFor('institution')).toEqual(base);
	});

	test('the settings can be published and opened, never deleted or duplicated', () => {
		expect(actionsFor('siteSettings')).toEqual([base[0], openOnSite]);
	});

	test('“open on the site” links the published page, and waits for the first publish', () => {
		const published = { _id: 'story-a', _type: 'story', slug: { current: 'jiu-hu' } };
		const action = (props: object) =>
			(openOnSite as unknown as (props: object) => { disabled: boolean; title: string })(props);

		expect(action({ published, draft: null })).toMatchObject({ disabled: false });
		expect(action({ published, draft: { ...published } }).title).toMatch(/草稿/);
		expect(action({ published: null, draft: { ...published } })).toMatchObject({ disabled: true });
		expect(sitePath(published)).toBe('/stories/jiu-hu/');
		expect(sitePath({ _type: 'outreachSite', slug: { current: 'shen-nong' } })).toBe(
			'/map/shen-nong/',
		);
		expect(sitePath({ _type: 'institution', slug: { current: 'x' } })).toBeNull();
	});

	test('“print QR poster” opens the stop’s poster page once the stop is published', () => {
		const action = (props: object) =>
			(printQrPoster as unknown as (props: object) => { disabled: boolean })(props);
		const stop = { _id: 'stop-a', _type: 'routeStop', slug: { current: 'shen-nong-gong-yuan' } };

		expect(action({ published: stop, draft: null }).disabled).toBe(false);
		expect(action({ published: null, draft: stop }).disabled).toBe(true);
		expect(posterPath('shen-nong-gong-yuan')).toBe('/route/posters/shen-nong-gong-yuan/');
	});
});

describe('the Studio configuration', () => {
	test('speaks Simplified Chinese through the zh-Hans locale plugin', async () => {
		// The map input draws with Leaflet, which needs a window; the configuration does not.
		vi.doMock('../../studio/inputs/form-inputs.tsx', () => ({ renderInput: () => null }));
		const { default: config } = await import('../../studio/sanity.config.ts');
		const workspace = (Array.isArray(config) ? config[0] : config) as { plugins?: unknown[] };
		const names = (workspace.plugins ?? []).map((plugin) => (plugin as { name?: string }).name);

		expect(names).toContain('@sanity/locale-zh-hans');
	});
});
