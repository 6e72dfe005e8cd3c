/**
 * The outreach map page in the browser. The page works without this script (a form that
 * reloads, a list in pages); with it, the filter applies as you type, the list and the
 * markers follow one state kept in the URL (filter, page, open site), and "nearest to me"
 * sorts the list by distance.
 */
import type { Wgs84 } from '../../../src/geo/coordinates.ts';
import { distanceInMetres } from '../../../src/geo/distance.ts';
import type { ClientSite, MapClientData } from '../../../src/map/client-data.ts';
import { formatDistance } from '../../../src/map/distance-label.ts';
import {
	filterToSearch,
	maxQueryLength,
	siteMatcher,
	type SiteFilter,
} from '../../../src/map/filters.ts';
import { pageContaining, pageOf, pageParam, parsePage } from '../../../src/map/pagination.ts';
import { fillTemplate } from '../../../src/map/template.ts';
import { locateVisitor } from './near-me.ts';
import { createSiteList } from './site-list.ts';
import type { SiteMap, SiteMapOptions, ToDisplay } from './site-map.ts';

const selectedParam = 'site';

function required<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`The map page has no ${selector}: its markup and script differ.`);
	return element;
}

function readFilter(form: HTMLFormElement): SiteFilter {
	const fields = new FormData(form);
	const text = (name: string) => String(fields.get(name) ?? '');

	return {
		kind: text('kind') || null,
		district: text('district') || null,
		query: text('q').trim().slice(0, maxQueryLength),
	};
}

async function displayFor(data: MapClientData): Promise<ToDisplay> {
	if (data.tiles.datum !== 'GCJ-02') return (point) => point;

	// Only the GCJ-02 tiles (Gaode) need gcoord, so only they download it.
	const { wgs84ToGcj02 } = await import('../../../src/geo/datum.ts');
	return wgs84ToGcj02;
}

// Leaflet comes in a chunk of its own, after the list and the filter already work.
async function loadMap(element: HTMLElement, options: SiteMapOptions): Promise<SiteMap> {
	const { createSiteMap } = await import('./site-map.ts');
	return createSiteMap(element, options);
}

function start(root: HTMLElement) {
	const data = JSON.parse(required<HTMLScriptElement>(document, '#map-data').text) as MapClientData;
	const strings = data.strings;
	const form = required<HTMLFormElement>(root, '[data-map-filters]');
	const count = required<HTMLElement>(root, '[data-map-count]');
	const noMatch = required<HTMLElement>(root, '[data-no-match]');
	const status = required<HTMLElement>(root, '[data-map-status]');
	const layout = required<HTMLElement>(root, '[data-map-layout]');
	const listHeading = required<HTMLElement>(root, '#list-heading');
	const mapElement = required<HTMLElement>(root, '[data-map]');
	const tileNotice = required<HTMLElement>(root, '[data-tile-notice]');
	const pager = required<HTMLElement>(root, '[data-pager]');
	const pageStatus = required<HTMLElement>(pager, '[data-page-status]');
	const previous = required<HTMLAnchorElement>(pager, '[data-page-link="previous"]');
	const next = required<HTMLAnchorElement>(pager, '[data-page-link="next"]');
	const list = createSiteList({
		list: required<HTMLElement>(root, '[data-site-list]'),
		prototype: root.querySelector<HTMLTemplateElement>('template[data-site-prototype]'),
		sites: data.sites,
		kindLabels: data.kindLabels,
		districtLabels: data.districtLabels,
	});
	const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
	const initial = new URLSearchParams(location.search);

	let siteMap: SiteMap | null = null;
	let filter = readFilter(form);
	let visible: ClientSite[] = [];
	let page = parsePage(initial);
	let selected = initial.get(selectedParam);
	let distances: Map<string, number> | null = null;
	const label = (metres: number) => formatDistance(metres, data.locale);

	const say = (message: string) => {
		status.textContent = message;
	};

	/** The matching sites in the order the list shows them: as listed, or nearest first. */
	const ordered = (): ClientSite[] => {
		if (!distances) return visible;
		const far = (site: ClientSite) => distances?.get(site.slug) ?? Infinity;
		return [...visible].sort((a, b) => far(a) - far(b));
	};

	const search = (pageNumber: number) => {
		const params = new URLSearchParams(filterToSearch(filter));
		if (pageNumber > 1) params.set(pageParam, String(pageNumber));
		return params;
	};

	const writeUrl = () => {
		const params = search(page);
		if (selected) params.set(selectedParam, selected);
		const query = params.toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}`);
	};

	const renderList = () => {
		const slice = pageOf(ordered(), page);
		page = slice.page;
		list.render(
			slice.items.map((site) => site.slug),
			distances
				? (slug) => {
						const metres = distances?.get(slug);
						return metres === undefined
							? null
							: fillTemplate(strings.distance, { distance: label(metres) });
					}
				: null,
		);
		list.select(selected);

		pager.hidden = slice.pageCount <= 1;
		pageStatus.textContent = fillTemplate(strings.pageStatus, { page, pages: slice.pageCount });
		previous.hidden = page <= 1;
		next.hidden = page >= slice.pageCount;
		previous.search = search(page - 1).toString();
		next.search = search(page + 1).toString();
	};

	const apply = ({ fit, keepPage = false }: { fit: boolean; keepPage?: boolean }) => {
		filter = readFilter(form);
		visible = data.sites.filter(siteMatcher(filter));
		if (!keepPage) page = 1;
		if (selected && !visible.some((site) => site.slug === selected)) selected = null;

		renderList();
		count.textContent = fillTemplate(strings.showing, {
			shown: visible.length,
			total: data.sites.length,
		});
		noMatch.hidden = visible.length > 0;
		writeUrl();
		for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-download]')) {
			link.search = filterToSearch(filter);
		}
		siteMap?.show(visible, { fit });
	};

	// The filter applies as it changes; the submit button stays for keyboard habits.
	let typing: ReturnType<typeof setTimeout> | undefined;
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		apply({ fit: true });
	});
	form.addEventListener('change', () => apply({ fit: true }));
	form.addEventListener('input', (event) => {
		if ((event as InputEvent).isComposing) return;
		clearTimeout(typing);
		typing = setTimeout(() => apply({ fit: true }), 250);
	});
	form.addEventListener('compositionend', () => apply({ fit: true }));

	// Pages of the list turn in place; focus goes to the list's heading, as after a reload.
	pager.addEventListener('click', (event) => {
		const link = (event.target as Element).closest<HTMLElement>('[data-page-link]');
		if (!link) return;

		event.preventDefault();
		page += link.dataset.pageLink === 'next' ? 1 : -1;
		renderList();
		writeUrl();
		listHeading.focus();
	});

	// Phones show the list or the map; the map sizes itself when it appears.
	const viewButtons = [...root.querySelectorAll<HTMLButtonElement>('[data-view-button]')];
	const showView = (view: string) => {
		layout.dataset.view = view;
		for (const button of viewButtons) {
			button.setAttribute('aria-pressed', String(button.dataset.viewButton === view));
		}
	};
	for (const button of viewButtons) {
		button.addEventListener('click', () => showView(button.dataset.viewButton ?? 'list'));
	}
	required<HTMLElement>(root, '[data-view-switch]').hidden = false;

	// Nearest to me.
	const nearMeButton = required<HTMLButtonElement>(root, '[data-near-me-button]');
	const nearMeReset = required<HTMLButtonElement>(root, '[data-near-me-reset]');
	nearMeButton.hidden = false;
	nearMeButton.addEventListener('click', async () => {
		say(strings.nearMeLocating);
		nearMeButton.disabled = true;
		const result = await locateVisitor();
		nearMeButton.disabled = false;

		if (!result.ok) {
			const messages = {
				denied: strings.nearMeDenied,
				unavailable: strings.nearMeUnavailable,
				unsupported: strings.nearMeUnsupported,
			};
			say(messages[result.failure]);
			return;
		}

		sortByDistance(result.position);
		siteMap?.placeVisitor(result.position);
	});
	nearMeReset.addEventListener('click', () => {
		distances = null;
		page = 1;
		renderList();
		writeUrl();
		nearMeReset.hidden = true;
		say(strings.nearMeRestored);
	});

	const sortByDistance = (position: Wgs84) => {
		distances = new Map();
		for (const site of data.sites) {
			if (site.lat === null || site.lng === null) continue;
			distances.set(site.slug, distanceInMetres(position, { lat: site.lat, lng: site.lng }));
		}
		page = 1;
		renderList();
		writeUrl();
		nearMeReset.hidden = false;

		const nearest = ordered()[0];
		const metres = nearest ? distances.get(nearest.slug) : undefined;
		say(
			nearest && metres !== undefined
				? fillTemplate(strings.nearMeSorted, { name: nearest.name, distance: label(metres) })
				: strings.nearMeNoneLocated,
		);
	};

	// A marker chosen on the map: its list entry is shown (turning the page if need be).
	const choose = (slug: string | null) => {
		selected = slug;
		if (slug) {
			const index = ordered().findIndex((site) => site.slug === slug);
			const onPage = index < 0 ? page : pageContaining(index);
			if (onPage !== page) {
				page = onPage;
				renderList();
			}
		}
		list.select(slug);
		writeUrl();
	};

	apply({ fit: false, keepPage: true });
	root.dataset.mapState = 'loading';
	startMap().catch((error: unknown) => {
		// The list and the filter go on without the map; say why the map stayed empty.
		root.dataset.mapState = 'failed';
		tileNotice.textContent = strings.mapFailed;
		tileNotice.hidden = false;
		if (import.meta.env.DEV) console.warn('[map] the map could not start', error);
	});

	async function startMap() {
		const map = await loadMap(mapElement, {
			data,
			toDisplay: await displayFor(data),
			reducedMotion,
			onSelect: choose,
			onBaseMapFailure: (reason) => {
				tileNotice.textContent = reason === 'none' ? strings.tilesNone : strings.tilesFailed;
				tileNotice.hidden = false;
			},
		});
		siteMap = map;
		mapElement.querySelector('[data-map-placeholder]')?.remove();

		map.show(visible, { fit: visible.length < data.sites.length });
		list.enableShowOnMap((slug) => {
			showView('map');
			map.resize();
			map.open(slug);
			const site = data.sites.find((entry) => entry.slug === slug);
			if (site) say(fillTemplate(strings.opened, { name: site.name }));
		});

		await map.settled();
		root.dataset.mapState = 'ready';
		if (selected) map.open(selected);
	}
}

const root = document.querySelector<HTMLElement>('[data-map-page]');
if (root) start(root);
