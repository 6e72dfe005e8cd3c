/**
 * An answer sent before the request's body was read to its end (refused on its headers, a
 * file or page that takes no body, a body over a cap) closes its connection: kept alive, Node
 * would read and throw away whatever the client goes on sending, without limit.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

// A request without a body may not be marked complete yet when it is answered at once.
function hasBody(request: IncomingMessage): boolean {
	const length = request.headers['content-length'];
	return (
		request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
	);
}

/** Marks `response` to close its connection when `request`'s body is not all read yet. */
export function closeIfBodyUnread(request: IncomingMessage, response: ServerResponse): void {
	if (hasBody(request) && !request.complete && !response.headersSent) {
		response.setHeader('Connection', 'close');
	}
}
