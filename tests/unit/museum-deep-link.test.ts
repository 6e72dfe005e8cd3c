import { describe, expect, it } from 'vitest';

import { hallLinkQuery, readHallLink, withoutHallLink } from '../../src/museum/deep-link.ts';

describe('3D hall addresses', () => {
	it('reads an address that opens the hall at an exhibit', () => {
		expect(readHallLink('?view=3d&exhibit=hong-shi-zi-ji-jiu-xiang')).toEqual({
			open: true,
			exhibit: 'hong-shi-zi-ji-jiu-xiang',
			hall: null,
		});
	});

	it('does not open the hall for an ordinary catalogue address', () => {
		expect(readHallLink('')).toEqual({ open: false, exhibit: null, hall: null });
		expect(readHallLink('?view=list&exhibit=x').open).toBe(false);
		expect(readHallLink('?view=3d&exhibit=%20').exhibit).toBeNull();
	});

	it('writes an address for an exhibit or a hall, keeping other parameters', () => {
		expect(hallLinkQuery({ exhibit: 'a b' })).toBe('?view=3d&exhibit=a+b');
		expect(hallLinkQuery({ hall: 'h' })).toBe('?view=3d&hall=h');
		expect(hallLinkQuery({ exhibit: 'x' }, '?tourSpeed=5&view=3d&hall=h')).toBe(
			'?tourSpeed=5&view=3d&exhibit=x',
		);
		expect(readHallLink(hallLinkQuery({ exhibit: 'a b' })).exhibit).toBe('a b');
	});

	it('removes the hall’s parameters when the visitor leaves it', () => {
		expect(withoutHallLink('?view=3d&exhibit=x')).toBe('');
		expect(withoutHallLink('?museumDebug=1&view=3d')).toBe('?museumDebug=1');
	});
});
