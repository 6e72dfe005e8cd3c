/** `/robots.txt`: crawlers are welcome, except on the API and on visitors' and staff's pages. */
import type { APIRoute } from 'astro';

import { publicUrl } from '../lib/site-url.ts';

export const prerender = false;

const keptOut = [
	'/api/',
	'/route/verify/',
	'/route/certificate/',
	'/route/stats/',
	'/route/posters/',
];

export const GET: APIRoute = ({ request }) => {
	const lines = [
		'User-agent: *',
		...keptOut.flatMap((path) => [`Disallow: ${path}`, `Disallow: /en${path}`]),
		'',
		`Sitemap: ${publicUrl(request, '/sitemap.xml')}`,
		'',
	];
	return new Response(lines.join('\n'), {
		headers: {
			'Content-Type': 'text/plain; charset=utf-8',
			'Cache-Control': 'public, max-age=3600',
		},
	});
};
