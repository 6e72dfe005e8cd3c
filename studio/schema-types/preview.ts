/** The label list previews put before everything else on invented documents. */
export const SAMPLE_LABEL = '示例数据';

/** A preview subtitle: the parts that are set, joined by a middle dot, sample data first. */
export function subtitle(sample: unknown, ...parts: Array<string | number | undefined | null>) {
	const shown = parts.filter((part) => part !== undefined && part !== null && part !== '');

	return [sample === true ? SAMPLE_LABEL : undefined, ...shown].filter(Boolean).join(' · ');
}

/** A date as editors read it, no more precise than it is known: 2024-05-12, 2024-05 or 2024. */
export function formatDate(value: unknown, precision: unknown): string | undefined {
	if (typeof value !== 'string' || value.length < 4) return undefined;

	// The stored value is an ISO timestamp; its date in China time is what editors mean.
	const date = new Date(value);
	if (Number.isNaN(date.getTime())) return value;

	const local = new Date(date.getTime() + 8 * 60 * 60 * 1000).toISOString();
	if (precision === 'year') return local.slice(0, 4);
	if (precision === 'month') return local.slice(0, 7);
	return local.slice(0, 10);
}
