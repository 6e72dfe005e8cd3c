/**
 * QR codes drawn on the server as SVG (the `qrcode` package), for posters and certificates:
 * no script, no image request, crisp when printed.
 */
import QRCode from 'qrcode';

/** The QR code of `text` as an `<svg>` element's markup, dark modules on white. */
export async function qrSvg(text: string): Promise<string> {
	const svg = await QRCode.toString(text, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
		color: { dark: '#1f1f1f', light: '#ffffff' },
	});

	// Drawn as an image by the element around it, which carries the accessible name.
	return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
