import { describe, expect, it } from 'vitest';

import {
	currentStep,
	idleTour,
	tourReducer,
	tourSteps,
	type TourEvent,
	type TourState,
} from '../../src/museum/tour.ts';

const halls = [
	{ exhibits: [{ slug: 'a' }, { slug: 'b' }] },
	{ exhibits: [{ slug: 'c' }] },
	{ exhibits: [] },
	{ exhibits: [{ slug: 'd' }] },
];

const run = (state: TourState, ...events: TourEvent[]) => events.reduce(tourReducer, state);
const visitOne: TourEvent[] = [{ type: 'arrived' }, { type: 'narrated' }, { type: 'lingered' }];

describe('the guided tour', () => {
	it('visits the exhibits of the starting hall and every later hall, in order', () => {
		expect(tourSteps(halls, 1).map((step) => step.slug)).toEqual(['c', 'd']);
		expect(tourSteps(halls, 0)[3]).toEqual({ hallIndex: 3, exhibitIndex: 0, slug: 'd' });
	});

	it('travels, narrates and lingers at each stop, then finishes after the last', () => {
		const steps = tourSteps(halls, 0);
		let state = run(idleTour, { type: 'start', steps });
		expect(state).toMatchObject({ status: 'running', stepIndex: 0, phase: 'travelling' });

		state = run(state, { type: 'arrived' });
		expect(state).toMatchObject({ phase: 'narrating' });
		state = run(state, { type: 'narrated' }, { type: 'lingered' });
		expect(currentStep(state)?.slug).toBe('b');

		state = run(state, ...visitOne, ...visitOne, ...visitOne);
		expect(state).toEqual({ status: 'finished', steps });
		expect(currentStep(state)).toBeNull();
	});

	it('holds still while paused and carries on where it was when resumed', () => {
		let state = run(idleTour, { type: 'start', steps: tourSteps(halls, 0) }, { type: 'arrived' });
		state = run(state, { type: 'pause' });
		expect(state).toMatchObject({ status: 'paused', phase: 'narrating', stepIndex: 0 });

		state = run(state, { type: 'resume', atStop: true });
		expect(state).toMatchObject({ status: 'running', phase: 'narrating', stepIndex: 0 });
	});

	it('travels back to the current stop when resumed after the visitor wandered off', () => {
		const state = run(
			idleTour,
			{ type: 'start', steps: tourSteps(halls, 0) },
			{ type: 'arrived' },
			{ type: 'pause' },
			{ type: 'resume', atStop: false },
		);

		expect(state).toMatchObject({ status: 'running', phase: 'travelling', stepIndex: 0 });
	});

	it('ignores events that do not fit the current phase', () => {
		const state = run(idleTour, { type: 'start', steps: tourSteps(halls, 0) });

		expect(run(state, { type: 'narrated' }, { type: 'lingered' })).toEqual(state);
		expect(run(idleTour, { type: 'arrived' }, { type: 'resume', atStop: true })).toEqual(idleTour);
	});

	it('stops from any state', () => {
		const state = run(idleTour, { type: 'start', steps: tourSteps(halls, 0) }, { type: 'pause' });

		expect(run(state, { type: 'stop' })).toEqual(idleTour);
	});

	it('finishes at once when there is nothing to visit', () => {
		expect(run(idleTour, { type: 'start', steps: [] })).toEqual({ status: 'finished', steps: [] });
	});
});
