/**
 * Notices when the files of an embedded dataset change while the server runs: file-system
 * events (debounced, since an editor or `npm run content:import` writes in bursts), and a
 * periodic check as a fallback where events are not delivered (network and container file
 * systems).
 */
import { watch, type FSWatcher } from 'node:fs';

import type { Logger } from '../log.ts';

export interface ContentWatchOptions {
	/** The content folder (the one holding the `.ndjson` file). */
	contentDir: string;
	/** Checks the folder and resolves to whether it changed; called after events and periodically. */
	check: () => Promise<boolean>;
	/** Called after a check found a change. */
	onChange: () => void;
	log: Logger;
	/** How long the folder must be quiet after an event before it is checked. */
	debounceMs?: number;
	/** How often it is checked without events. */
	pollMs: number;
}

/** A running watch; `close()` stops it. */
export interface ContentWatch {
	close(): void;
	/** Resolves once any check in progress is done (tests). */
	settled(): Promise<void>;
}

/** Watches `contentDir` and calls `onChange` whenever `check` reports a change. */
export function watchContentFolder(options: ContentWatchOptions): ContentWatch {
	const { contentDir, check, onChange, log } = options;
	const debounceMs = options.debounceMs ?? 250;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let running: Promise<void> = Promise.resolve();

	function runCheck(): void {
		running = running.then(async () => {
			try {
				if (await check()) onChange();
			} catch (error) {
				log.warn({ err: error, contentDir }, `checking ${contentDir} for changes failed`);
			}
		});
	}

	function schedule(): void {
		clearTimeout(timer);
		timer = setTimeout(runCheck, debounceMs);
		timer.unref?.();
	}

	let watcher: FSWatcher | null = null;
	try {
		watcher = watch(contentDir, { persistent: false }, schedule);
		watcher.on('error', (error) => {
			log.warn(
				{ err: error, contentDir },
				`watching ${contentDir} stopped; changes are still noticed every ${Math.round(options.pollMs / 1000)} s`,
			);
			watcher?.close();
		});
	} catch (error) {
		log.warn(
			{ err: error, contentDir },
			`${contentDir} cannot be watched; changes are noticed every ${Math.round(options.pollMs / 1000)} s instead`,
		);
	}

	const poll = setInterval(runCheck, options.pollMs);
	poll.unref?.();

	return {
		close() {
			clearTimeout(timer);
			clearInterval(poll);
			watcher?.close();
		},
		settled: () => running,
	};
}
