/**
 * The server-rendered list of sites, driven from the browser: any page of any filter, sorted
 * by distance or not. Items the server rendered are reused; any other site's item is a clone
 * of the prototype item the server rendered, with its parts filled in, so the markup is
 * written once, in `SiteListItem.astro`.
 */
import type { ClientSite } from '../../../src/map/client-data.ts';
import { kindIconUrl } from '../../../src/map/kind-icons.ts';

export interface SiteListOptions {
	list: HTMLElement;
	/** A `<template>` holding one item with every optional part, for sites not rendered yet. */
	prototype: HTMLTemplateElement | null;
	sites: readonly ClientSite[];
	kindLabels: Record<string, string>;
	districtLabels: Record<string, string>;
}

export interface SiteList {
	/**
	 * Shows the items of `slugs`, in that order, and nothing else. `distanceOf` gives the text
	 * of an item's distance, or `null` to show none.
	 */
	render(slugs: readonly string[], distanceOf: ((slug: string) => string | null) | null): void;
	/** Marks the item of `slug` as the selected one (`null`: none), scrolling it into view. */
	select(slug: string | null): void;
	/** Shows the "show on map" buttons and calls `open` with the slug of the one chosen. */
	enableShowOnMap(open: (slug: string) => void): void;
}

function setLang(element: Element | null, lang: string | null) {
	if (lang) element?.setAttribute('lang', lang);
	else element?.removeAttribute('lang');
}

/** A new item for `site`, cloned from `prototype`. */
function buildItem(prototype: HTMLTemplateElement, site: ClientSite, options: SiteListOptions) {
	const item = (prototype.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement;
	const field = (name: string) => item.querySelector<HTMLElement>(`[data-field="${name}"]`);
	const keepBadge = {
		sample: site.sample,
		approximate: site.approximate && site.lat !== null,
		pending: site.lat === null,
	};

	item.dataset.slug = site.slug;
	field('icon')?.setAttribute('src', kindIconUrl(site.kind));
	field('name')?.setAttribute('href', site.url);
	for (const [name, text] of [
		['name', site.name],
		['button-name', site.name],
		['kind', options.kindLabels[site.kind] ?? site.kind],
		['district', options.districtLabels[site.district] ?? site.district],
		['address', site.address],
	] as const) {
		const element = field(name);
		if (element) element.textContent = text;
	}
	setLang(field('name-lang'), site.nameLang);
	setLang(field('address-lang'), site.addressLang);

	for (const badge of item.querySelectorAll<HTMLElement>('[data-badge]')) {
		if (!keepBadge[badge.dataset.badge as keyof typeof keepBadge]) badge.remove();
	}
	const button = item.querySelector<HTMLElement>('[data-show-on-map]');
	if (site.lat === null) button?.remove();
	else if (button) button.dataset.showOnMap = site.slug;
	return item;
}

/** The list controller. */
export function createSiteList(options: SiteListOptions): SiteList {
	const { list, prototype } = options;
	const sites = new Map(options.sites.map((site) => [site.slug, site]));
	const items = new Map<string, HTMLElement>();
	for (const item of list.querySelectorAll<HTMLElement>(':scope > [data-slug]')) {
		items.set(item.dataset.slug ?? '', item);
	}

	let selected: string | null = null;
	let buttonsShown = false;

	const itemOf = (slug: string): HTMLElement | null => {
		const known = items.get(slug);
		if (known) return known;

		const site = sites.get(slug);
		if (!site || !prototype) return null;

		const item = buildItem(prototype, site, options);
		if (buttonsShown)
			item.querySelector<HTMLElement>('[data-show-on-map]')?.removeAttribute('hidden');
		items.set(slug, item);
		return item;
	};

	const mark = (slug: string | null, on: boolean) => {
		const item = slug === null ? undefined : items.get(slug);
		item?.classList.toggle('is-selected', on);
		if (on) item?.setAttribute('aria-current', 'true');
		else item?.removeAttribute('aria-current');
	};

	return {
		render(slugs, distanceOf) {
			const shown = slugs.flatMap((slug) => itemOf(slug) ?? []);
			for (const item of shown) {
				const slot = item.querySelector<HTMLElement>('[data-distance]');
				const distance = distanceOf?.(item.dataset.slug ?? '') ?? null;
				if (
					slot &&
					(slot.textContent !== (distance ?? '') || slot.hidden !== (distance === null))
				) {
					slot.hidden = distance === null;
					slot.textContent = distance ?? '';
				}
			}

			// The server already rendered what the page opens with: leave it untouched.
			const current = list.children;
			const same =
				current.length === shown.length && shown.every((item, index) => current[index] === item);
			if (!same) list.replaceChildren(...shown);
		},

		select(slug) {
			mark(selected, false);
			selected = slug;
			mark(slug, true);

			const item = slug === null ? undefined : items.get(slug);
			if (item?.isConnected && item.offsetParent !== null)
				item.scrollIntoView({ block: 'nearest' });
		},

		enableShowOnMap(open) {
			buttonsShown = true;
			for (const item of items.values()) {
				item.querySelector<HTMLElement>('[data-show-on-map]')?.removeAttribute('hidden');
			}
			list.addEventListener('click', (event) => {
				const button = (event.target as Element).closest<HTMLElement>('[data-show-on-map]');
				const slug = button?.dataset.showOnMap;
				if (slug) open(slug);
			});
		},
	};
}
