/** Distances as visitors read them in the list of sites sorted "nearest to me". */
import type { Locale } from '../i18n/locale.ts';

/**
 * `metres` in words: `850米` / `850 m` below a kilometre (to ten metres), `1.2公里` /
 * `1.2 km` up to ten kilometres, whole kilometres beyond.
 */
export function formatDistance(metres: number, locale: Locale): string {
	const tag = locale === 'zh' ? 'zh-CN' : 'en';

	if (metres < 995) {
		const rounded = Math.max(10, Math.round(metres / 10) * 10);
		return new Intl.NumberFormat(tag, { style: 'unit', unit: 'meter' }).format(rounded);
	}

	return new Intl.NumberFormat(tag, {
		style: 'unit',
		unit: 'kilometer',
		maximumFractionDigits: metres < 9_950 ? 1 : 0,
	}).format(metres / 1000);
}
