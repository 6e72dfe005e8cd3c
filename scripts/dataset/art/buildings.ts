/**
 * Buildings of the drawings: a college hall, a hospital block, a village house, a small
 * first-aid station and a memorial. Each stands on the ground line it is given.
 */
import { palette } from './canvas.ts';
import { emblem } from './symbols.ts';

/** A grid of windows inside a rectangle. */
function windows(
	x: number,
	y: number,
	width: number,
	height: number,
	columns: number,
	rows: number,
): string {
	const cellW = width / columns;
	const cellH = height / rows;
	const panes: string[] = [];

	for (let row = 0; row < rows; row++) {
		for (let column = 0; column < columns; column++) {
			const px = x + column * cellW + cellW * 0.22;
			const py = y + row * cellH + cellH * 0.2;
			panes.push(
				`<rect x="${px}" y="${py}" width="${cellW * 0.56}" height="${cellH * 0.55}" rx="4" fill="${palette.sky}"/>`,
			);
		}
	}

	return panes.join('');
}

/** A college hall with a pediment and columns, the red cross in the pediment. */
export function college(cx: number, ground: number, width: number): string {
	const height = width * 0.42;
	const left = cx - width / 2;
	const top = ground - height;
	const columns = 6;
	const gap = (width - 60) / (columns - 1);

	const pillars = Array.from({ length: columns }, (_, i) => {
		const x = left + 30 + i * gap - 12;
		return `<rect x="${x}" y="${top + 30}" width="24" height="${height - 50}" fill="${palette.white}"/>`;
	});

	return [
		`<rect x="${left}" y="${top}" width="${width}" height="${height}" fill="${palette.blush}"/>`,
		...pillars,
		`<rect x="${left - 20}" y="${ground - 20}" width="${width + 40}" height="20" fill="${palette.earth}"/>`,
		`<rect x="${left - 16}" y="${top}" width="${width + 32}" height="30" fill="${palette.deepRed}"/>`,
		`<path d="M${left - 30} ${top}L${cx} ${top - width * 0.2}L${left + width + 30} ${top}Z" fill="${palette.red}"/>`,
		emblem(cx, top - width * 0.075, width * 0.1),
	].join('');
}

/** A hospital block with rows of windows and the emblem on its front. */
export function hospital(cx: number, ground: number, width: number, floors = 4): string {
	const floorHeight = 56;
	const height = floors * floorHeight + 40;
	const left = cx - width / 2;
	const top = ground - height;
	const door = width * 0.22;

	return [
		`<rect x="${left}" y="${top}" width="${width}" height="${height}" rx="6" fill="${palette.white}"/>`,
		`<rect x="${left}" y="${top}" width="${width}" height="18" rx="6" fill="${palette.red}"/>`,
		windows(left + 16, top + 30, width - 32, floors * floorHeight - 60, 5, floors - 1),
		`<rect x="${cx - door / 2}" y="${ground - 64}" width="${door}" height="64" fill="${palette.ink}"/>`,
		emblem(cx, ground - 96, 48),
	].join('');
}

/** A village house with a pitched roof; `mark` hangs the emblem above its door. */
export function house(
	cx: number,
	ground: number,
	width: number,
	color: string,
	mark = false,
): string {
	const wall = width * 0.62;
	const left = cx - width / 2;
	const top = ground - wall;

	return [
		`<rect x="${left}" y="${top}" width="${width}" height="${wall}" fill="${color}"/>`,
		`<path d="M${left - width * 0.1} ${top + 2}L${cx} ${top - width * 0.42}L${left + width * 1.1} ${top + 2}Z" fill="${palette.deepRed}"/>`,
		`<rect x="${cx - width * 0.12}" y="${ground - wall * 0.55}" width="${width * 0.24}" height="${wall * 0.55}" fill="${palette.ink}"/>`,
		mark ? emblem(cx, top + wall * 0.2, width * 0.22) : '',
	].join('');
}

/** A memorial column on a stepped base, crowned by a heart-red cap. */
export function memorial(cx: number, ground: number, height: number): string {
	const shaftW = height * 0.16;
	const shaftTop = ground - height;

	return [
		`<rect x="${cx - height * 0.32}" y="${ground - 26}" width="${height * 0.64}" height="26" fill="${palette.earth}"/>`,
		`<rect x="${cx - height * 0.22}" y="${ground - 52}" width="${height * 0.44}" height="26" fill="${palette.stone}" stroke="${palette.earth}" stroke-width="3"/>`,
		`<path d="M${cx - shaftW / 2} ${ground - 52}L${cx - shaftW * 0.38} ${shaftTop + 30}L${cx} ${shaftTop}L${cx + shaftW * 0.38} ${shaftTop + 30}L${cx + shaftW / 2} ${ground - 52}Z" fill="${palette.white}" stroke="${palette.earth}" stroke-width="3"/>`,
		emblem(cx, shaftTop + height * 0.3, shaftW * 0.7),
	].join('');
}

/** Two rails with sleepers along `y`, running across the cover. */
export function rails(y: number, width: number): string {
	const sleepers = Array.from({ length: Math.ceil(width / 40) }, (_, i) => {
		return `<rect x="${i * 40 + 6}" y="${y - 4}" width="12" height="30" fill="${palette.earth}"/>`;
	});

	return [
		...sleepers,
		`<rect y="${y}" width="${width}" height="6" fill="${palette.ink}"/>`,
		`<rect y="${y + 16}" width="${width}" height="6" fill="${palette.ink}"/>`,
	].join('');
}
