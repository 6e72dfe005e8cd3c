/**
 * `/healthz`: the load balancer's check. The content's part (`src/health/health.ts`) reports
 * trouble as "degraded" and stays 200; check-in storage that does not answer makes it
 * "failing" and 503 (`src/checkin/storage-health.ts`).
 */
import type { APIRoute } from 'astro';

import packageJson from '../../package.json';
import { createStorageHealthCheck } from '../../src/checkin/storage-health.ts';
import { createHealthCheck } from '../../src/health/health.ts';
import { checkinStorage } from '../lib/checkin.ts';
import { contentSource } from '../lib/content.ts';

export const prerender = false;

const checkContent = createHealthCheck({ source: contentSource, version: packageJson.version });
const checkStorage = createStorageHealthCheck(checkinStorage);
const headers = { 'Cache-Control': 'no-store' };

async function report() {
	const [health, storage] = await Promise.all([checkContent(), checkStorage()]);
	const body = {
		...health,
		status: storage.ok ? health.status : 'failing',
		checkinStorage: storage,
	};
	return { body, status: storage.ok ? 200 : 503 };
}

export const GET: APIRoute = async () => {
	const { body, status } = await report();
	return Response.json(body, { status, headers });
};

export const HEAD: APIRoute = async () =>
	new Response(null, { status: (await report()).status, headers });
