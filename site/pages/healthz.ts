/** `/healthz`: the load balancer's check (see `src/health/health.ts`). */
import type { APIRoute } from 'astro';

import packageJson from '../../package.json';
import { createHealthCheck } from '../../src/health/health.ts';
import { contentSource } from '../lib/content.ts';

export const prerender = false;

const check = createHealthCheck({ source: contentSource, version: packageJson.version });

export const GET: APIRoute = async () =>
	Response.json(await check(), { headers: { 'Cache-Control': 'no-store' } });

export const HEAD: APIRoute = async () =>
	new Response(null, { headers: { 'Cache-Control': 'no-store' } });
