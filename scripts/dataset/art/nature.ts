/**
 * The landscape of the drawings: sun, trees, mountains, hills, water, leaves and flowers.
 * Positions are cover pixels; things that stand take the ground line they stand on.
 */
import { palette } from './canvas.ts';

/** A sun with short rays, or a plain disc when `rays` is 0. */
export function sun(cx: number, cy: number, r: number, rays = 12): string {
	const strokes = Array.from({ length: rays }, (_, i) => {
		const angle = (i / rays) * Math.PI * 2;
		const [inner, outer] = [r * 1.25, r * 1.55];
		const x1 = cx + Math.cos(angle) * inner;
		const y1 = cy + Math.sin(angle) * inner;
		const x2 = cx + Math.cos(angle) * outer;
		const y2 = cy + Math.sin(angle) * outer;
		return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${palette.sun}" stroke-width="${r * 0.12}" stroke-linecap="round"/>`;
	});

	return `${strokes.join('')}<circle cx="${cx}" cy="${cy}" r="${r}" fill="${palette.sun}"/>`;
}

/** A broad-leaved tree with a round crown. */
export function tree(
	x: number,
	ground: number,
	height: number,
	color: string = palette.sage,
): string {
	const crown = height * 0.32;
	const crownY = ground - height + crown;

	return [
		`<rect x="${x - height * 0.04}" y="${crownY}" width="${height * 0.08}" height="${ground - crownY}" fill="${palette.earth}"/>`,
		`<circle cx="${x}" cy="${crownY}" r="${crown}" fill="${color}"/>`,
		`<circle cx="${x - crown * 0.7}" cy="${crownY + crown * 0.45}" r="${crown * 0.7}" fill="${color}"/>`,
		`<circle cx="${x + crown * 0.7}" cy="${crownY + crown * 0.45}" r="${crown * 0.7}" fill="${color}"/>`,
	].join('');
}

/** A slender evergreen, the tree of memorials. */
export function cypress(
	x: number,
	ground: number,
	height: number,
	color: string = palette.deepSage,
): string {
	const width = height * 0.28;
	return [
		`<rect x="${x - 4}" y="${ground - height * 0.2}" width="8" height="${height * 0.2}" fill="${palette.earth}"/>`,
		`<ellipse cx="${x}" cy="${ground - height * 0.55}" rx="${width / 2}" ry="${height * 0.45}" fill="${color}"/>`,
	].join('');
}

/** A range of peaks over `baseY`: each peak is its x and its height above the base. */
export function mountains(
	baseY: number,
	peaks: Array<[x: number, height: number]>,
	color: string,
): string {
	const first = peaks[0];
	const last = peaks[peaks.length - 1];
	if (!first || !last) return '';

	const slope = 260;
	const ridge = peaks
		.map(([x, height], i) => {
			const next = peaks[i + 1];
			const summit = `L${x} ${baseY - height}`;
			if (!next) return summit;

			// A saddle between neighbours keeps the range from reading as one flat plateau.
			const saddle = Math.min(height, next[1]) * 0.55;
			return `${summit}L${(x + next[0]) / 2} ${baseY - saddle}`;
		})
		.join('');
	return `<path d="M${first[0] - slope} ${baseY}${ridge}L${last[0] + slope} ${baseY}Z" fill="${color}" stroke="${color}" stroke-linejoin="round" stroke-width="24"/>`;
}

/** A gentle hill rising from `baseY` to `height` pixels, centred on cx. */
export function hill(
	cx: number,
	baseY: number,
	width: number,
	height: number,
	color: string,
): string {
	const half = width / 2;
	return `<path d="M${cx - half} ${baseY}C${cx - half / 2} ${baseY - height} ${cx + half / 2} ${baseY - height} ${cx + half} ${baseY}Z" fill="${color}"/>`;
}

/** Rolling water from `y` to the bottom of the cover. */
export function water(y: number, width: number, height: number): string {
	const crests = Array.from({ length: Math.ceil(width / 120) }, (_, i) => {
		const x = i * 120;
		return `<path d="M${x} ${y + 34}q30 -18 60 0t60 0" fill="none" stroke="${palette.white}" stroke-width="6" stroke-linecap="round" opacity="0.7"/>`;
	});

	return `<rect y="${y}" width="${width}" height="${height - y}" fill="${palette.water}"/>${crests.join('')}`;
}

/** A leaf of `length` pixels, its stalk at (x, y), turned by `angle` degrees. */
export function leaf(
	x: number,
	y: number,
	length: number,
	angle: number,
	color: string = palette.sage,
): string {
	const w = length * 0.32;
	return `<path d="M0 0C${length * 0.3} ${-w} ${length * 0.75} ${-w} ${length} 0C${length * 0.75} ${w} ${length * 0.3} ${w} 0 0Z" fill="${color}" transform="translate(${x} ${y}) rotate(${angle})"/>`;
}

/** A young plant with two leaves, growing from `ground`. */
export function sprout(x: number, ground: number, height: number): string {
	const top = ground - height;
	return [
		`<path d="M${x} ${ground}C${x - 10} ${ground - height * 0.5} ${x + 10} ${top + height * 0.3} ${x} ${top}" fill="none" stroke="${palette.deepSage}" stroke-width="${height * 0.05}" stroke-linecap="round"/>`,
		leaf(x, top + height * 0.12, height * 0.55, -150, palette.sage),
		leaf(x, top + height * 0.05, height * 0.6, -30, palette.deepSage),
	].join('');
}

/** A row of small round flowers between x1 and x2. */
export function flowers(
	x1: number,
	x2: number,
	y: number,
	colors: string[] = [palette.red, palette.blush, palette.sun],
): string {
	const count = Math.max(1, Math.floor((x2 - x1) / 26));
	return Array.from({ length: count }, (_, i) => {
		const color = colors[i % colors.length];
		const cy = y - ((i * 7) % 3) * 5;
		return `<circle cx="${x1 + i * 26 + 13}" cy="${cy}" r="9" fill="${color}"/>`;
	}).join('');
}

/** A soft cloud of three puffs. */
export function cloud(cx: number, cy: number, width: number): string {
	const r = width / 4;
	return [
		`<circle cx="${cx - r}" cy="${cy}" r="${r * 0.8}" fill="${palette.white}"/>`,
		`<circle cx="${cx}" cy="${cy - r * 0.4}" r="${r}" fill="${palette.white}"/>`,
		`<circle cx="${cx + r}" cy="${cy}" r="${r * 0.8}" fill="${palette.white}"/>`,
		`<rect x="${cx - r}" y="${cy - r * 0.2}" width="${r * 2}" height="${r}" fill="${palette.white}"/>`,
	].join('');
}
