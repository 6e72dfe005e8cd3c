/**
 * The Studio's check of an exhibit's uploaded 3D model: one the site could not show is
 * refused with the reason, before it is published and becomes a grey box in the hall. The
 * site decodes Meshopt and Draco compression itself, so those pass; a model that needs KTX2
 * textures, or another extension three.js does not read, does not. The check reads only the
 * model's glTF JSON, which sits at the start of a .glb.
 */
import type { CustomValidator, FileValue } from 'sanity';

import { readModelNeeds, type ModelNeeds } from '../../site/islands/museum/gltf-needs.ts';
import { validationClient } from './rules.ts';

// Enough for the JSON of almost any model; a longer one is read whole.
const HEAD_BYTES = 64 * 1024;

type Verdict = ModelNeeds | 'not-gltf' | 'unreadable';

// Each uploaded file is read once per Studio session: an asset never changes.
const verdicts = new Map<string, Promise<Verdict>>();

/** Refuses a model file the site could not show, saying what to export instead. */
export const modelTheSiteCanShow: CustomValidator<FileValue | undefined> = async (
	value,
	context,
) => {
	const ref = value?.asset?._ref;
	if (!ref) return true;

	let verdict = verdicts.get(ref);
	if (!verdict) {
		verdict = judge(ref, context);
		verdicts.set(ref, verdict);
	}
	const needs = await verdict;

	// A file the Studio cannot fetch now is not held against the editor.
	if (needs === 'unreadable') {
		verdicts.delete(ref);
		return true;
	}
	if (needs === 'not-gltf') {
		return '这个文件不是 glTF 二进制模型 (.glb)，展厅无法显示。请上传用 Blender 等软件导出的 .glb 文件。';
	}
	if (needs.unsupported.length > 0) {
		const list = needs.unsupported.join('、');
		return `这个模型需要 ${list}，网站无法解码，展厅里只会显示一个占位方块。请重新导出：几何体可以用 Meshopt 或 Draco 压缩，贴图请用 PNG、JPEG 或 WebP（不要用 KTX2）。`;
	}
	return true;
};

async function judge(ref: string, context: Parameters<CustomValidator>[1]): Promise<Verdict> {
	let bytes: ArrayBuffer;
	try {
		const url = await validationClient(context).fetch<string | null>('*[_id == $ref][0].url', {
			ref,
		});
		if (!url) return 'unreadable';
		bytes = await modelHead(url);
	} catch {
		return 'unreadable';
	}

	try {
		return readModelNeeds(bytes);
	} catch {
		return 'not-gltf';
	}
}

// The start of the file, or all of it when its glTF JSON runs past the start.
async function modelHead(url: string): Promise<ArrayBuffer> {
	const head = await fetch(url, { headers: { Range: `bytes=0-${HEAD_BYTES - 1}` } });
	if (!head.ok) throw new Error(`${url} answered ${head.status}`);
	const bytes = await head.arrayBuffer();
	if (head.status !== 206 || bytes.byteLength < 20) return bytes;

	const view = new DataView(bytes);
	const isGlb = view.getUint32(0, true) === 0x46546c67;
	if (isGlb && 20 + view.getUint32(12, true) <= bytes.byteLength) return bytes;

	const whole = await fetch(url);
	if (!whole.ok) throw new Error(`${url} answered ${whole.status}`);
	return whole.arrayBuffer();
}
