/**
 * A site server for the route's browser tests: the bundled dataset with every stop always
 * open (so that the tests do not depend on the hour they run at), a fresh check-in database,
 * known secrets, and no per-address rate limit (every test browser is 127.0.0.1).
 */
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { parseCheckinKeys, type CheckinKeys } from '../../src/checkin/keys.ts';
import { qrUrl } from '../../src/checkin/tokens.ts';
import { startServer, type RunningServer } from './support/server.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** A stop of the bundled route, in walking order. */
export interface FixtureStop {
	slug: string;
	title: { zh: string; en?: string };
	lat: number;
	lng: number;
	radius: number;
	sample: boolean;
}

export interface RouteFixture {
	server: RunningServer;
	stops: FixtureStop[];
	/** The stops the certificate needs (not sample data). */
	required: FixtureStop[];
	statsToken: string;
	/** The address a stop's poster QR code carries, on this server. */
	qrAddress(slug: string): string;
	stop(slug: string): FixtureStop;
	close(): Promise<void>;
}

interface Document {
	_id: string;
	_type: string;
	[field: string]: unknown;
}

function routeStops(documents: Document[]): FixtureStop[] {
	const route = documents.find((document) => document._type === 'route') as
		(Document & { stops: Array<{ _ref: string }> }) | undefined;
	if (!route) throw new Error('The bundled dataset has no route: run `npm run content:dataset`.');

	const byId = new Map(documents.map((document) => [document._id, document]));
	return route.stops.map(({ _ref }) => {
		const stop = byId.get(_ref) as Document & {
			slug: { current: string };
			title: { zh: string; en?: string };
			location: { lat: number; lng: number };
			radius: number;
			sample?: boolean;
		};
		return {
			slug: stop.slug.current,
			title: stop.title,
			lat: stop.location.lat,
			lng: stop.location.lng,
			radius: stop.radius,
			sample: stop.sample === true,
		};
	});
}

/** Starts the server on a copy of the bundled dataset whose stops are always open. */
export async function startRouteServer(
	extraEnv: Record<string, string> = {},
): Promise<RouteFixture> {
	const dir = await mkdtemp(join(tmpdir(), 'boai-route-test-'));
	const lines = (await readFile(join(CONTENT, 'data.ndjson'), 'utf8'))
		.split('\n')
		.filter((line) => line.trim() !== '');
	const documents = lines.map((line) => JSON.parse(line) as Document);
	const alwaysOpen = documents.map((document) =>
		document._type === 'routeStop' ? { ...document, openingHours: [] } : document,
	);

	await writeContent(dir, alwaysOpen);
	const secret = 'route-browser-test-secret-0123456789abcdef';
	const statsToken = 'route-browser-test-stats-token';
	const keys = parseCheckinKeys({ CHECKIN_SECRET: secret }).keys as CheckinKeys;
	const server = await startServer({
		CONTENT_DIR: join(dir, 'content'),
		CHECKIN_SECRET: secret,
		CHECKIN_DB_PATH: join(dir, 'checkins.sqlite'),
		CHECKIN_ADDRESS_RATE: '0',
		STATS_TOKEN: statsToken,
		MAP_TILES: 'osm',
		...extraEnv,
	});
	const stops = routeStops(documents);

	return {
		server,
		stops,
		required: stops.filter((stop) => !stop.sample),
		statsToken,
		qrAddress: (slug) => qrUrl(slug, server.url, keys),
		stop: (slug) => {
			const found = stops.find((stop) => stop.slug === slug);
			if (!found) throw new Error(`No stop ${slug} in the bundled route.`);
			return found;
		},
		close: async () => {
			await server.stop();
			await rm(dir, { recursive: true, force: true });
		},
	};
}

// The dataset's images and files are linked, not copied: the tests only read them.
async function writeContent(dir: string, documents: Document[]) {
	const content = join(dir, 'content');
	await mkdir(content);
	await writeFile(
		join(content, 'data.ndjson'),
		documents.map((d) => JSON.stringify(d)).join('\n') + '\n',
	);
	await symlink(join(CONTENT, 'images'), join(content, 'images'));
	await symlink(join(CONTENT, 'files'), join(content, 'files'));
}
