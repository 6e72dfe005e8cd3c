/**
 * The bar above the 3D view: leave, where you are, the mute control (always visible), and
 * the settings that switch each layer of the experience on or off, with how to move.
 */
import type { Messages } from '../../../src/i18n/messages/index.ts';
import type { MuseumView } from '../../../src/museum/view-data.ts';
import type { Controller } from './controller.ts';
import { useHall, type HallStore } from './store.ts';

interface Props {
	view: MuseumView;
	t: Messages['hall3d'];
	museum: Messages['museum'];
	store: HallStore;
	controller: Controller;
	lookAround: { available: boolean; toggle: () => void };
	canVibrate: boolean;
	onClose: () => void;
}

export function HallBar({
	view,
	t,
	museum,
	store,
	controller,
	lookAround,
	canVibrate,
	onClose,
}: Props) {
	const hallIndex = useHall(store, (state) => state.hallIndex);
	const soundOn = useHall(store, (state) => state.soundOn);
	const vibration = useHall(store, (state) => state.vibration);
	const animations = useHall(store, (state) => state.animations);
	const panelOpen = useHall(store, (state) => state.panelOpen);
	const look = useHall(store, (state) => state.lookAround);
	const hall = view.halls[hallIndex]!;

	return (
		<header className="hall-bar">
			<button type="button" className="hall-button hall-close" onClick={onClose}>
				<Icon name="close" />
				<span className="hall-close-text">{t.close}</span>
			</button>

			<p className="hall-where">
				<span className="hall-where-count">{t.hallOf(hallIndex + 1, view.halls.length)}</span>
				<strong lang={hall.title.lang}>{hall.title.text}</strong>
				<span className="hall-where-era">{museum.hallEra(hall.eraStart, hall.eraEnd)}</span>
			</p>

			<button
				type="button"
				className="hall-button hall-sound"
				onClick={() => controller.setSound(!soundOn)}
			>
				<Icon name={soundOn ? 'sound' : 'muted'} />
				{soundOn ? t.mute : t.unmute}
			</button>

			<details className="hall-menu">
				<summary className="hall-button">{t.settings}</summary>
				<div className="hall-menu-body">
					<label className="hall-check">
						<input
							type="checkbox"
							checked={panelOpen}
							onChange={(event) => store.set({ panelOpen: event.target.checked })}
						/>
						{t.settingPanel}
					</label>
					<label className="hall-check">
						<input
							type="checkbox"
							checked={animations}
							onChange={(event) => controller.setAnimations(event.target.checked)}
						/>
						{t.settingAnimations}
					</label>
					{canVibrate && (
						<label className="hall-check">
							<input
								type="checkbox"
								checked={vibration}
								onChange={(event) => store.set({ vibration: event.target.checked })}
							/>
							{t.settingVibration}
						</label>
					)}
					{lookAround.available && (
						<button type="button" className="hall-button" onClick={lookAround.toggle}>
							{look === 'on' ? t.lookAroundStop : t.lookAround}
						</button>
					)}
					{look === 'denied' && <p className="hall-note">{t.lookAroundDenied}</p>}
					<p className="hall-menu-heading">{t.help}</p>
					<p>{t.helpKeyboard}</p>
					<p>{t.helpPointer}</p>
					<p>{t.helpTouch}</p>
				</div>
			</details>
		</header>
	);
}

const ICONS = {
	close: 'M6 6l12 12M18 6L6 18',
	sound: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 010 6M18.5 6.5a8 8 0 010 11',
	muted: 'M4 9h4l5-4v14l-5-4H4zM16 9l5 6M21 9l-5 6',
	previous: 'M15 5l-7 7 7 7',
	next: 'M9 5l7 7-7 7',
	play: 'M8 5v14l11-7z',
	pause: 'M8 5v14M16 5v14',
	stop: 'M6 6h12v12H6z',
};

/** A small line icon; decorative, so hidden from screen readers. */
export function Icon({ name }: { name: keyof typeof ICONS }) {
	return (
		<svg className="hall-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
			<path d={ICONS[name]} />
		</svg>
	);
}
