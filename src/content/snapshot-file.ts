/**
 * The published snapshot of a Sanity dataset saved as a file, so that a server restarted
 * while Sanity cannot be reached still has content to show. Written beside its place and
 * renamed over it, so that a server stopped mid-write leaves the previous file whole.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

import type { ContentDocument } from './export-layout.ts';

/** Which dataset a snapshot is of: a file of another one is never served. */
export interface SnapshotOrigin {
	projectId: string;
	dataset: string;
}

/** What a snapshot holds. */
export interface SnapshotContent {
	documents: ContentDocument[];
	/** When it was taken, in milliseconds since the epoch. */
	takenAt: number;
	/** What the dataset looked like when it was taken (see `snapshot.ts`), to tell a change. */
	revision: string;
}

const FORMAT = 'boai-content-snapshot/1';

const snapshotFile = z.object({
	format: z.literal(FORMAT),
	projectId: z.string(),
	dataset: z.string(),
	takenAt: z.iso.datetime(),
	revision: z.string(),
	documents: z.array(z.looseObject({ _id: z.string().min(1), _type: z.string().min(1) })),
});

/** Writes `content` to `file`, creating its folder. */
export async function saveSnapshot(
	file: string,
	origin: SnapshotOrigin,
	content: SnapshotContent,
): Promise<void> {
	const text = JSON.stringify({
		format: FORMAT,
		...origin,
		takenAt: new Date(content.takenAt).toISOString(),
		revision: content.revision,
		documents: content.documents,
	});

	await mkdir(dirname(file), { recursive: true });
	// A name of its own: servers sharing the folder must not write into each other's file.
	const partial = `${file}.${randomUUID()}.partial`;
	try {
		await writeFile(partial, text);
		await rename(partial, file);
	} finally {
		await rm(partial, { force: true });
	}
}

/**
 * The snapshot in `file`: `null` when there is no file yet. A file that is not a snapshot of
 * `origin` is an error that says why, since serving it would show another dataset's content.
 */
export async function readSnapshot(
	file: string,
	origin: SnapshotOrigin,
): Promise<SnapshotContent | null> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}

	const parsed = snapshotFile.safeParse(parseJson(text));
	if (!parsed.success) {
		throw new Error(
			`${file} is not a content snapshot this server wrote (${z.prettifyError(parsed.error).replaceAll('\n', ' ')})`,
		);
	}

	const { projectId, dataset, takenAt, revision, documents } = parsed.data;
	if (projectId !== origin.projectId || dataset !== origin.dataset) {
		throw new Error(
			`${file} holds the dataset "${dataset}" of the project ${projectId}, not "${origin.dataset}" of ${origin.projectId}`,
		);
	}

	return { documents: documents as ContentDocument[], takenAt: Date.parse(takenAt), revision };
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return null;
	}
}
