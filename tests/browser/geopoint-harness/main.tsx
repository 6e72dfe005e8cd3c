/**
 * A test page for the Studio's geopoint input: renders it with the props the Studio passes
 * (value, onChange, schemaType, readOnly …) inside Sanity UI's theme, keeps the value the way
 * the form does (applying each `set`/`unset` patch it receives), and records every patch in
 * `window.patches` for the test to read. `?tiles=gaode` puts GCJ-02 tiles under it, and
 * `?lat=…&lng=…` starts it with a value.
 */
import { studioTheme, ThemeProvider } from '@sanity/ui';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ObjectInputProps } from 'sanity';

import { resolveTileSettings } from '../../../src/map/tile-providers.ts';
import { GeopointMapInput } from '../../../studio/inputs/geopoint-map-input.tsx';

interface Patch {
	type: 'set' | 'unset';
	path: unknown[];
	value?: unknown;
}

declare global {
	interface Window {
		patches: Patch[];
	}
}

window.patches = [];
const query = new URLSearchParams(location.search);
const tiles = resolveTileSettings({ MAP_TILES: query.get('tiles') ?? 'osm' }, 'zh').settings;
const initial = query.has('lat')
	? { _type: 'geopoint', lat: Number(query.get('lat')), lng: Number(query.get('lng')) }
	: undefined;

function Form() {
	const [value, setValue] = useState<unknown>(initial);

	function onChange(patch: Patch | Patch[]) {
		for (const one of Array.isArray(patch) ? patch : [patch]) {
			window.patches.push(one);
			setValue(one.type === 'set' ? one.value : undefined);
		}
	}

	const props = {
		value,
		onChange,
		readOnly: false,
		schemaType: { name: 'geopoint', jsonType: 'object', options: { tiles }, fields: [] },
		path: ['location'],
		id: 'location',
		elementProps: { id: 'location' },
	} as unknown as ObjectInputProps;

	return (
		<div style={{ maxWidth: 720, margin: '24px auto' }}>
			<h1 style={{ fontSize: 18 }}>地图位置</h1>
			<GeopointMapInput {...props} />
			<pre data-testid="value">{JSON.stringify(value ?? null)}</pre>
		</div>
	);
}

createRoot(document.getElementById('root')!).render(
	<ThemeProvider theme={studioTheme}>
		<Form />
	</ThemeProvider>,
);
