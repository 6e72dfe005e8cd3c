/**
 * The sentences the route pages show and announce about check-ins, in the page's language.
 */
import type { Locale } from '../../../src/i18n/locale.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import type { FlushReport } from './outbox.ts';
import type { CheckinOutcome } from './store.ts';

/** The stop titles a page knows, by slug. */
export type StopTitles = ReadonlyMap<string, string>;

function metres(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** What became of one check-in, as one sentence. */
export function outcomeSentence(
	outcome: CheckinOutcome,
	titles: StopTitles,
	locale: Locale,
): string {
	const t = messages(locale).routeCheckin;
	const stop = titles.get(outcome.stop) ?? outcome.stop;

	if (outcome.kind !== 'refused') {
		return outcome.kind === 'stamped' ? t.stamped(stop) : t.alreadyStamped(stop);
	}

	const distance = metres(outcome.details.distanceMetres);
	const allowed = metres(outcome.details.allowedMetres);
	if (outcome.code === 'too_far' && distance !== undefined && allowed !== undefined) {
		return t.refused(stop, t.tooFar(t.distance(distance), t.distance(allowed)));
	}
	return t.refused(stop, outcome.message);
}

/** What a send that stopped early means for the visitor, or `undefined` when it did not. */
export function stoppedSentence(report: FlushReport, locale: Locale): string | undefined {
	const t = messages(locale).routeCheckin;

	if (!report.stoppedBy || report.remaining === 0) return undefined;
	if (report.stoppedBy === 'rate_limited') return t.rateLimited(report.retryAfterSeconds ?? 60);
	return t.retryLater;
}

/** A moment as visitors in Zhuzhou read it: `5月8日 14:03` or `8 May, 14:03`. */
export function formatMoment(iso: string, locale: Locale): string {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;

	return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
		month: 'short',
		day: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Asia/Shanghai',
	}).format(date);
}
