/**
 * The ordinary buttons that move the visitor: previous and next exhibit, the guided tour,
 * the exhibits of this hall (Tab through them, Enter to go), and the timeline across the
 * halls' eras with a button for each hall.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';

import type { Messages } from '../../../src/i18n/messages/index.ts';
import { timelineSpan, timelineStops } from '../../../src/museum/timeline.ts';
import type { MuseumView } from '../../../src/museum/view-data.ts';
import type { Controller } from './controller.ts';
import { Icon } from './HallBar.tsx';
import { useHall, type HallStore } from './store.ts';

interface Props {
	view: MuseumView;
	t: Messages['hall3d'];
	museum: Messages['museum'];
	store: HallStore;
	controller: Controller;
}

export function HallControls({ t, store, controller }: Props) {
	const tour = useHall(store, (state) => state.tour);
	// Re-render when the position changes, which decides whether there is a next exhibit.
	useHall(store, (state) => `${state.hallIndex}/${state.exhibitIndex}`);
	const hasPrevious = controller.neighbour(-1) !== null;
	const hasNext = controller.neighbour(1) !== null;
	const onTour = tour.status === 'running' || tour.status === 'paused';

	return (
		<div className="hall-controls">
			<button
				type="button"
				className="hall-button"
				aria-disabled={!hasPrevious}
				onClick={() => hasPrevious && controller.previous()}
			>
				<Icon name="previous" />
				{t.previous}
			</button>

			{tour.status === 'running' && (
				<button type="button" className="hall-button hall-tour" onClick={controller.pauseTour}>
					<Icon name="pause" />
					{t.tourPause}
				</button>
			)}
			{tour.status === 'paused' && (
				<button type="button" className="hall-button hall-tour" onClick={controller.resumeTour}>
					<Icon name="play" />
					{t.tourResume}
				</button>
			)}
			{!onTour && (
				<button type="button" className="hall-button hall-tour" onClick={controller.startTour}>
					<Icon name="play" />
					{t.tourStart}
				</button>
			)}
			{onTour && (
				<button type="button" className="hall-button" onClick={controller.stopTour}>
					<Icon name="stop" />
					{t.tourStop}
				</button>
			)}

			<button
				type="button"
				className="hall-button"
				aria-disabled={!hasNext}
				onClick={() => hasNext && controller.next()}
			>
				{t.next}
				<Icon name="next" />
			</button>

			{onTour && (
				<p className="hall-tour-status" data-tour-status={tour.status}>
					{t.tourStep(tour.stepIndex + 1, tour.steps.length)}
					{tour.status === 'paused' ? ` · ${t.tourPaused}` : ''}
				</p>
			)}
		</div>
	);
}

export function ExhibitList({ view, t, store, controller }: Props) {
	const hallIndex = useHall(store, (state) => state.hallIndex);
	const exhibitIndex = useHall(store, (state) => state.exhibitIndex);
	const failures = useHall(store, (state) => state.failures);
	const hall = view.halls[hallIndex]!;
	const id = useId();

	return (
		<nav className="hall-exhibits" aria-labelledby={`${id}-title`}>
			<p className="hall-section-title" id={`${id}-title`}>
				{t.inThisHall}
			</p>
			<ol>
				{hall.exhibits.map((exhibit, index) => (
					<li key={exhibit.slug}>
						<button
							type="button"
							className="hall-exhibit"
							data-exhibit={exhibit.slug}
							aria-current={index === exhibitIndex ? 'true' : undefined}
							onClick={() => controller.visit(hallIndex, index)}
							onFocus={() => store.set({ highlightIndex: index })}
							onBlur={() => store.set({ highlightIndex: null })}
						>
							<span className="hall-exhibit-number">{index + 1}</span>
							<span lang={exhibit.title.lang}>{exhibit.title.text}</span>
							{failures[exhibit.slug] && (
								<span className="hall-exhibit-problem" aria-hidden="true">
									!
								</span>
							)}
						</button>
					</li>
				))}
			</ol>
		</nav>
	);
}

export function Timeline({ view, t, museum, store, controller }: Props) {
	const hallIndex = useHall(store, (state) => state.hallIndex);
	const exhibitIndex = useHall(store, (state) => state.exhibitIndex);
	const stops = useMemo(() => timelineStops(view.halls), [view]);
	const span = useMemo(() => timelineSpan(view.halls), [view]);
	const [preview, setPreview] = useState<number | null>(null);
	const input = useRef<HTMLInputElement>(null);
	const id = useId();

	// The visitor moves when the slider is let go (or stepped with a key), not while dragging.
	useEffect(() => {
		const element = input.current;
		if (!element) return;
		const commit = () => {
			const stop = stops[Number(element.value)];
			setPreview(null);
			if (stop) controller.visit(stop.hallIndex, stop.exhibitIndex);
		};
		element.addEventListener('change', commit);
		return () => element.removeEventListener('change', commit);
	}, [stops, controller]);

	if (stops.length === 0 || !span) return null;

	const here = stops.findIndex((stop) =>
		exhibitIndex === null
			? stop.hallIndex === hallIndex
			: stop.hallIndex === hallIndex && stop.exhibitIndex === exhibitIndex,
	);
	const value = preview ?? Math.max(0, here);
	const stop = stops[value]!;
	const title = view.halls[stop.hallIndex]!.exhibits[stop.exhibitIndex]!.title.text;
	const valueText = t.timelineValue(stop.year, title);

	return (
		<div className="hall-timeline">
			<label className="hall-section-title" htmlFor={`${id}-range`}>
				{t.timeline}
			</label>
			<div className="hall-timeline-rail">
				<span aria-hidden="true">{span.start}</span>
				<input
					ref={input}
					id={`${id}-range`}
					type="range"
					min={0}
					max={stops.length - 1}
					step={1}
					value={value}
					aria-valuetext={valueText}
					onChange={(event) => setPreview(Number(event.target.value))}
				/>
				<span aria-hidden="true">{span.end}</span>
			</div>
			<output htmlFor={`${id}-range`} className="hall-timeline-value">
				{valueText}
			</output>

			<nav aria-label={t.halls}>
				<ol className="hall-list">
					{view.halls.map((hall, index) => (
						<li key={hall.slug}>
							<button
								type="button"
								className="hall-hall"
								aria-current={index === hallIndex ? 'true' : undefined}
								onClick={() => controller.enterHall(index)}
							>
								<span lang={hall.title.lang}>{hall.title.text}</span>
								<span className="hall-hall-era">{museum.hallEra(hall.eraStart, hall.eraEnd)}</span>
							</button>
						</li>
					))}
				</ol>
			</nav>
		</div>
	);
}
