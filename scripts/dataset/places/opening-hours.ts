/**
 * Opening hours in the stored shape, and the notes that go with them. No stop's hours
 * come from the plan, so every note says the hours are a sample to check on site.
 */
import { stableKey } from '../assets.ts';
import type { weekdays } from '../../../src/content/models.ts';
import type { Bilingual } from '../locale.ts';

type Weekday = (typeof weekdays)[number];

/** One line of opening hours, before it gets its array key. */
export interface OpeningPeriod {
	days: readonly Weekday[];
	opens: string;
	closes: string;
}

const everyDay: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const mondayToFriday: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const tuesdayToSunday: readonly Weekday[] = ['tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Open every day from `opens` to `closes`. */
export function daily(opens: string, closes: string): OpeningPeriod[] {
	return [{ days: everyDay, opens, closes }];
}

/** Open Monday to Friday from `opens` to `closes`. */
export function weekdaysOnly(opens: string, closes: string): OpeningPeriod[] {
	return [{ days: mondayToFriday, opens, closes }];
}

/** Open Tuesday to Sunday, as museums often are. */
export function closedOnMondays(opens: string, closes: string): OpeningPeriod[] {
	return [{ days: tuesdayToSunday, opens, closes }];
}

/** The `openingHours` array as stored, each line keyed by the stop it belongs to. */
export function openingHoursField(stopId: string, periods: readonly OpeningPeriod[]) {
	return periods.map((period, index) => ({
		_key: stableKey(stopId, 'hours', index),
		_type: 'openingHours',
		days: [...period.days],
		opens: period.opens,
		closes: period.closes,
	}));
}

/** Notes that say the hours are samples, for each kind of stop. */
export const hoursNotes = {
	outdoors: {
		zh: '开放时间为示例，请以现场公告为准。',
		en: 'These hours are a sample; the notice on site prevails.',
	},
	scenicArea: {
		zh: '开放时间为示例，请以景区公告为准；景区门票和开放安排由景区决定。',
		en: 'These hours are a sample; the scenic area’s own notice prevails, and it sets tickets and opening times.',
	},
	campus: {
		zh: '开放时间为示例，请以现场公告为准；进入校园请遵守学校的访客管理规定。',
		en: 'These hours are a sample; the notice on site prevails. Visitors follow the college’s rules for guests.',
	},
	hospital: {
		zh: '开放时间为示例，请以现场公告为准；这里是诊疗场所，请保持安静，就医以医院安排为准。',
		en: 'These hours are a sample; the notice on site prevails. This is a place of care: please keep quiet; for treatment, the hospital’s own arrangements apply.',
	},
	planned: {
		zh: '博物馆尚在筹建，开放时间为示例。',
		en: 'The museum is still being planned; these hours are a sample.',
	},
} satisfies Record<string, Bilingual>;
