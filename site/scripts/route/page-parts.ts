/**
 * Small pieces the route pages share: reading what the server rendered into the page,
 * announcing to screen readers, and the visitor's progress and certificate link.
 */
import type { Locale } from '../../../src/i18n/locale.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import type { Snapshot } from './session.ts';
import { progress, stampStates, type Progress, type StampState } from './stamps.ts';

/** A stop as the page lists it. */
export interface PageStop {
	slug: string;
	title: string;
	/** Whether the certificate needs its stamp (sample stops are optional). */
	required: boolean;
}

/** The stops a page was rendered with (`data-stops`, JSON), in walking order. */
export function pageStops(root: HTMLElement): PageStop[] {
	try {
		const parsed: unknown = JSON.parse(root.dataset.stops ?? '[]');
		if (!Array.isArray(parsed)) return [];
		return parsed.filter(
			(stop): stop is PageStop =>
				typeof stop?.slug === 'string' &&
				typeof stop?.title === 'string' &&
				typeof stop?.required === 'boolean',
		);
	} catch {
		return [];
	}
}

/** The page's language (`data-locale`), Chinese unless it says English. */
export function pageLocale(root: HTMLElement): Locale {
	return root.dataset.locale === 'en' ? 'en' : 'zh';
}

/** The first element under `root` matching `selector`; the page's markup guarantees it. */
export function part<T extends HTMLElement = HTMLElement>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element)
		throw new Error(`The route page has no ${selector}: its markup and script disagree.`);
	return element;
}

/**
 * Says `text` through a live region. It is emptied first, so that the same sentence twice
 * in a row is announced twice.
 */
export function announce(region: HTMLElement, text: string) {
	region.textContent = '';
	window.setTimeout(() => (region.textContent = text), 50);
}

/** Stamp states and progress for a snapshot. */
export function standing(
	stops: readonly PageStop[],
	snapshot: Snapshot,
): { states: Map<string, StampState>; progress: Progress } {
	const states = stampStates(
		stops.map((stop) => stop.slug),
		snapshot.passport,
		snapshot.outcomes,
		snapshot.pending,
	);
	const required = stops.filter((stop) => stop.required).map((stop) => stop.slug);
	return { states, progress: progress(states, snapshot.passport, required) };
}

/** Fills the progress line (`data-progress`) and the certificate notice (`data-certificate`). */
export function showProgress(
	root: HTMLElement,
	snapshot: Snapshot,
	current: Progress,
	locale: Locale,
) {
	const t = messages(locale).routeCheckin;
	const value = root.querySelector<HTMLElement>('[data-progress-value]');
	if (value) value.textContent = t.progressValue(current.stamped, current.total);

	const notice = root.querySelector<HTMLElement>('[data-certificate]');
	if (!notice) return;

	const certificate = snapshot.passport?.certificate;
	notice.hidden = !current.completed;
	part(notice, '[data-certificate-text]').textContent = certificate
		? t.certificateReady
		: t.certificatePending;

	const link = part<HTMLAnchorElement>(notice, '[data-certificate-link]');
	link.hidden = !certificate;
	if (certificate) {
		const prefix = locale === 'en' ? '/en' : '';
		link.href = `${prefix}/route/certificate/${encodeURIComponent(certificate.id)}/`;
	}
}
