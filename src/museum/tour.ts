/**
 * The guided tour as a state machine. A tour visits every exhibit from the first one of the
 * hall it starts in to the last one of the museum, in hall order. At each stop the camera
 * travels to the exhibit, the narration plays with captions, and the tour lingers a moment
 * before moving on. The visitor can pause, resume or stop it at any time.
 *
 * The reducer only decides what comes next; the view moves the camera, plays the narration
 * and reports back with events.
 */

/** One stop of the tour. */
export interface TourStep {
	hallIndex: number;
	exhibitIndex: number;
	slug: string;
}

/** What happens at the current stop. */
export type TourPhase = 'travelling' | 'narrating' | 'lingering';

export type TourState =
	| { status: 'idle' }
	| {
			status: 'running' | 'paused';
			steps: TourStep[];
			stepIndex: number;
			phase: TourPhase;
	  }
	| { status: 'finished'; steps: TourStep[] };

export type TourEvent =
	| { type: 'start'; steps: TourStep[] }
	/** The camera reached the current stop. */
	| { type: 'arrived' }
	/** The narration of the current stop ended. */
	| { type: 'narrated' }
	/** The pause after the narration is over. */
	| { type: 'lingered' }
	| { type: 'pause' }
	/**
	 * Go on after a pause. `atStop` says whether the camera is still at the current stop; if
	 * the visitor wandered off meanwhile, the tour travels back to it first.
	 */
	| { type: 'resume'; atStop: boolean }
	| { type: 'stop' };

export const idleTour: TourState = { status: 'idle' };

/** The stops of a tour starting in hall `fromHall`: its exhibits and those of later halls. */
export function tourSteps(
	halls: Array<{ exhibits: Array<{ slug: string }> }>,
	fromHall: number,
): TourStep[] {
	return halls.flatMap((hall, hallIndex) =>
		hallIndex < fromHall
			? []
			: hall.exhibits.map((exhibit, exhibitIndex) => ({
					hallIndex,
					exhibitIndex,
					slug: exhibit.slug,
				})),
	);
}

/** The tour after `event`. Events that do not fit the current state change nothing. */
export function tourReducer(state: TourState, event: TourEvent): TourState {
	if (event.type === 'start') {
		if (event.steps.length === 0) return { status: 'finished', steps: [] };
		return { status: 'running', steps: event.steps, stepIndex: 0, phase: 'travelling' };
	}

	if (event.type === 'stop') return idleTour;
	if (state.status !== 'running' && state.status !== 'paused') return state;

	switch (event.type) {
		case 'pause':
			return state.status === 'running' ? { ...state, status: 'paused' } : state;
		case 'resume':
			if (state.status !== 'paused') return state;
			return { ...state, status: 'running', phase: event.atStop ? state.phase : 'travelling' };
		case 'arrived':
			return state.phase === 'travelling' ? { ...state, phase: 'narrating' } : state;
		case 'narrated':
			return state.phase === 'narrating' ? { ...state, phase: 'lingering' } : state;
		case 'lingered':
			if (state.phase !== 'lingering') return state;
			if (state.stepIndex + 1 >= state.steps.length) {
				return { status: 'finished', steps: state.steps };
			}
			return { ...state, stepIndex: state.stepIndex + 1, phase: 'travelling' };
	}
}

/** The stop the tour is at, or `null` when no tour is under way. */
export function currentStep(state: TourState): TourStep | null {
	if (state.status !== 'running' && state.status !== 'paused') return null;
	return state.steps[state.stepIndex] ?? null;
}
