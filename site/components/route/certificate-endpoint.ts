/**
 * `/route/certificate/<id>/certificate.png` and `.svg` (and under `/en/`): the certificate's
 * picture, drawn on each request because the visitor may change the name on it.
 */
import type { APIRoute } from 'astro';

import type { Locale } from '../../../src/i18n/locale.ts';
import { logger } from '../../../src/log.ts';
import { certificateImage, certificatePng, loadCertificateView } from './certificate-data.ts';

const log = logger.child({ module: 'certificate-image' });

const contentTypes = { png: 'image/png', svg: 'image/svg+xml; charset=utf-8' } as const;

function plain(status: number, text: string): Response {
	return new Response(text, {
		status,
		headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
	});
}

/** The handler for one language and format. */
export function certificateImageRoute(locale: Locale, format: 'png' | 'svg'): APIRoute {
	return async ({ params, url }) => {
		const id = params.id ?? '';
		const lookup = await loadCertificateView(id, url.origin, locale);
		if (lookup.state === 'unknown') return plain(404, 'No certificate has this number.');
		if (lookup.state === 'unavailable') {
			return plain(503, 'Certificates cannot be read right now; try again in a minute.');
		}

		try {
			const body =
				format === 'png'
					? new Uint8Array(await certificatePng(lookup.view, locale))
					: certificateImage(lookup.view, locale);
			return new Response(body, {
				headers: {
					'Content-Type': contentTypes[format],
					'Content-Disposition': `inline; filename="boai-certificate-${id}.${format}"`,
					'Cache-Control': 'no-cache',
					'X-Content-Type-Options': 'nosniff',
					// The picture needs no script or request of its own, whatever a name contains.
					'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
				},
			});
		} catch (error) {
			log.error({ err: error, id, format }, 'a certificate picture could not be drawn');
			return plain(500, 'The certificate picture could not be drawn; the page still shows it.');
		}
	};
}
