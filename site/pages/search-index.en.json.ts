import { searchIndexEndpoint } from '../lib/search-index-endpoint.ts';

export const prerender = false;

export const GET = searchIndexEndpoint('en');
