/** One goal of the plan, as the chart needs it. */
export interface TargetInput {
	key: string;
	target: number;
	baseline?: number | null;
}

/** A row of the target chart: bar lengths as fractions (0–1) of the row's own scale. */
export interface TargetBar {
	key: string;
	target: number;
	baseline: number | null;
	scale: number;
	targetFraction: number;
	baselineFraction: number | null;
}

function fraction(value: number, scale: number): number {
	if (scale <= 0) return 0;
	return Math.min(1, Math.max(0, value / scale));
}

/**
 * The bars of the goals chart. Goals are counted in different units (yuan, people, members),
 * so each row is scaled to its own larger value — the goal or the past result — and rows are
 * never compared with each other. A missing, negative or non-finite baseline is left out.
 */
export function targetBars(targets: readonly TargetInput[]): TargetBar[] {
	return targets.map(({ key, target, baseline }) => {
		const comparable =
			typeof baseline === 'number' && Number.isFinite(baseline) && baseline >= 0 ? baseline : null;
		const safeTarget = Number.isFinite(target) && target > 0 ? target : 0;
		const scale = Math.max(safeTarget, comparable ?? 0);

		return {
			key,
			target,
			baseline: comparable,
			scale,
			targetFraction: fraction(safeTarget, scale),
			baselineFraction: comparable === null ? null : fraction(comparable, scale),
		};
	});
}
