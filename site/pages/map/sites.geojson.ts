import { geoJsonRoute } from '../../components/map/export-routes.ts';

export const prerender = false;

export const GET = geoJsonRoute('zh');
