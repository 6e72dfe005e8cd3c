/**
 * Dictionary strings with `{name}` slots, for text that the browser script fills in as
 * well as the server (`显示 {shown} / {total} 个`).
 */

/** `template` with each `{name}` replaced by `values.name`; unknown slots are left as they are. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
		name in values ? String(values[name]) : slot,
	);
}
