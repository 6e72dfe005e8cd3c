/**
 * Registers the site's service worker (`/sw.js`, scope `/`) from the route's pages, and asks
 * it to keep the pages a visitor will need offline: the route, its stops and the privacy
 * page, listed by the page in `data-offline-pages`.
 */

function offlinePages(): string[] {
	const holder = document.querySelector<HTMLElement>('[data-offline-pages]');
	try {
		const parsed: unknown = JSON.parse(holder?.dataset.offlinePages ?? '[]');
		return Array.isArray(parsed) ? parsed.filter((url) => typeof url === 'string') : [];
	} catch {
		return [];
	}
}

async function register() {
	try {
		const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
		await navigator.serviceWorker.ready;
		const worker = registration.active ?? navigator.serviceWorker.controller;
		worker?.postMessage({ type: 'warm', urls: offlinePages() });
	} catch {
		// Without a service worker the pages still work online, and the outbox still keeps
		// check-ins made offline while a page is open.
	}
}

/** Starts the registration once the page has loaded, so it never slows the page down. */
export function registerServiceWorker() {
	if (!('serviceWorker' in navigator) || !window.isSecureContext) return;

	if (document.readyState === 'complete') void register();
	else window.addEventListener('load', () => void register(), { once: true });
}
