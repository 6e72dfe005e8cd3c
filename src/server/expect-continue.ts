/**
 * Requests sent with `Expect: 100-continue`: the client waits to be told before it sends its
 * body. Node would say "continue" to every one of them at once; the server says it only when
 * a body is about to be read, so that a request refused on its headers (a body declared too
 * large, a wrong media type) is answered without the body ever being sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

const waiting = new WeakSet<IncomingMessage>();

/** Marks `request` as waiting for `100 Continue` (the server's `checkContinue` event). */
export function holdContinue(request: IncomingMessage): void {
	waiting.add(request);
}

/** Tells the client of `request` to send its body, if it is waiting to be told. */
export function sendContinue(request: IncomingMessage, response: ServerResponse): void {
	if (waiting.delete(request)) response.writeContinue();
}
