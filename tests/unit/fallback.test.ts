import { describe, expect, it } from 'vitest';

import { fallbackLang } from '../../src/i18n/fallback.ts';

describe('fallbackLang', () => {
	it('marks Chinese text shown on an English page for want of a translation', () => {
		expect(fallbackLang({ zh: '博爱' }, 'en')).toBe('zh-CN');
		expect(fallbackLang({ zh: '博爱', en: '  ' }, 'en')).toBe('zh-CN');
		expect(fallbackLang({ zh: [1], en: [] }, 'en')).toBe('zh-CN');
	});

	it('leaves translated text and Chinese pages alone', () => {
		expect(fallbackLang({ zh: '博爱', en: 'Fraternity' }, 'en')).toBeUndefined();
		expect(fallbackLang({ zh: '博爱' }, 'zh')).toBeUndefined();
		expect(fallbackLang(null, 'en')).toBeUndefined();
	});
});
