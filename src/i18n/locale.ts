/** The languages Boai speaks: Chinese first, at `/`; English at `/en/`. */
export const locales = ['zh', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'zh';

/** A text stored in both languages; Chinese is always there, English may be missing. */
export interface Localized<T = string> {
	zh: T;
	en?: T | null;
}

/** The text in `locale`, falling back to Chinese where English is missing or empty. */
export function pick<T>(value: Localized<T>, locale: Locale): T {
	const translated = locale === 'en' ? value.en : undefined;
	if (translated === undefined || translated === null) return value.zh;
	if (typeof translated === 'string' && translated.trim() === '') return value.zh;
	if (Array.isArray(translated) && translated.length === 0) return value.zh;
	return translated;
}

export function isLocale(value: unknown): value is Locale {
	return locales.includes(value as Locale);
}
