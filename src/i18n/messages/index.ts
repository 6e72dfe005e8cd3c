import type { Locale } from '../locale.ts';
import { en } from './en.ts';
import { zh, type Messages } from './zh.ts';

export type { Messages } from './zh.ts';

const dictionaries: Record<Locale, Messages> = { zh, en };

/** The dictionary of user-facing strings for `locale`. */
export function messages(locale: Locale): Messages {
	return dictionaries[locale];
}
