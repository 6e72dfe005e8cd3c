import type { Locale } from './locale.ts';

// Chinese writes large counts with 万 and 亿 units and without thousands separators:
// the plan's 10065.29万元 must read exactly so.
const numberFormats: Record<Locale, Intl.NumberFormat> = {
	zh: new Intl.NumberFormat('zh-CN', { useGrouping: false, maximumFractionDigits: 2 }),
	en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** The number as the locale writes it: `10065.29` in Chinese, `10,065.29` in English. */
export function formatNumber(value: number, locale: Locale): string {
	return numberFormats[locale].format(value);
}

/**
 * A number with its unit: `10065.29万元` in Chinese (no space before a Chinese unit),
 * `10,065.29 ten-thousand yuan` in English.
 */
export function formatQuantity(value: number, unit: string, locale: Locale): string {
	const number = formatNumber(value, locale);
	if (unit === '') return number;
	return locale === 'zh' ? `${number}${unit}` : `${number} ${unit}`;
}
