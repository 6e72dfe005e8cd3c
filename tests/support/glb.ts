/**
 * Binary glTF (.glb) files written for tests: the 12-byte header, the JSON chunk padded with
 * spaces, and the binary chunk padded with zeros when there is one.
 */

function padded(bytes: Buffer, fill: number): Buffer {
	return Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4, fill)]);
}

function chunk(type: number, body: Buffer): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32LE(body.length, 0);
	head.writeUInt32LE(type, 4);
	return Buffer.concat([head, body]);
}

/** A .glb of `json`, with `binary` as its binary chunk if given. */
export function glb(json: object, binary?: Uint8Array): Uint8Array {
	const chunks = [chunk(0x4e4f534a, padded(Buffer.from(JSON.stringify(json)), 0x20))];
	if (binary) chunks.push(chunk(0x004e4942, padded(Buffer.from(binary), 0)));

	const length = 12 + chunks.reduce((sum, part) => sum + part.length, 0);
	const header = Buffer.alloc(12);
	header.writeUInt32LE(0x46546c67, 0);
	header.writeUInt32LE(2, 4);
	header.writeUInt32LE(length, 8);

	// A plain array of its own: `Buffer.concat` may cut from a shared pool, and a Buffer's
	// `slice` shares memory where tests expect a copy.
	const file = new Uint8Array(length);
	file.set(Buffer.concat([header, ...chunks]));
	return file;
}
