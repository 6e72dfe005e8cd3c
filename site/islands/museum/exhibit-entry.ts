/**
 * The exhibit page's own script, kept small: it offers "view the 3D model" where WebGL works
 * (loading the viewer only on that tap) and "read aloud" where the browser can speak, with
 * captions under the button.
 */
import { createNarrator } from './narrator.ts';
import { loadVoices, speechAvailable } from './voices.ts';
import { webglAvailable } from './webgl-support.ts';

const viewer = document.querySelector<HTMLElement>('[data-model-viewer]');
if (viewer) offerViewer(viewer);

const reader = document.querySelector<HTMLElement>('[data-read-aloud]');
if (reader) offerReading(reader);

function offerViewer(box: HTMLElement) {
	const open = box.querySelector<HTMLButtonElement>('[data-model-open]');
	const target = box.querySelector<HTMLElement>('[data-model-target]');
	const loading = box.querySelector<HTMLElement>('[data-model-loading]');
	const failure = box.querySelector<HTMLElement>('[data-model-error]');
	const { modelUrl, modelTitle } = box.dataset;
	if (!open || !target || !loading || !failure || !modelUrl || !webglAvailable()) return;

	open.hidden = false;
	open.addEventListener('click', async () => {
		// The button goes away; focus waits on the progress note, then the viewer takes it.
		open.hidden = true;
		failure.hidden = true;
		loading.hidden = false;
		loading.focus();

		try {
			const { mountModelViewer } = await import('./mount-model-viewer.tsx');
			loading.hidden = true;
			mountModelViewer(target, {
				url: modelUrl,
				title: modelTitle ?? '',
				locale: document.documentElement.lang.startsWith('en') ? 'en' : 'zh',
			});
		} catch {
			loading.hidden = true;
			failure.hidden = false;
			open.hidden = false;
			open.focus();
		}
	});
}

function offerReading(box: HTMLElement) {
	const button = box.querySelector<HTMLButtonElement>('button');
	const caption = box.querySelector<HTMLElement>('[data-read-caption]');
	const note = box.querySelector<HTMLElement>('[data-read-note]');
	const source = document.getElementById(box.dataset.source ?? '');
	const lang = box.dataset.lang === 'en' ? 'en' : 'zh-CN';
	if (!button || !caption || !note || !source || !speechAvailable()) return;

	// Browsers load their voices lazily; asking now has them ready by the first tap.
	loadVoices();
	const labels = { read: button.textContent ?? '', stop: box.dataset.stopLabel ?? '' };
	let reading = false;
	const finish = () => {
		reading = false;
		button.textContent = labels.read;
		caption.textContent = '';
	};
	const narrator = createNarrator({
		onCaption: (line) => {
			caption.textContent = line?.text ?? '';
			caption.lang = line?.lang ?? lang;
		},
		onEnd: finish,
		// The page carries the whole text, so without a voice the captions are not run.
		onNoVoice: () => {
			narrator.stop();
			finish();
			note.textContent = box.dataset.noVoice ?? '';
		},
	});

	box.hidden = false;
	button.addEventListener('click', () => {
		if (reading) {
			narrator.stop();
			return finish();
		}
		narrator.unlock();
		reading = true;
		button.textContent = labels.stop;
		narrator.play({ text: source.innerText, lang, audioUrl: null }, { muted: false, speed: 1 });
	});
}
