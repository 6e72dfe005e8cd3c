import type { Locale } from './locale.ts';

/** How much of a date is known: a plan milestone may be known only by its month or year. */
export type DatePrecision = 'day' | 'month' | 'year';

/** Dates are shown as they were in Zhuzhou, whatever the server's own time zone. */
export const siteTimeZone = 'Asia/Shanghai';

const intlLocales: Record<Locale, string> = { zh: 'zh-CN', en: 'en-GB' };

const fieldsByPrecision: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
	day: { year: 'numeric', month: 'long', day: 'numeric' },
	month: { year: 'numeric', month: 'long' },
	year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, precision: DatePrecision): Intl.DateTimeFormat {
	const key = `${locale}:${precision}`;
	let cached = formatters.get(key);
	if (!cached) {
		cached = new Intl.DateTimeFormat(intlLocales[locale], {
			...fieldsByPrecision[precision],
			timeZone: siteTimeZone,
		});
		formatters.set(key, cached);
	}
	return cached;
}

function toDate(value: string | Date): Date {
	const date = value instanceof Date ? value : new Date(value);
	if (Number.isNaN(date.getTime())) {
		throw new RangeError(
			`"${String(value)}" is not a date: expected an ISO 8601 date-time such as 2024-05-08T02:00:00Z.`,
		);
	}
	return date;
}

/**
 * The date as a reader in Zhuzhou would write it, showing only what is known:
 * `2022年5月8日`, `2022年5月`, `2022年` in Chinese; `8 May 2022`, `May 2022`, `2022` in English.
 */
export function formatDate(
	value: string | Date,
	locale: Locale,
	precision: DatePrecision = 'day',
): string {
	return formatter(locale, precision).format(toDate(value));
}

/**
 * The date in Zhuzhou as a machine-readable value for `<time datetime>`, cut to what is known:
 * `2022-05-08`, `2022-05` or `2022`.
 */
export function machineDate(value: string | Date, precision: DatePrecision = 'day'): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		timeZone: siteTimeZone,
	}).formatToParts(toDate(value));
	const part = (type: Intl.DateTimeFormatPartTypes) =>
		parts.find((candidate) => candidate.type === type)?.value ?? '';

	if (precision === 'year') return part('year');
	if (precision === 'month') return `${part('year')}-${part('month')}`;
	return `${part('year')}-${part('month')}-${part('day')}`;
}
