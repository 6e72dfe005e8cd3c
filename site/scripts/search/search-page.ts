/**
 * The search page's script: loads the search index once (on the first keystroke or focus)
 * and answers each query in the browser as the visitor types, keeping the address's `?q=`
 * in step so that a result list can be shared or reloaded.
 */
import type MiniSearch from 'minisearch';

import type { SearchDocument, SearchKind } from '../../../src/search/documents.ts';
import { outcomeSentence, type SearchWording } from '../../../src/search/present.ts';
import { loadSearchIndex, searchIndex, type SearchHit } from '../../../src/search/search-index.ts';

interface SearchConfig {
	indexUrl: string;
	wording: SearchWording & { unavailable: string };
	kinds: Record<SearchKind, string>;
}

const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const template = document.querySelector<HTMLTemplateElement>('[data-search-result]');
const configText = document.getElementById('search-config')?.textContent;

if (form && input && status && list && template && configText) {
	setUp(JSON.parse(configText) as SearchConfig);
}

function setUp(config: SearchConfig) {
	let index: Promise<MiniSearch<SearchDocument>> | null = null;
	let shown = input!.value.trim();
	let timer: number | undefined;

	const loadIndex = () => {
		index ??= fetch(config.indexUrl)
			.then((response) => {
				if (!response.ok) throw new Error(`the search index answered ${response.status}`);
				return response.text();
			})
			.then(loadSearchIndex)
			.catch((error: unknown) => {
				index = null;
				throw error;
			});
		return index;
	};

	const run = async () => {
		const query = input!.value.trim();
		if (query === shown) return;
		shown = query;

		const url = new URL(location.href);
		if (query) url.searchParams.set('q', query);
		else url.searchParams.delete('q');
		history.replaceState(history.state, '', url);

		if (query === '') {
			list!.replaceChildren();
			status!.textContent = '';
			return;
		}

		try {
			const hits = searchIndex(await loadIndex(), query);
			// A later keystroke may have answered already.
			if (shown !== query) return;
			render(hits);
			status!.textContent = outcomeSentence(config.wording, query, hits.length);
		} catch {
			shown = '';
			status!.textContent = config.wording.unavailable;
		}
	};

	const render = (hits: SearchHit[]) => {
		list!.replaceChildren(
			...hits.map((hit) => {
				const item = template!.content.firstElementChild!.cloneNode(true) as HTMLElement;
				item.querySelector('[data-kind]')!.textContent = config.kinds[hit.kind];
				if (!hit.sample) item.querySelector('[data-sample]')?.remove();
				const link = item.querySelector<HTMLAnchorElement>('[data-title]')!;
				link.href = hit.url;
				link.textContent = hit.title;
				item.querySelector('[data-summary]')!.textContent = hit.summary;
				return item;
			}),
		);
	};

	input!.addEventListener('focus', () => void loadIndex().catch(() => {}), { once: true });
	input!.addEventListener('input', () => {
		window.clearTimeout(timer);
		timer = window.setTimeout(() => void run(), 150);
	});
	form!.addEventListener('submit', (event) => {
		event.preventDefault();
		window.clearTimeout(timer);
		void run();
	});
}
