/**
 * Fifty malformed check-in requests, built around a valid one: wrong types, huge bodies, bad
 * JSON, unknown stops, coordinates out of range, times far in the future. Each must be
 * answered 4xx and change nothing.
 */

/** One malformed request: a body (sent as is when a string or bytes) and its content type. */
export interface MalformedCheckin {
	name: string;
	body: unknown;
	contentType?: string;
}

/** The fifty malformed variations of `valid`, a body that would be accepted. */
export function malformedCheckins(valid: Record<string, unknown>): MalformedCheckin[] {
	const huge = 'x'.repeat(9000);
	return [
		{ name: 'bad JSON', body: '{"visitorId": ' },
		{ name: 'JSON that is not an object', body: '[1,2,3]' },
		{ name: 'null', body: 'null' },
		{ name: 'a bare string', body: '"check me in"' },
		{ name: 'an empty body', body: '' },
		{ name: 'a body over 8 KB', body: { ...valid, displayName: huge } },
		{ name: 'a huge body of whitespace', body: ' '.repeat(100_000) },
		{ name: 'form data', body: 'stop=alpha', contentType: 'application/x-www-form-urlencoded' },
		{ name: 'plain text', body: JSON.stringify(valid), contentType: 'text/plain' },
		{ name: 'invalid UTF-8', body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]) },
		{ name: 'no method', body: { ...valid, method: undefined } },
		{ name: 'an unknown method', body: { ...valid, method: 'teleport' } },
		{ name: 'a method of the wrong type', body: { ...valid, method: 3 } },
		{ name: 'no visitor id', body: { ...valid, visitorId: undefined } },
		{ name: 'a visitor id that is not a UUID', body: { ...valid, visitorId: 'me' } },
		{ name: 'a visitor id of the wrong type', body: { ...valid, visitorId: 42 } },
		{ name: 'no idempotency key', body: { ...valid, idempotencyKey: undefined } },
		{ name: 'an idempotency key that is not a UUID', body: { ...valid, idempotencyKey: '1' } },
		{ name: 'no stop', body: { ...valid, stop: undefined } },
		{ name: 'a stop of the wrong type', body: { ...valid, stop: ['alpha'] } },
		{ name: 'a stop that is not a slug', body: { ...valid, stop: '../../etc/passwd' } },
		{ name: 'an unknown stop', body: { ...valid, stop: 'atlantis' } },
		{ name: 'a stop with SQL in it', body: { ...valid, stop: "alpha'; DROP TABLE checkins;--" } },
		{ name: 'an over-long stop', body: { ...valid, stop: 'a'.repeat(500) } },
		{ name: 'no position for a location check-in', body: { ...valid, position: undefined } },
		{ name: 'a position of the wrong type', body: { ...valid, position: 'here' } },
		{
			name: 'a latitude past 90°',
			body: { ...valid, position: { lat: 91, lng: 113, accuracy: 5 } },
		},
		{
			name: 'a latitude past −90°',
			body: { ...valid, position: { lat: -90.5, lng: 113, accuracy: 5 } },
		},
		{
			name: 'a longitude past 180°',
			body: { ...valid, position: { lat: 27.8, lng: 181, accuracy: 5 } },
		},
		{
			name: 'a latitude as a string',
			body: { ...valid, position: { lat: '27.8', lng: 113.15, accuracy: 5 } },
		},
		{
			name: 'a negative accuracy',
			body: { ...valid, position: { lat: 27.8, lng: 113.15, accuracy: -1 } },
		},
		{ name: 'no accuracy', body: { ...valid, position: { lat: 27.8, lng: 113.15 } } },
		{ name: 'a position far away', body: { ...valid, position: { lat: 0, lng: 0, accuracy: 5 } } },
		{
			name: 'a coarse fix',
			body: { ...valid, position: { lat: 27.8, lng: 113.15, accuracy: 5000 } },
		},
		{ name: 'no madeAt', body: { ...valid, madeAt: undefined } },
		{ name: 'a madeAt that is not a date', body: { ...valid, madeAt: 'yesterday' } },
		{ name: 'a madeAt as a number', body: { ...valid, madeAt: 1_700_000_000_000 } },
		{ name: 'a madeAt far in the future', body: { ...valid, madeAt: '2099-01-01T00:00:00Z' } },
		{ name: 'a madeAt a month ago', body: { ...valid, madeAt: '2026-04-01T00:00:00Z' } },
		{ name: 'a madeAt without a time zone', body: { ...valid, madeAt: '2026-05-06T10:00:00' } },
		{ name: 'a QR check-in without a token', body: { ...valid, method: 'qr' } },
		{
			name: 'a forged token',
			body: { ...valid, method: 'qr', token: 'abcd.AAAAAAAAAAAAAAAAAAAAAA' },
		},
		{ name: 'a token of the wrong type', body: { ...valid, method: 'qr', token: { kid: 1 } } },
		{ name: 'an over-long token', body: { ...valid, method: 'qr', token: 'x'.repeat(300) } },
		{ name: 'a code check-in without a code', body: { ...valid, method: 'code' } },
		{ name: 'a wrong code', body: { ...valid, method: 'code', code: 'PPPPPP' } },
		{ name: 'an over-long display name', body: { ...valid, displayName: '名'.repeat(41) } },
		{ name: 'a display name with control characters', body: { ...valid, displayName: 'a\u0000b' } },
		{ name: 'a display name of the wrong type', body: { ...valid, displayName: 7 } },
		{ name: 'an unknown language', body: { ...valid, lang: 'fr' } },
	];
}
