/**
 * The staff statistics page: asks for the stats token, reads `/api/stats` with it and shows
 * the numbers as tables. The token is kept in this tab's sessionStorage only.
 */
import type { Stats } from '../../../src/checkin/api.ts';
import { messages, type Messages } from '../../../src/i18n/messages/index.ts';
import { apiPaths } from './checkin-client.ts';
import { announce, pageLocale, part } from './page-parts.ts';

const tokenKey = 'boai.route.statsToken';

const root = document.querySelector<HTMLElement>('[data-stats]');
if (root) start(root);

type StatsText = Messages['routeStats'];

function cell(tag: 'td' | 'th', text: string | number, className?: string): HTMLTableCellElement {
	const element = document.createElement(tag);
	element.textContent = String(text);
	if (className) element.className = className;
	if (tag === 'th') element.scope = 'col';
	return element;
}

function row(cells: HTMLTableCellElement[]): HTMLTableRowElement {
	const element = document.createElement('tr');
	element.append(...cells);
	return element;
}

function rowHeader(text: string): HTMLTableCellElement {
	const element = cell('th', text);
	element.scope = 'row';
	return element;
}

function table(
	caption: string,
	head: HTMLTableRowElement,
	body: HTMLTableRowElement[],
	foot?: HTMLTableRowElement,
) {
	const element = document.createElement('table');
	// The section's heading shows the same words; the caption names the table for screen readers.
	const captionElement = element.createCaption();
	captionElement.textContent = caption;
	captionElement.className = 'visually-hidden';
	element.createTHead().append(head);
	element.createTBody().append(...body);
	if (foot) element.createTFoot().append(foot);
	return element;
}

function section(heading: string, content: HTMLElement, scrollLabel?: string): HTMLElement {
	const element = document.createElement('section');
	const title = document.createElement('h2');
	title.textContent = heading;
	element.append(title);

	if (!scrollLabel) {
		element.append(content);
		return element;
	}
	// A wide table scrolls inside a region that keyboard users can focus and scroll.
	const scroll = document.createElement('div');
	scroll.className = 'scroll';
	scroll.tabIndex = 0;
	scroll.setAttribute('role', 'region');
	scroll.setAttribute('aria-label', `${heading} (${scrollLabel})`);
	scroll.append(content);
	element.append(scroll);
	return element;
}

function render(stats: Stats, t: StatsText, titles: Record<string, string>, locale: 'zh' | 'en') {
	const title = (slug: string) => titles[slug] ?? t.unknownStop(slug);
	const generated = new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
		dateStyle: 'long',
		timeStyle: 'short',
		timeZone: 'Asia/Shanghai',
	}).format(new Date(stats.generatedAt));
	const note = document.createElement('p');
	note.textContent = t.generatedAt(generated);

	const visitors = table(
		t.visitorsHeading,
		row([cell('th', t.measure), cell('th', t.people, 'count')]),
		[
			row([rowHeader(t.started), cell('td', stats.visitors.started, 'count')]),
			row([rowHeader(t.halfWay), cell('td', stats.visitors.halfWay, 'count')]),
			row([rowHeader(t.finished), cell('td', stats.visitors.finished, 'count')]),
		],
	);

	const total = stats.perStop.reduce((sum, stop) => sum + stop.checkins, 0);
	const perStop = table(
		t.perStopHeading,
		row([cell('th', t.stop), cell('th', t.checkins, 'count')]),
		stats.perStop.map((stop) =>
			row([rowHeader(title(stop.stop)), cell('td', stop.checkins, 'count')]),
		),
		row([rowHeader(t.total), cell('td', total, 'count')]),
	);

	const stops = stats.perStop.map((stop) => stop.stop);
	const days = [...new Set(stats.perStopPerDay.map((entry) => entry.day))];
	const counts = new Map(
		stats.perStopPerDay.map((entry) => [`${entry.day} ${entry.stop}`, entry.checkins]),
	);
	const perDay = table(
		t.perDayHeading,
		row([
			cell('th', t.day),
			...stops.map((stop) => cell('th', title(stop), 'count')),
			cell('th', t.total, 'count'),
		]),
		days.map((day) => {
			const values = stops.map((stop) => counts.get(`${day} ${stop}`) ?? 0);
			return row([
				rowHeader(day),
				...values.map((value) => cell('td', value, 'count')),
				cell(
					'td',
					values.reduce((sum, value) => sum + value, 0),
					'count',
				),
			]);
		}),
	);

	perDay.className = 'per-day';
	const parts: HTMLElement[] = [note, section(t.visitorsHeading, visitors)];
	if (total === 0) {
		const empty = document.createElement('p');
		empty.textContent = t.empty;
		parts.push(empty);
	}
	parts.push(section(t.perStopHeading, perStop), section(t.perDayHeading, perDay, t.tableScroll));
	return parts;
}

function savedToken(): string | null {
	try {
		return window.sessionStorage.getItem(tokenKey);
	} catch {
		return null;
	}
}

function keepToken(token: string | null) {
	try {
		if (token === null) window.sessionStorage.removeItem(tokenKey);
		else window.sessionStorage.setItem(tokenKey, token);
	} catch {
		// Without sessionStorage the token is asked for again on the next visit.
	}
}

function start(root: HTMLElement) {
	const locale = pageLocale(root);
	const t = messages(locale).routeStats;
	const titles = JSON.parse(root.dataset.titles ?? '{}') as Record<string, string>;
	const form = part<HTMLFormElement>(root, '[data-token-form]');
	const input = part<HTMLInputElement>(form, 'input[name="token"]');
	const signedIn = part(root, '[data-signed-in]');
	const status = part(root, '[data-status]');
	const results = part(root, '[data-results]');

	function showSignedIn(yes: boolean) {
		form.hidden = yes;
		signedIn.hidden = !yes;
	}

	async function load(token: string) {
		announce(status, t.loading);
		let response: Response;
		try {
			response = await fetch(apiPaths.stats, {
				headers: { authorization: `Bearer ${token}` },
				cache: 'no-store',
			});
		} catch {
			announce(status, t.failed);
			return;
		}

		if (response.status === 401) {
			keepToken(null);
			showSignedIn(false);
			results.replaceChildren();
			announce(status, t.unauthorized);
			input.focus();
			return;
		}
		if (response.status === 503) return announce(status, t.notConfigured);
		if (!response.ok) return announce(status, t.failed);

		const stats = (await response.json()) as Stats;
		keepToken(token);
		input.value = '';
		showSignedIn(true);
		results.replaceChildren(...render(stats, t, titles, locale));
		announce(status, '');
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		const token = input.value.trim();
		if (token !== '') void load(token);
	});

	part(signedIn, '[data-forget]').addEventListener('click', () => {
		keepToken(null);
		results.replaceChildren();
		showSignedIn(false);
		input.focus();
	});

	const token = savedToken();
	showSignedIn(Boolean(token));
	if (token) void load(token);
}
