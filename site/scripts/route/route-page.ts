/**
 * The route overview: the visitor's stamp on each stop of the list, the progress towards
 * the certificate, the name for the certificate, and the map (loaded on its own, so the
 * stamps show without waiting for Leaflet).
 */
import { messages } from '../../../src/i18n/messages/index.ts';
import { outcomeSentence, stoppedSentence } from './outcome-text.ts';
import { announce, pageLocale, pageStops, part, showProgress, standing } from './page-parts.ts';
import type { RouteMapView } from './route-map.ts';
import { registerServiceWorker } from './service-worker.ts';
import { openSession, type RouteSession, type Snapshot } from './session.ts';

// The API's limit on a certificate name (`displayNameMaxLength` in src/checkin/api.ts).
const nameMaxLength = 40;

const root = document.querySelector<HTMLElement>('[data-route]');
if (root) void start(root);

const mapElement = document.querySelector<HTMLElement>('[data-route-map]');
const mapView: Promise<RouteMapView | undefined> = mapElement
	? import('./route-map.ts').then(({ showRouteMap }) => showRouteMap(mapElement))
	: Promise.resolve(undefined);

async function start(root: HTMLElement) {
	const locale = pageLocale(root);
	const t = messages(locale).routeCheckin;
	const stops = pageStops(root);
	const titles = new Map(stops.map((stop) => [stop.slug, stop.title]));
	const passportPanel = part(root, '[data-passport]');
	const status = part(root, '[data-status]');

	registerServiceWorker();

	let session: RouteSession;
	try {
		session = await openSession(locale);
	} catch {
		passportPanel.hidden = false;
		announce(status, t.storageFailed);
		return;
	}

	const nameForm = part<HTMLFormElement>(root, '[data-name-form]');
	const nameInput = part<HTMLInputElement>(nameForm, 'input[name="displayName"]');
	const nameStatus = part(root, '[data-name-status]');
	const waiting = part(root, '[data-waiting]');

	function render(snapshot: Snapshot) {
		const { states, progress } = standing(stops, snapshot);

		for (const stop of stops) {
			const badge = root.querySelector<HTMLElement>(`[data-stamp-for="${CSS.escape(stop.slug)}"]`);
			if (!badge) continue;
			const state = states.get(stop.slug) ?? 'none';
			badge.hidden = false;
			badge.dataset.state = state;
			part(badge, '[data-stamp-text]').textContent = t.stamp[state];
		}

		void mapView.then((view) => view?.showStamps(states, t.stamp));
		showProgress(root, snapshot, progress, locale);
		waiting.hidden = snapshot.pending.length === 0;
		part(waiting, '[data-waiting-text]').textContent = t.waitingCount(snapshot.pending.length);
		if (document.activeElement !== nameInput) {
			nameInput.value = snapshot.passport?.displayName ?? snapshot.visitor.displayName ?? '';
		}
	}

	async function refresh() {
		render(await session.snapshot());
	}

	nameForm.addEventListener('submit', async (event) => {
		event.preventDefault();
		const name = nameInput.value.trim();

		if ([...name].length > nameMaxLength) {
			announce(nameStatus, t.nameTooLong(nameMaxLength));
			nameInput.setAttribute('aria-invalid', 'true');
			return;
		}
		nameInput.removeAttribute('aria-invalid');

		const result = await session.setDisplayName(name === '' ? null : name);
		if (result.kind === 'refused') {
			announce(nameStatus, result.message);
			return;
		}
		if (result.kind === 'offline') announce(nameStatus, t.nameOffline);
		else announce(nameStatus, name === '' ? t.nameCleared : t.nameSaved);
		await refresh();
	});

	part(waiting, '[data-send-now]').addEventListener('click', async () => {
		announce(status, t.sending);
		const report = await session.sync();
		if (!report) announce(status, t.offlineNow);
		else if (report.stoppedBy) announce(status, stoppedSentence(report, locale) ?? t.retryLater);
	});

	session.onChange(() => void refresh());
	session.onReport((report) => {
		const sentences = report.settled.map((outcome) => outcomeSentence(outcome, titles, locale));
		if (sentences.length > 0) announce(status, sentences.join(' '));
	});
	passportPanel.hidden = false;
	await refresh();
	await session.sync();
}
