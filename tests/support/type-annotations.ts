/**
 * What the Studio cannot show or edit even when every rule passes: a document type or field
 * the schema lacks, a value of the wrong JSON type, an array item whose `_type` is not one of
 * the array's members, and a named object whose `_type` is not its schema type (queries and
 * renderers that dispatch on `_type` would then treat dataset and CMS content differently).
 */
import type { ObjectSchemaType, Schema, SchemaType } from 'sanity';

import { pathToString, type DatasetProblem } from './dataset-problems.ts';

type PathSegment = string | number | { _key: string };

interface Walk {
	documentId: string;
	problems: DatasetProblem[];
}

/** The problems of `document` against `schema`; empty when the Studio can edit all of it. */
export function checkTypeAnnotations(
	document: { _id: string; _type: string },
	schema: Schema,
): DatasetProblem[] {
	const walk: Walk = { documentId: document._id, problems: [] };
	const type = schema.get(document._type);

	if (!type || !isDocumentType(type)) {
		report(
			walk,
			[],
			`has the _type "${document._type}", which is not a document type of the Studio schema`,
		);
		return walk.problems;
	}

	checkValue(walk, document, type, []);
	return walk.problems;
}

function checkValue(walk: Walk, value: unknown, type: SchemaType, path: PathSegment[]) {
	if (value === undefined || value === null) return;

	if (type.jsonType === 'object') checkObject(walk, value, type as ObjectSchemaType, path);
	else if (type.jsonType === 'array') checkArray(walk, value, type, path);
	else if (typeof value !== type.jsonType) {
		report(walk, path, `should be a ${type.jsonType} (${type.name}), not ${describe(value)}`);
	}
}

function checkObject(walk: Walk, value: unknown, type: ObjectSchemaType, path: PathSegment[]) {
	if (!isRecord(value)) {
		report(walk, path, `should be an object (${type.name}), not ${describe(value)}`);
		return;
	}

	// Inline objects compile to the name "object"; named types are what the Studio writes.
	const declared = value._type;
	if (
		path.length > 0 &&
		typeof declared === 'string' &&
		type.name !== 'object' &&
		declared !== type.name
	) {
		report(
			walk,
			path,
			`has _type "${declared}", but the schema type here is "${type.name}": write _type "${type.name}", as the Studio does`,
		);
	}

	for (const [name, child] of Object.entries(value)) {
		if (name.startsWith('_')) continue;

		const field = type.fields.find((candidate) => candidate.name === name);
		if (!field) {
			report(
				walk,
				[...path, name],
				`is not a field of ${type.name}: the Studio would flag it as unknown (fields: ${type.fields.map((f) => f.name).join(', ')})`,
			);
			continue;
		}
		checkValue(walk, child, field.type, [...path, name]);
	}
}

function checkArray(walk: Walk, value: unknown, type: SchemaType, path: PathSegment[]) {
	if (!Array.isArray(value)) {
		report(walk, path, `should be an array (${type.name}), not ${describe(value)}`);
		return;
	}

	const members = (type as { of?: SchemaType[] }).of ?? [];
	value.forEach((item, index) => {
		const itemPath = [
			...path,
			isRecord(item) && typeof item._key === 'string' ? { _key: item._key } : index,
		];
		const member = memberFor(item, members);
		if (!member) {
			const allowed = members.map((candidate) => candidate.name).join(', ');
			report(
				walk,
				itemPath,
				`is a ${describe(item)}, which this array does not take (it takes: ${allowed})`,
			);
			return;
		}
		checkValue(walk, item, member, itemPath);
	});
}

// The Studio's own rule: objects by `_type`, a lone member type for objects without one.
function memberFor(item: unknown, members: SchemaType[]): SchemaType | undefined {
	if (!isRecord(item)) return members.find((member) => member.jsonType === typeof item);

	const typeName = typeof item._type === 'string' ? item._type : 'object';
	if (typeName === 'object' && members.length === 1) return members[0];
	return members.find((member) => member.name === typeName);
}

function isDocumentType(type: SchemaType): boolean {
	for (let current: SchemaType | undefined = type; current; current = current.type) {
		if (current.name === 'document') return true;
	}
	return false;
}

function describe(value: unknown): string {
	if (Array.isArray(value)) return 'an array';
	if (isRecord(value))
		return typeof value._type === 'string' ? `"${value._type}" object` : 'an object without _type';
	return `the ${typeof value} ${JSON.stringify(value)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function report(walk: Walk, path: PathSegment[], message: string) {
	walk.problems.push({
		level: 'error',
		documentId: walk.documentId,
		path: pathToString(path),
		message,
	});
}
