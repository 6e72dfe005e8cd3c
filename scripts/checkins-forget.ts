/**
 * `npm run checkins:forget -- <id>`: deletes everything the check-in route keeps about one
 * visitor — their certificate name, check-ins, idempotency keys and certificate — as the
 * privacy page promises to whoever asks. The id is the random visitor id the privacy page
 * shows, or the id of the visitor's certificate (the end of its verification address).
 *
 * It uses the storage the server uses: DATABASE_URL (PostgreSQL) when set, else the SQLite
 * file of CHECKIN_DB_PATH (default `data/checkins.sqlite`). With `--dry-run` it only says
 * what would be deleted. The statistics lose that visitor's check-ins too.
 *
 *   DATABASE_URL=… npm run checkins:forget -- 1b4e28ba-2fa1-11d2-883f-0016d3cca427
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { isCertificateIdShaped } from '../src/checkin/certificate-id.ts';
import { defaultSqlitePath, openCheckinStore } from '../src/checkin/storage/open-store.ts';
import type { CheckinStore } from '../src/checkin/storage/store.ts';
import { logger } from '../src/log.ts';

const log = logger.child({ module: 'checkins-forget' });
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const usage = 'Run it as: npm run checkins:forget -- <visitor id or certificate id> [--dry-run]';

/** A problem the person running the script can fix; printed without a stack trace. */
class ForgetProblem extends Error {}

function fail(message: string): never {
	throw new ForgetProblem(message);
}

function readArguments(): { id: string; dryRun: boolean } {
	let parsed;
	try {
		parsed = parseArgs({ options: { 'dry-run': { type: 'boolean' } }, allowPositionals: true });
	} catch (error) {
		fail(`${error instanceof Error ? error.message : String(error)}. ${usage}`);
	}

	const [id, ...extra] = parsed.positionals;
	if (!id || extra.length > 0) fail(`Give exactly one id. ${usage}`);
	return { id: id.trim(), dryRun: parsed.values['dry-run'] === true };
}

/** The visitor `id` names: a visitor id as it is, a certificate id through its certificate. */
async function visitorOf(store: CheckinStore, id: string): Promise<string> {
	if (uuid.test(id)) return id.toLowerCase();

	const certificateId = id.toLowerCase();
	if (!isCertificateIdShaped(certificateId)) {
		fail(
			`"${id}" is neither a visitor id (like 1b4e28ba-2fa1-11d2-883f-0016d3cca427) nor a certificate id (26 letters and digits). ${usage}`,
		);
	}

	const certificate = await store.certificate(certificateId);
	if (!certificate) fail(`No certificate has the id ${certificateId}: check it and run again.`);
	return certificate.visitorId;
}

async function forget() {
	const { id, dryRun } = readArguments();
	const databaseUrl = process.env.DATABASE_URL || undefined;
	const sqlitePath = resolve(process.env.CHECKIN_DB_PATH || defaultSqlitePath(process.cwd()));
	// Opening a missing SQLite file would create an empty one and find nobody in it.
	if (!databaseUrl && !existsSync(sqlitePath)) {
		fail(
			`There is no check-in database at ${sqlitePath}: set CHECKIN_DB_PATH (or DATABASE_URL) as the server has it.`,
		);
	}
	const store = await openCheckinStore({ databaseUrl, sqlitePath, log });

	try {
		const visitorId = await visitorOf(store, id);
		const kept = await store.visitor(visitorId);
		const summary = {
			visitorId,
			storage: store.kind,
			stamps: kept.stamps.length,
			certificate: kept.certificate?.id ?? null,
			named: kept.displayName !== null,
		};
		if (dryRun) {
			log.info(summary, 'would delete what is kept about this visitor (dry run: nothing deleted)');
			return;
		}

		const removed = await store.forgetVisitor(visitorId);
		if (Object.values(removed).every((rows) => rows === 0)) {
			fail(`Nothing is kept about visitor ${visitorId} in ${store.kind}: check the id.`);
		}
		log.info({ ...summary, removed }, 'deleted everything kept about this visitor');
	} finally {
		await store.close();
	}
}

try {
	await forget();
} catch (error) {
	if (error instanceof ForgetProblem) log.error(error.message);
	else log.error({ err: error }, 'the visitor could not be forgotten');
	process.exitCode = 1;
}
