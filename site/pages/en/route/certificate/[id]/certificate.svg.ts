import { certificateImageRoute } from '../../../../../components/route/certificate-endpoint.ts';

export const prerender = false;

export const GET = certificateImageRoute('en', 'svg');
