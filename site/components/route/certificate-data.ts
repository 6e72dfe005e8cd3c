/**
 * A certificate as its page and its picture show it, loaded through the check-in service:
 * the visitor's name, the date, each stamp with its stop's title, and the verification QR.
 */
import type { Certificate } from '../../../src/checkin/api.ts';
import { formatDate, machineDate } from '../../../src/i18n/dates.ts';
import { pick, type Locale } from '../../../src/i18n/locale.ts';
import { checkCertificate } from '../../lib/checkin.ts';
import { certificateSvg, drawCertificatePng, type ImageStamp } from './certificate-image.ts';
import { qrSvg } from './qr.ts';

/** One stamp of the certificate, ready to show. */
export interface ShownStamp extends ImageStamp {
	slug: string;
	/** The day as the page's language writes it. */
	date: string;
	at: string;
	method: Certificate['stamps'][number]['method'];
}

/** What the certificate page and picture show. */
export interface CertificateView {
	certificate: Certificate;
	issued: string;
	stamps: ShownStamp[];
	/** The verification QR code, as SVG markup. */
	qr: string;
}

export type CertificateLookup =
	{ state: 'genuine'; view: CertificateView } | { state: 'unknown' } | { state: 'unavailable' };

/** The certificate `id` for `locale`, or why there is none to show. */
export async function loadCertificateView(
	id: string,
	origin: string,
	locale: Locale,
): Promise<CertificateLookup> {
	const check = await checkCertificate(id, origin);
	if (check.state !== 'genuine') return check;

	const { certificate, stops } = check;
	const titles = new Map(stops.map((stop) => [stop.slug, pick(stop.title, locale)]));
	const stamps = certificate.stamps.map((stamp) => ({
		slug: stamp.stop,
		at: stamp.at,
		method: stamp.method,
		title: titles.get(stamp.stop) ?? stamp.stop,
		date: formatDate(stamp.at, locale),
		sealDate: machineDate(stamp.at),
	}));

	return {
		state: 'genuine',
		view: {
			certificate,
			issued: formatDate(certificate.issuedAt, locale),
			stamps,
			qr: await qrSvg(certificate.verifyUrl),
		},
	};
}

/** The certificate picture as SVG markup. */
export function certificateImage(view: CertificateView, locale: Locale): string {
	return certificateSvg({ ...view, locale });
}

/** The certificate picture as PNG bytes, drawn from the SVG with the bundled fonts. */
export function certificatePng(view: CertificateView, locale: Locale): Promise<Buffer> {
	return drawCertificatePng({ ...view, locale });
}
