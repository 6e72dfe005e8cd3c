/**
 * The story beside the scene: the exhibit's title, era, kind, lender, text and model, or the
 * hall's theme while walking between exhibits. Plain HTML, so screen readers read it and
 * nothing shown in 3D is missing from it.
 */
import { useId } from 'react';

import type { Messages } from '../../../src/i18n/messages/index.ts';
import type { MuseumView, ViewText } from '../../../src/museum/view-data.ts';
import type { AnimationPlayers, Controller } from './controller.ts';
import { useHall, type HallStore } from './store.ts';

interface Props {
	view: MuseumView;
	t: Messages['hall3d'];
	museum: Messages['museum'];
	store: HallStore;
	controller: Controller;
	animations: AnimationPlayers;
}

export function StoryPanel({ view, t, museum, store, controller, animations }: Props) {
	const hallIndex = useHall(store, (state) => state.hallIndex);
	const exhibitIndex = useHall(store, (state) => state.exhibitIndex);
	const panelOpen = useHall(store, (state) => state.panelOpen);
	const listening = useHall(store, (state) => state.listening);
	const failures = useHall(store, (state) => state.failures);
	const animated = useHall(store, (state) => state.animated);
	const id = useId();
	const hall = view.halls[hallIndex]!;
	const exhibit = exhibitIndex === null ? null : hall.exhibits[exhibitIndex];

	return (
		<section className="hall-panel" aria-labelledby={`${id}-title`} hidden={!panelOpen}>
			{exhibit ? (
				<>
					<p className="hall-panel-position">
						{t.exhibitOf(exhibitIndex! + 1, hall.exhibits.length)}
					</p>
					<h2 id={`${id}-title`} lang={exhibit.title.lang} data-panel-title>
						{exhibit.title.text}
					</h2>
					{exhibit.sample && <p className="hall-sample">{t.sample}</p>}
					<dl className="hall-facts">
						<dt>{museum.era}</dt>
						<dd lang={exhibit.era.lang}>{exhibit.era.text}</dd>
						<dt>{museum.kind}</dt>
						<dd>{exhibit.kind}</dd>
						<dt>{museum.hall}</dt>
						<dd lang={hall.title.lang}>{hall.title.text}</dd>
						{exhibit.lender && (
							<>
								<dt>{museum.lender}</dt>
								<dd lang={exhibit.lender.lang}>{exhibit.lender.text}</dd>
							</>
						)}
					</dl>
					{failures[exhibit.slug] && <p className="hall-problem">{t.assetProblem}</p>}
					<div className="hall-panel-actions">
						<button
							type="button"
							className="hall-button"
							onClick={listening ? controller.stopListening : controller.listen}
						>
							{listening ? t.stopListening : t.listen}
						</button>
						<a href={exhibit.pageUrl}>{t.readMore}</a>
					</div>
					<Paragraphs text={exhibit.description} />
					{exhibit.model && (
						<>
							<h3>{museum.modelDescription}</h3>
							{exhibit.model.description && <Paragraphs text={exhibit.model.description} />}
							{animated[exhibit.slug] && (
								<button
									type="button"
									className="hall-button"
									onClick={() => animations.get(exhibit.slug)?.play()}
								>
									{t.playAnimation}
								</button>
							)}
							<p className="hall-note">{t.turnHint}</p>
						</>
					)}
				</>
			) : (
				<>
					<p className="hall-panel-position">{t.hallOf(hallIndex + 1, view.halls.length)}</p>
					<h2 id={`${id}-title`} lang={hall.title.lang} data-panel-title>
						{hall.title.text}
					</h2>
					<p className="hall-era">{museum.hallEra(hall.eraStart, hall.eraEnd)}</p>
					{hall.sample && <p className="hall-sample">{t.sample}</p>}
					<Paragraphs text={hall.theme} />
					{hall.exhibits.length === 0 && <p>{museum.empty}</p>}
				</>
			)}
			{hall.ambient?.description && (
				<p className="hall-note">
					{t.ambient}:{' '}
					<span lang={hall.ambient.description.lang}>{hall.ambient.description.text}</span>
				</p>
			)}
		</section>
	);
}

function Paragraphs({ text }: { text: ViewText }) {
	const paragraphs = text.text.split(/\n+/).filter((paragraph) => paragraph.trim() !== '');
	return (
		<div className="hall-prose" lang={text.lang}>
			{paragraphs.map((paragraph, index) => (
				<p key={index}>{paragraph}</p>
			))}
		</div>
	);
}
