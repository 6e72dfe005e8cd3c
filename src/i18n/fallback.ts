import { pick, type Locale, type Localized } from './locale.ts';

/**
 * The `lang` attribute an element needs when `value` is shown in Chinese on an English page
 * because its English text is missing (`pick` fell back); `undefined` when the text is in the
 * page's own language. Screen readers then pronounce the Chinese as Chinese.
 */
export function fallbackLang<T>(
	value: Localized<T> | null | undefined,
	locale: Locale,
): 'zh-CN' | undefined {
	if (!value || locale === 'zh') return undefined;
	return pick(value, locale) === value.zh && value.en !== value.zh ? 'zh-CN' : undefined;
}
