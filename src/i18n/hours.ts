import type { Locale } from './locale.ts';
import { messages } from './messages/index.ts';

const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** A day of the week as stored in the content (`mon` … `sun`). */
export type Weekday = (typeof week)[number];

/** One line of opening hours as stored in the content. */
export interface OpeningHoursLine {
	days: readonly Weekday[];
	opens: string;
	closes: string;
}

// Splits the days (in week order, without repeats) into runs of consecutive days.
function runsOfDays(days: readonly Weekday[]): Weekday[][] {
	const ordered = week.filter((day) => days.includes(day));
	const runs: Weekday[][] = [];

	for (const day of ordered) {
		const last = runs.at(-1);
		const previous = last?.at(-1);
		if (last && previous && week.indexOf(day) === week.indexOf(previous) + 1) last.push(day);
		else runs.push([day]);
	}
	return runs;
}

/**
 * The days of one line of opening hours, as people write them: `周一至周五`, `周六、周日`
 * in Chinese; `Mon–Fri`, `Sat, Sun` in English. Runs of three or more days are joined.
 */
export function formatDays(days: readonly Weekday[], locale: Locale): string {
	const names = messages(locale).weekdays;
	const through = locale === 'zh' ? '至' : '–';
	const separator = locale === 'zh' ? '、' : ', ';

	return runsOfDays(days)
		.flatMap((run) =>
			run.length >= 3
				? [`${names[run[0]!]}${through}${names[run.at(-1)!]}`]
				: run.map((day) => names[day]),
		)
		.join(separator);
}

/**
 * Opening hours as lines of text (`周一至周五 09:00–17:00`). No lines means always open,
 * which is said in words.
 */
export function formatOpeningHours(lines: readonly OpeningHoursLine[], locale: Locale): string[] {
	if (lines.length === 0) return [messages(locale).route.alwaysOpen];

	return lines.map((line) => `${formatDays(line.days, locale)} ${line.opens}–${line.closes}`);
}
