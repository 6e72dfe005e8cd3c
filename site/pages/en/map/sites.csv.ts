import { csvRoute } from '../../../components/map/export-routes.ts';

export const prerender = false;

export const GET = csvRoute('en');
