import { describe, expect, test } from 'vitest';

import { resolveTileSettings, tileHosts } from '../../src/map/tile-providers.ts';

describe('choosing the base map', () => {
	test('uses OpenStreetMap when nothing is configured, and says why', () => {
		const { settings, reason, warnings } = resolveTileSettings({}, 'zh');

		expect(settings.provider).toBe('osm');
		expect(settings.datum).toBe('WGS-84');
		expect(settings.layers.map((layer) => layer.url)).toEqual([
			'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
		]);
		expect(reason).toMatch(/TIANDITU_KEY/);
		expect(warnings).toEqual([]);
	});

	test('uses Tianditu when only a key is set, with labels in the page language', () => {
		const zh = resolveTileSettings({ TIANDITU_KEY: 'k&1' }, 'zh').settings;
		const en = resolveTileSettings({ TIANDITU_KEY: 'k&1' }, 'en').settings;

		expect(zh.provider).toBe('tianditu');
		expect(zh.datum).toBe('WGS-84');
		expect(zh.layers.map((layer) => layer.url.split('/')[3])).toEqual(['vec_w', 'cva_w']);
		expect(en.layers.map((layer) => layer.url.split('/')[3])).toEqual(['vec_w', 'eva_w']);
		expect(zh.layers[0]?.url).toContain('TILEMATRIXSET=w');
		expect(zh.layers[0]?.url).toMatch(/tk=k%261$/);
		expect(zh.credit?.text).toContain('天地图');
	});

	test('converts markers for Gaode, whose tiles are in GCJ-02', () => {
		const { settings } = resolveTileSettings(
			{ MAP_TILES: 'gaode', MAP_APPROVAL_NUMBER: 'GS(2025)1号' },
			'en',
		);

		expect(settings.provider).toBe('gaode');
		expect(settings.datum).toBe('GCJ-02');
		expect(settings.layers[0]?.url).toContain('lang=en');
		expect(settings.approvalNumber).toBe('GS(2025)1号');
	});

	test('follows MAP_TILES over the key, in any case', () => {
		expect(
			resolveTileSettings({ MAP_TILES: ' OSM ', TIANDITU_KEY: 'k' }, 'zh').settings.provider,
		).toBe('osm');
		expect(resolveTileSettings({ MAP_TILES: 'none' }, 'zh').settings).toMatchObject({
			provider: 'none',
			layers: [],
			credit: null,
		});
	});

	test('warns about an unknown provider and uses the default', () => {
		const { settings, warnings } = resolveTileSettings({ MAP_TILES: 'google' }, 'zh');

		expect(settings.provider).toBe('osm');
		expect(warnings).toEqual([
			expect.stringMatching(/MAP_TILES is "google".*tianditu, gaode, osm, none/),
		]);
	});

	test('draws no base map for Tianditu without a key, and says what to set', () => {
		const { settings, warnings } = resolveTileSettings({ MAP_TILES: 'tianditu' }, 'zh');

		expect(settings.provider).toBe('none');
		expect(warnings[0]).toMatch(/TIANDITU_KEY/);
	});

	test('asks for the approval number on Chinese base maps', () => {
		const { warnings } = resolveTileSettings({ TIANDITU_KEY: 'k' }, 'zh');
		expect(warnings).toEqual([expect.stringContaining('MAP_APPROVAL_NUMBER')]);
	});

	test('credits the configured attribution instead of the provider, as plain text', () => {
		const { settings } = resolveTileSettings({ MAP_ATTRIBUTION: ' 底图：某测绘院 ' }, 'zh');
		expect(settings.credit).toEqual({ text: '底图：某测绘院', href: null });
	});

	test('names the hosts each provider loads tiles from', () => {
		expect(tileHosts('osm')).toEqual(['tile.openstreetmap.org']);
		expect(tileHosts('tianditu')).toHaveLength(8);
		expect(tileHosts('none')).toEqual([]);

		const { settings } = resolveTileSettings({ MAP_TILES: 'gaode' }, 'zh');
		const host = new URL(settings.layers[0]!.url.replace('{s}', '1')).hostname;
		expect(tileHosts('gaode')).toContain(host);
	});
});
