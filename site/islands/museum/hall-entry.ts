/**
 * The museum page's own script, kept small: it offers "enter the 3D hall" when the browser
 * can draw WebGL (or says why not), opens the hall's dialog on that tap or on a 3D address
 * (`?view=3d`), shows progress while three.js and the hall load, and closes it again. The 3D
 * code itself is fetched only then, by the dynamic import below.
 */
import { readHallLink, withoutHallLink } from '../../../src/museum/deep-link.ts';
import type { MuseumView } from '../../../src/museum/view-data.ts';
import type { MountedHall } from './mount-hall.tsx';
import { webglAvailable } from './webgl-support.ts';

const SOUND_KEY = 'boai.museum.sound';

const dialog = document.querySelector<HTMLDialogElement>('[data-museum-dialog]');
const entry = document.querySelector<HTMLElement>('[data-museum-entry]');

if (dialog && entry) setUp(dialog, entry);

function setUp(dialog: HTMLDialogElement, entry: HTMLElement) {
	const enter = entry.querySelector<HTMLButtonElement>('[data-museum-enter]')!;
	const shell = dialog.querySelector<HTMLElement>('[data-museum-shell]')!;
	const loading = dialog.querySelector<HTMLElement>('[data-museum-loading]')!;
	const failure = dialog.querySelector<HTMLElement>('[data-museum-error]')!;
	const root = dialog.querySelector<HTMLElement>('[data-museum-root]')!;
	const params = new URLSearchParams(location.search);
	const link = readHallLink(location.search);
	let hall: MountedHall | null = null;
	let pushed = false;
	let lastStart = { exhibit: link.exhibit, hall: link.hall };

	if (!webglAvailable()) {
		const notice = entry.querySelector<HTMLElement>('[data-museum-no-webgl]');
		if (notice) notice.hidden = false;
		if (link.open) showInCatalogue(link.exhibit);
		return;
	}

	enter.hidden = false;
	enter.addEventListener('click', () => {
		performance.mark('boai-museum:tap');
		open({ exhibit: null, hall: null }, startAudio());
		history.pushState({ museum3d: true }, '', location.href);
		pushed = true;
	});
	dialog.querySelector('[data-museum-close]')?.addEventListener('click', close);
	dialog
		.querySelector('[data-museum-retry]')
		?.addEventListener('click', () => load(lastStart, null));
	dialog.addEventListener('cancel', (event) => {
		event.preventDefault();
		if (hall) hall.escape();
		else close();
	});
	window.addEventListener('popstate', () => {
		if (dialog.open && !readHallLink(location.search).open && !history.state?.museum3d) {
			pushed = false;
			close();
		}
	});

	if (link.open) open(lastStart, null);

	function open(
		start: { exhibit: string | null; hall: string | null },
		audio: AudioContext | null,
	) {
		lastStart = start;
		shell.hidden = false;
		root.inert = true;
		if (!dialog.open) dialog.showModal();
		document.documentElement.classList.add('museum-hall-open');
		load(start, audio);
	}

	async function load(start: typeof lastStart, audio: AudioContext | null) {
		loading.hidden = false;
		failure.hidden = true;

		try {
			const [{ mountHall }, view] = await Promise.all([import('./mount-hall.tsx'), readView()]);
			if (!dialog.open) return;

			hall = mountHall(root, {
				view,
				start,
				audioContext: audio,
				soundOn: soundPreference(),
				tourSpeed: clampSpeed(Number(params.get('tourSpeed') ?? '1')),
				debug: params.get('museumDebug') === '1',
				onClose: close,
				onFirstFrame: () => {
					performance.mark('boai-museum:first-frame');
					const hadFocus = shell.contains(document.activeElement);
					shell.hidden = true;
					root.inert = false;
					if (hadFocus || document.activeElement === document.body) {
						root.querySelector<HTMLElement>('[role="application"]')?.focus();
					}
				},
			});
		} catch {
			loading.hidden = true;
			failure.hidden = false;
			failure.querySelector('button')?.focus();
		}
	}

	function close() {
		hall?.unmount();
		hall = null;
		sharedAudio?.suspend().catch(() => undefined);
		if (dialog.open) dialog.close();
		document.documentElement.classList.remove('museum-hall-open');

		if (pushed) {
			pushed = false;
			history.back();
		} else {
			history.replaceState(history.state, '', location.pathname + withoutHallLink(location.search));
		}
		enter.focus();
	}
}

async function readView(): Promise<MuseumView> {
	const data = document.getElementById('museum-view')?.textContent;
	if (!data) throw new Error('The page carries no museum data (#museum-view).');
	return JSON.parse(data) as MuseumView;
}

let sharedAudio: AudioContext | null = null;

// The entering tap is the moment browsers allow sound to start; later, the sound waits for
// another tap. Nothing plays until the hall asks for it, and only if the visitor left sound on.
function startAudio(): AudioContext | null {
	if (!soundPreference() || typeof AudioContext === 'undefined') return null;
	sharedAudio ??= new AudioContext();
	sharedAudio.resume().catch(() => undefined);
	return sharedAudio;
}

function soundPreference(): boolean {
	try {
		return localStorage.getItem(SOUND_KEY) !== 'off';
	} catch {
		return true;
	}
}

function clampSpeed(speed: number): number {
	return Number.isFinite(speed) ? Math.min(50, Math.max(1, speed)) : 1;
}

// Without WebGL a 3D address still leads to its exhibit: in the catalogue.
function showInCatalogue(exhibit: string | null) {
	const card = exhibit ? document.getElementById(`exhibit-${exhibit}`) : null;
	const notice = document.querySelector<HTMLElement>('[data-museum-deep-link-notice]');
	if (notice) notice.hidden = false;
	card?.scrollIntoView();
	card?.querySelector('a')?.focus({ preventScroll: true });
}
