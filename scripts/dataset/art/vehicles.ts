/**
 * Vehicles of the drawings: the volunteer bus, a train, and the land, water and air
 * craft of a rescue drill. Each carries the Red Cross emblem.
 */
import { palette } from './canvas.ts';
import { emblem } from './symbols.ts';

function wheel(cx: number, cy: number, r: number): string {
	return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${palette.ink}"/><circle cx="${cx}" cy="${cy}" r="${r * 0.4}" fill="${palette.stone}"/>`;
}

/** A city bus, `length` pixels long, its wheels on `ground`. */
export function bus(left: number, ground: number, length: number): string {
	const height = length * 0.42;
	const top = ground - height - 14;
	const wheelR = height * 0.16;
	const panes = Array.from({ length: 5 }, (_, i) => {
		const x = left + 30 + (i * (length - 120)) / 5;
		return `<rect x="${x}" y="${top + 26}" width="${(length - 120) / 5 - 14}" height="${height * 0.3}" rx="6" fill="${palette.sky}"/>`;
	});

	return [
		`<rect x="${left}" y="${top}" width="${length}" height="${height}" rx="26" fill="${palette.white}" stroke="${palette.red}" stroke-width="6"/>`,
		`<rect x="${left + 3}" y="${top + height * 0.62}" width="${length - 6}" height="${height * 0.14}" fill="${palette.red}"/>`,
		...panes,
		`<rect x="${left + length - 80}" y="${top + 26}" width="56" height="${height * 0.62}" rx="6" fill="${palette.sky}"/>`,
		emblem(left + length * 0.42, top + height * 0.5, height * 0.2),
		wheel(left + length * 0.2, ground - wheelR, wheelR),
		wheel(left + length * 0.78, ground - wheelR, wheelR),
	].join('');
}

/** A locomotive with one carriage, standing on rails at `ground`. */
export function train(left: number, ground: number, length: number): string {
	const height = length * 0.28;
	const top = ground - height - 20;
	const nose = length * 0.12;
	const wheelR = 16;

	return [
		`<path d="M${left} ${top}H${left + length - nose}Q${left + length} ${top} ${left + length} ${top + height * 0.55}V${top + height}H${left}Z" fill="${palette.red}"/>`,
		`<rect x="${left}" y="${top + height * 0.7}" width="${length}" height="${height * 0.1}" fill="${palette.white}"/>`,
		`<rect x="${left + 30}" y="${top + 24}" width="${length * 0.5}" height="${height * 0.32}" rx="8" fill="${palette.sky}"/>`,
		`<rect x="${left + length * 0.68}" y="${top + 24}" width="${length * 0.16}" height="${height * 0.32}" rx="8" fill="${palette.sky}"/>`,
		...[0.15, 0.35, 0.65, 0.85].map((share) =>
			wheel(left + length * share, ground - wheelR, wheelR),
		),
	].join('');
}

/** A rescue truck on `ground`. */
export function truck(left: number, ground: number, length: number): string {
	const height = length * 0.4;
	const top = ground - height - 10;
	const wheelR = height * 0.2;
	const cab = length * 0.3;

	return [
		`<rect x="${left}" y="${top}" width="${length - cab}" height="${height}" rx="10" fill="${palette.white}" stroke="${palette.red}" stroke-width="5"/>`,
		`<path d="M${left + length - cab + 6} ${top + height * 0.25}H${left + length - cab * 0.35}L${left + length} ${top + height * 0.6}V${top + height}H${left + length - cab + 6}Z" fill="${palette.red}"/>`,
		`<path d="M${left + length - cab * 0.7} ${top + height * 0.33}H${left + length - cab * 0.42}L${left + length - cab * 0.15} ${top + height * 0.6}H${left + length - cab * 0.7}Z" fill="${palette.sky}"/>`,
		emblem(left + (length - cab) / 2, top + height / 2, height * 0.55),
		wheel(left + length * 0.22, ground - wheelR, wheelR),
		wheel(left + length * 0.8, ground - wheelR, wheelR),
	].join('');
}

/** A rescue boat riding the waterline `y`. */
export function boat(cx: number, y: number, length: number): string {
	const half = length / 2;
	const depth = length * 0.2;

	return [
		`<path d="M${cx - half} ${y - depth}H${cx + half}L${cx + half * 0.7} ${y + depth * 0.4}H${cx - half * 0.8}Z" fill="${palette.red}"/>`,
		`<rect x="${cx - half * 0.4}" y="${y - depth * 2.1}" width="${half * 0.9}" height="${depth * 1.1}" rx="8" fill="${palette.white}"/>`,
		emblem(cx + half * 0.05, y - depth * 1.55, depth * 0.8),
	].join('');
}

/** A rescue helicopter in flight, centred on (cx, cy). */
export function helicopter(cx: number, cy: number, length: number): string {
	const body = length * 0.42;

	return [
		`<path d="M${cx - body * 0.2} ${cy}L${cx - length * 0.62} ${cy - body * 0.18}" stroke="${palette.red}" stroke-width="${body * 0.16}" stroke-linecap="round"/>`,
		`<ellipse cx="${cx}" cy="${cy}" rx="${body * 0.55}" ry="${body * 0.36}" fill="${palette.white}" stroke="${palette.red}" stroke-width="5"/>`,
		`<path d="M${cx + body * 0.12} ${cy - body * 0.26}A${body * 0.4} ${body * 0.3} 0 0 1 ${cx + body * 0.5} ${cy}H${cx + body * 0.12}Z" fill="${palette.sky}"/>`,
		`<rect x="${cx - length * 0.5}" y="${cy - body * 0.62}" width="${length}" height="7" rx="3" fill="${palette.ink}"/>`,
		`<rect x="${cx - 4}" y="${cy - body * 0.6}" width="8" height="${body * 0.26}" fill="${palette.ink}"/>`,
		`<path d="M${cx - body * 0.4} ${cy + body * 0.55}H${cx + body * 0.4}M${cx - body * 0.2} ${cy + body * 0.34}V${cy + body * 0.55}M${cx + body * 0.2} ${cy + body * 0.34}V${cy + body * 0.55}" stroke="${palette.ink}" stroke-width="6" stroke-linecap="round"/>`,
		emblem(cx - body * 0.15, cy + body * 0.02, body * 0.3),
	].join('');
}
