/**
 * Whether a stop is open at an instant, by its opening hours in China's time (Asia/Shanghai).
 * Asia/Shanghai has been UTC+8 all year since 1991, with no daylight saving, so local times
 * convert to instants with a fixed offset.
 */
import type { OpeningHoursLine, Weekday } from '../i18n/hours.ts';

const week: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const offsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;
const minuteMs = 60 * 1000;

/** An interval of local time within one week, in minutes from Monday 00:00. */
interface WeekInterval {
	start: number;
	end: number;
}

function minutes(clock: string): number {
	const [hours, mins] = clock.split(':').map(Number);
	return (hours ?? 0) * 60 + (mins ?? 0);
}

// Worked out once per list of lines: the stops are read every few seconds, and their hours
// are judged on every check-in.
const weekIntervals = new WeakMap<readonly OpeningHoursLine[], WeekInterval[]>();

function intervals(lines: readonly OpeningHoursLine[]): WeekInterval[] {
	let found = weekIntervals.get(lines);
	if (!found) {
		found = intervalsOf(lines);
		weekIntervals.set(lines, found);
	}
	return found;
}

// A line whose closing time is not after its opening time runs past midnight (22:00–02:00);
// equal times mean round the clock.
function intervalsOf(lines: readonly OpeningHoursLine[]): WeekInterval[] {
	return lines.flatMap((line) => {
		const opens = minutes(line.opens);
		const closes = minutes(line.closes);
		const length = closes > opens ? closes - opens : closes + 24 * 60 - opens;

		return line.days.map((day) => {
			const start = week.indexOf(day) * 24 * 60 + opens;
			return { start, end: start + length };
		});
	});
}

// Minutes since Monday 00:00 China time, and the instant that Monday began.
function weekPosition(at: Date): { minute: number; weekStart: number } {
	const local = at.getTime() + offsetMs;
	const dayIndex = (Math.floor(local / dayMs) + 3) % 7; // 1970-01-01 was a Thursday
	const dayStart = Math.floor(local / dayMs) * dayMs;
	const minute = dayIndex * 24 * 60 + Math.floor((local - dayStart) / minuteMs);
	return { minute, weekStart: dayStart - dayIndex * dayMs - offsetMs };
}

const weekMinutes = 7 * 24 * 60;

/** Whether a stop with these opening hours is open at `at`. No lines: always open. */
export function isOpenAt(lines: readonly OpeningHoursLine[], at: Date): boolean {
	if (lines.length === 0) return true;

	const { minute } = weekPosition(at);
	// An interval may run past Sunday midnight into Monday: test this week's and last week's.
	return intervals(lines).some(
		({ start, end }) =>
			(minute >= start && minute < end) ||
			(minute + weekMinutes >= start && minute + weekMinutes < end),
	);
}

/**
 * When the stop next opens after `at` (within a week), or `null` when it never opens or is
 * open now.
 */
export function nextOpening(lines: readonly OpeningHoursLine[], at: Date): Date | null {
	if (lines.length === 0 || isOpenAt(lines, at)) return null;

	const { minute, weekStart } = weekPosition(at);
	const starts = intervals(lines).flatMap(({ start }) => [start, start + weekMinutes]);
	const next = starts.filter((start) => start > minute).sort((a, b) => a - b)[0];
	if (next === undefined) return null;

	return new Date(weekStart + next * minuteMs);
}

/** The calendar day of `at` in China, as `2026-05-08`: the day the statistics count it on. */
export function chinaDay(at: Date): string {
	return new Date(at.getTime() + offsetMs).toISOString().slice(0, 10);
}

/** The weekday and clock time of `at` in China, for messages such as "opens Tue 09:00". */
export function chinaClock(at: Date): { weekday: Weekday; time: string } {
	const local = new Date(at.getTime() + offsetMs);
	const weekday = week[(local.getUTCDay() + 6) % 7]!;
	return { weekday, time: local.toISOString().slice(11, 16) };
}
