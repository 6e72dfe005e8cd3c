import { describe, expect, it } from 'vitest';

import { localePath, paths, splitLocale, translatePath } from '../../src/i18n/paths.ts';

describe('locale paths', () => {
	it('keeps Chinese pages at the root and puts English ones under /en/', () => {
		expect(localePath('/', 'zh')).toBe('/');
		expect(localePath('/', 'en')).toBe('/en/');
		expect(localePath('/stories/', 'en')).toBe('/en/stories/');
		expect(localePath('about/', 'zh')).toBe('/about/');
	});

	it('splits the locale off a request path', () => {
		expect(splitLocale('/en/museum/x/')).toEqual({ locale: 'en', path: '/museum/x/' });
		expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
		expect(splitLocale('/museum/')).toEqual({ locale: 'zh', path: '/museum/' });
	});

	it('does not mistake a path that merely starts with "en" for English', () => {
		expect(splitLocale('/enterprise/')).toEqual({ locale: 'zh', path: '/enterprise/' });
	});

	it('translates a page’s path into the other language', () => {
		expect(translatePath('/stories/hong-shi-zi/', 'en')).toBe('/en/stories/hong-shi-zi/');
		expect(translatePath('/en/stories/hong-shi-zi/', 'zh')).toBe('/stories/hong-shi-zi/');
		expect(translatePath('/en/', 'zh')).toBe('/');
	});

	it('encodes slugs and categories', () => {
		expect(paths.story('a b', 'zh')).toBe('/stories/a%20b/');
		expect(paths.stories('en', 'first-aid')).toBe('/en/stories/?category=first-aid');
	});
});
