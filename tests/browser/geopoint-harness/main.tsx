/**
 * A test page for the Studio's geopoint input as the Studio registers it: the outreach site's
 * `location` field type is compiled from the Studio's own schema (`createSchema` over
 * `schemaTypes`, so it carries no tile options) and handed to the Studio's `renderInput`,
 * which must pick the map input; the tiles come from SANITY_STUDIO_MAP_TILES, as in a built
 * Studio. The page keeps the value the way the form does (applying each `set`/`unset` patch it
 * receives) and records every patch in `window.patches` for the test to read.
 *
 * `?tiles=gaode` is the Studio built with SANITY_STUDIO_MAP_TILES=gaode (GCJ-02 tiles), and
 * `?lat=…&lng=…` starts the field with a value.
 */
import { studioTheme, ThemeProvider } from '@sanity/ui';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createSchema, type ObjectInputProps, type ObjectSchemaType } from 'sanity';

import { renderInput } from '../../../studio/inputs/form-inputs.tsx';
import { schemaTypes } from '../../../studio/schema-types/index.ts';

interface Patch {
	type: 'set' | 'unset';
	path: unknown[];
	value?: unknown;
}

/** The Studio's build-time settings; `vite.config.ts` points `process.env.SANITY_STUDIO_*` here. */
interface StudioEnvironment {
	SANITY_STUDIO_MAP_TILES?: string;
}

declare global {
	interface Window {
		patches: Patch[];
		studioEnvironment: StudioEnvironment;
		/** What the schema gave the field, for the test to check it is the Studio's own. */
		locationField: { title?: string; typeName: string; options: unknown };
	}
}

const query = new URLSearchParams(location.search);
window.patches = [];
window.studioEnvironment = { SANITY_STUDIO_MAP_TILES: query.get('tiles') ?? 'osm' };

const schema = createSchema({ name: 'harness', types: schemaTypes });
const outreachSite = schema.get('outreachSite') as ObjectSchemaType;
const field = outreachSite.fields.find((candidate) => candidate.name === 'location');
if (!field) throw new Error('the outreachSite schema type has no location field');
const locationType = field.type as ObjectSchemaType;
window.locationField = {
	title: locationType.title,
	typeName: locationType.name,
	options: locationType.options ?? null,
};

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

	// What the Studio's form passes an object input, as far as an input reads it.
	const props = {
		value,
		onChange,
		readOnly: false,
		schemaType: locationType,
		path: ['location'],
		id: 'location',
		elementProps: { id: 'location' },
		// Shown only if `renderInput` let the field fall through to Sanity's own input.
		renderDefault: () => <p data-testid="default-input">Sanity 的默认输入</p>,
	} as unknown as ObjectInputProps;

	return (
		<div style={{ maxWidth: 720, margin: '24px auto' }}>
			<h1 style={{ fontSize: 18 }}>{locationType.title}</h1>
			{renderInput(props)}
			<pre data-testid="value">{JSON.stringify(value ?? null)}</pre>
		</div>
	);
}

createRoot(document.getElementById('root')!).render(
	<ThemeProvider theme={studioTheme}>
		<Form />
	</ThemeProvider>,
);
