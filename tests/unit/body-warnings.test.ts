import { describe, expect, it } from 'vitest';

import { createMissingComponentWarner } from '../../site/lib/body-warnings.ts';

function recordingLog() {
	const calls: Array<{ fields: unknown; message: string }> = [];
	return {
		calls,
		warn: (fields: unknown, message: string) => calls.push({ fields, message }),
	};
}

describe('warnings about body nodes the site cannot show', () => {
	it('names the document and the node type', () => {
		const log = recordingLog();
		createMissingComponentWarner(log as never)('story-a', 'type', 'youtube');

		expect(log.calls).toHaveLength(1);
		expect(log.calls[0]?.fields).toEqual({
			documentId: 'story-a',
			nodeType: 'type',
			type: 'youtube',
		});
		expect(log.calls[0]?.message).toMatch(/^story-a: .*"youtube"/);
	});

	it('logs the same problem of the same document only once', () => {
		const log = recordingLog();
		const warn = createMissingComponentWarner(log as never);

		warn('story-a', 'type', 'youtube');
		warn('story-a', 'type', 'youtube');
		warn('story-a', 'mark', 'highlight');
		warn('story-b', 'type', 'youtube');

		expect(log.calls.map((call) => call.fields)).toEqual([
			{ documentId: 'story-a', nodeType: 'type', type: 'youtube' },
			{ documentId: 'story-a', nodeType: 'mark', type: 'highlight' },
			{ documentId: 'story-b', nodeType: 'type', type: 'youtube' },
		]);
	});

	it('counts a list of an unknown kind and its items as one problem', () => {
		const log = recordingLog();
		const warn = createMissingComponentWarner(log as never);

		warn('story-a', 'list', 'checkbox');
		warn('story-a', 'listItem', 'checkbox');

		expect(log.calls).toHaveLength(1);
		expect(log.calls[0]?.message).toContain('its body holds a list of type "checkbox"');
	});
});
