/**
 * The Studio's form inputs that replace Sanity's own: every geopoint field gets the map input.
 * Registered here rather than in the schema so that the schema types stay importable in Node
 * (validation, TypeGen, tests), where Leaflet cannot load.
 */
import type { InputProps, ObjectInputProps, SchemaType } from 'sanity';

import { GeopointMapInput } from './geopoint-map-input.tsx';

function isGeopoint(type: SchemaType | undefined): boolean {
	for (let current = type; current; current = current.type) {
		if (current.name === 'geopoint') return true;
	}
	return false;
}

/** `form.components.input` of the Studio config. */
export function renderInput(props: InputProps) {
	if (isGeopoint(props.schemaType)) return <GeopointMapInput {...(props as ObjectInputProps)} />;
	return props.renderDefault(props);
}
