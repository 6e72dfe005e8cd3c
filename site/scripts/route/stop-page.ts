/**
 * The check-in part of a stop's page: check in by position, by the poster's QR token (in the
 * page address as `t`) or by the short code; every check-in is recorded in the outbox first,
 * shown at once, and its result told in words and announced.
 */
import type { Locale } from '../../../src/i18n/locale.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { currentFix } from './geolocation.ts';
import { formatMoment, outcomeSentence, stoppedSentence } from './outcome-text.ts';
import type { FlushReport, Proof } from './outbox.ts';
import {
	announce,
	pageLocale,
	pageStops,
	part,
	showProgress,
	standing,
	type PageStop,
} from './page-parts.ts';
import { registerServiceWorker } from './service-worker.ts';
import { openSession, type RouteSession, type Snapshot } from './session.ts';
import type { CheckinOutcome, QueuedCheckin } from './store.ts';

const root = document.querySelector<HTMLElement>('[data-checkin]');
if (root) void start(root);

/** The poster's token in the page address, which is then taken out of it (and history). */
function takeTokenFromAddress(): string | null {
	const url = new URL(window.location.href);
	const token = url.searchParams.get('t');
	if (token === null) return null;

	url.searchParams.delete('t');
	window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
	return token.trim() === '' ? null : token;
}

function historyLine(
	entry: { at: string; method: CheckinOutcome['method']; state: string; detail?: string },
	locale: Locale,
): HTMLLIElement {
	const t = messages(locale).routeCheckin;
	const item = document.createElement('li');
	const time = document.createElement('time');
	time.dateTime = entry.at;
	time.textContent = formatMoment(entry.at, locale);
	const state = document.createElement('strong');
	state.textContent = entry.state;
	item.append(time, ` · ${t.methods[entry.method]} · `, state);
	if (entry.detail) {
		const detail = document.createElement('span');
		detail.className = 'detail';
		detail.textContent = entry.detail;
		item.append(detail);
	}
	return item;
}

async function start(root: HTMLElement) {
	const locale = pageLocale(root);
	const t = messages(locale).routeCheckin;
	const stop = root.dataset.stop ?? '';
	const stops = pageStops(root);
	const titles = new Map(stops.map((candidate: PageStop) => [candidate.slug, candidate.title]));
	const status = part(root, '[data-status]');

	registerServiceWorker();

	let session: RouteSession;
	try {
		session = await openSession(locale);
	} catch {
		// The controls cannot work without storage: give back the room they kept.
		root.querySelector('[data-checkin-controls]')?.removeAttribute('data-keeps-room');
		announce(status, t.storageFailed);
		return;
	}

	const controls = part(root, '[data-checkin-controls]');
	const locate = part<HTMLButtonElement>(root, '[data-locate]');
	const codeForm = part<HTMLFormElement>(root, '[data-code-form]');
	const codeInput = part<HTMLInputElement>(codeForm, 'input[name="code"]');
	const codeError = part(root, '[data-code-error]');
	const stampState = part(root, '[data-stamp-state]');
	const stampLine = part(root, '[data-stamp-line]');
	const waiting = part(root, '[data-waiting]');
	const offline = part(root, '[data-offline]');
	const history = part(root, '[data-history]');
	const historySection = part(root, '[data-history-section]');
	// The keys of check-ins made on this page: their results are announced when they come.
	const mine = new Set<string>();

	function render(snapshot: Snapshot) {
		const { states, progress } = standing(stops, snapshot);
		const state = states.get(stop) ?? 'none';
		stampState.textContent = t.stamp[state];
		stampLine.dataset.state = state;
		showProgress(root!, snapshot, progress, locale);

		const waitingHere = snapshot.pending.length;
		waiting.hidden = waitingHere === 0;
		part(waiting, '[data-waiting-text]').textContent = t.waitingCount(waitingHere);
		offline.hidden = navigator.onLine !== false;

		renderHistory(snapshot.pending, snapshot.outcomes);
	}

	function renderHistory(pending: QueuedCheckin[], outcomes: CheckinOutcome[]) {
		const lines = [
			...pending
				.filter((entry) => entry.request.stop === stop)
				.map((entry) =>
					historyLine(
						{ at: entry.request.madeAt, method: entry.request.method, state: t.historyPending },
						locale,
					),
				),
			...outcomes
				.filter((outcome) => outcome.stop === stop)
				.map((outcome) =>
					historyLine(
						{
							at: outcome.kind === 'refused' ? outcome.settledAt : outcome.at,
							method: outcome.method,
							state:
								outcome.kind === 'stamped'
									? t.historyStamped
									: outcome.kind === 'already_stamped'
										? t.historyAlready
										: t.historyRefused,
							detail:
								outcome.kind === 'refused' ? outcomeSentence(outcome, titles, locale) : undefined,
						},
						locale,
					),
				),
		];
		history.replaceChildren(...lines);
		historySection.hidden = lines.length === 0;
	}

	async function refresh() {
		render(await session.snapshot());
	}

	function tell(report: FlushReport) {
		const sentences = report.settled
			.filter((outcome) => mine.has(outcome.idempotencyKey) || outcome.stop === stop)
			.map((outcome) => outcomeSentence(outcome, titles, locale));
		for (const outcome of report.settled) mine.delete(outcome.idempotencyKey);
		const stopped = mine.size > 0 ? stoppedSentence(report, locale) : undefined;
		if (stopped) sentences.push(stopped);
		if (sentences.length > 0) announce(status, sentences.join(' '));
	}

	async function checkIn(proof: Proof, lead = '') {
		try {
			const entry = await session.checkIn(stop, proof);
			mine.add(entry.idempotencyKey);
			announce(status, `${lead}${t.recorded}`);
		} catch {
			announce(status, t.storageFailed);
		}
	}

	locate.addEventListener('click', async () => {
		locate.disabled = true;
		announce(status, t.locating);
		const result = await currentFix();
		locate.disabled = false;

		if (result.kind === 'failed') {
			const reasons = {
				denied: t.geoDenied,
				unavailable: t.geoUnavailable,
				timeout: t.geoTimeout,
				unsupported: t.geoUnsupported,
			};
			announce(status, reasons[result.reason]);
			return;
		}
		await checkIn({ method: 'location', position: result.fix });
	});

	codeForm.addEventListener('submit', async (event) => {
		event.preventDefault();
		const code = codeInput.value.trim();

		if (code === '') {
			codeError.textContent = t.codeMissing;
			codeError.hidden = false;
			codeInput.setAttribute('aria-invalid', 'true');
			codeInput.focus();
			return;
		}
		codeError.hidden = true;
		codeInput.removeAttribute('aria-invalid');
		await checkIn({ method: 'code', code });
		codeInput.value = '';
	});

	part(waiting, '[data-send-now]').addEventListener('click', async () => {
		announce(status, t.sending);
		const report = await session.sync();
		if (!report) announce(status, t.offlineNow);
		else if (report.stoppedBy) announce(status, stoppedSentence(report, locale) ?? t.retryLater);
	});

	window.addEventListener('offline', () => void refresh());
	session.onChange(() => void refresh());
	session.onReport(tell);
	controls.hidden = false;

	const token = takeTokenFromAddress();
	if (token) {
		await checkIn({ method: 'qr', token }, `${t.qrReceived} `);
	} else {
		await refresh();
		void session.sync();
	}
}
