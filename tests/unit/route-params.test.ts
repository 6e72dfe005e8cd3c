import { describe, expect, it } from 'vitest';

import { categoryParam, notFound } from '../../site/lib/route-params.ts';

const url = (search: string) => new URL(`http://localhost/stories/${search}`);

describe('the story category asked for in the address', () => {
	it('is none when the address asks for none', () => {
		expect(categoryParam(url(''))).toBeNull();
		expect(categoryParam(url('?category='))).toBeNull();
	});

	it('is the category named', () => {
		expect(categoryParam(url('?category=first-aid'))).toBe('first-aid');
	});

	it('is unknown for a name that is no category, so the page can answer 404', () => {
		expect(categoryParam(url('?category=First-Aid'))).toBeUndefined();
		expect(categoryParam(url('?category=%3Cscript%3E'))).toBeUndefined();
	});
});

describe('notFound', () => {
	it('answers with status 404', () => {
		expect(notFound().status).toBe(404);
	});
});
