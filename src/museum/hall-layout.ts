/**
 * Where a hall's walls, exhibits and viewpoints are, in hall space (see `world.ts`).
 *
 * A hall is a long room. The visitor enters at +Z and walks towards −Z; exhibits stand in
 * their order along the side walls, the first on the left, the second on the right, and so
 * on. Every exhibit hangs its first picture on the wall; one with a 3D model also stands the
 * model on a plinth in front of the wall, with the picture above it. Each exhibit has a
 * viewpoint in the aisle from which the camera looks at it.
 */
import { EYE_HEIGHT, poseLookingAt, type Pose, type WorldPoint } from './world.ts';

/** The room's inside width (x), in metres. */
export const HALL_WIDTH = 10;
/** The room's inside height (y). */
export const HALL_HEIGHT = 4.2;
/** Distance between two exhibits on the same wall (z). */
export const SLOT_SPACING = 4.5;
/** Free floor between an end wall and the nearest exhibits. */
export const END_MARGIN = 4;
/** Half the width of the doorways in the end walls. */
export const DOOR_HALF_WIDTH = 1;
/** Height of the doorways. */
export const DOOR_HEIGHT = 2.6;

/** The floor kept for a plinth: along the wall, out from the wall, and the gap behind it. */
export const PLINTH_FOOTPRINT = { along: 2.4, out: 1.1, gap: 0.35 };
/** The largest box a model is shown in (metres): along the wall, up, out from the wall. */
export const MODEL_BOX = { along: 2.2, up: 1.3, out: 0.95 };

/** What the layout needs to know about one exhibit. */
export interface PlanExhibit {
	slug: string;
	hasModel: boolean;
	/** Width ÷ height of the picture hung on the wall; `null` when it has none. */
	pictureAspect: number | null;
}

export type WallSide = 'left' | 'right';

/** A picture on a wall: its centre, size and the direction it faces. */
export interface PicturePlacement {
	center: WorldPoint;
	width: number;
	height: number;
}

/** The floor area a plinth stands on, as an axis-aligned rectangle in x and z. */
export interface FloorRect {
	minX: number;
	maxX: number;
	minZ: number;
	maxZ: number;
}

export interface PlinthPlacement {
	/** The centre of the plinth's footprint on the floor (y = 0). */
	base: WorldPoint;
	/** The floor the plinth keeps the visitor off. */
	footprint: FloorRect;
}

/** Where one exhibit is and how it is seen. */
export interface ExhibitPlacement {
	slug: string;
	index: number;
	side: WallSide;
	/**
	 * The rotation about +Y that turns an object's +Z (a plane's front, a model's front)
	 * towards the aisle.
	 */
	facing: number;
	picture: PicturePlacement;
	plinth: PlinthPlacement | null;
	/** The point the camera looks at when visiting the exhibit. */
	focus: WorldPoint;
	/** Where the camera stands when visiting the exhibit. */
	viewpoint: Pose;
	/** Where the exhibit's name is shown, just above it. */
	labelAnchor: WorldPoint;
}

export interface HallLayout {
	width: number;
	length: number;
	height: number;
	/** Where a visitor coming in through the entrance stands. */
	entrance: Pose;
	/** Where a visitor coming back from the next hall stands, facing the entrance. */
	farEnd: Pose;
	exhibits: ExhibitPlacement[];
}

const PICTURE_BOX = { width: 1.8, height: 1.4, centreY: 1.6 };
const PICTURE_ABOVE_MODEL = { width: 1.3, height: 1.0, centreY: 2.55 };
const DEFAULT_ASPECT = 4 / 3;

/** Lays out a hall for `exhibits`, in their order. */
export function layoutHall(exhibits: PlanExhibit[]): HallLayout {
	const slotsPerSide = Math.max(1, Math.ceil(exhibits.length / 2));
	const length = 2 * END_MARGIN + slotsPerSide * SLOT_SPACING;
	const halfLength = length / 2;

	return {
		width: HALL_WIDTH,
		length,
		height: HALL_HEIGHT,
		entrance: {
			position: { x: 0, y: EYE_HEIGHT, z: halfLength - 1.2 },
			yaw: 0,
			pitch: 0,
		},
		farEnd: {
			position: { x: 0, y: EYE_HEIGHT, z: -halfLength + 1.2 },
			yaw: Math.PI,
			pitch: 0,
		},
		exhibits: exhibits.map((exhibit, index) => placeExhibit(exhibit, index, halfLength)),
	};
}

function placeExhibit(exhibit: PlanExhibit, index: number, halfLength: number): ExhibitPlacement {
	const side: WallSide = index % 2 === 0 ? 'left' : 'right';
	const inward = side === 'left' ? 1 : -1;
	const wallX = (-inward * HALL_WIDTH) / 2;
	const slot = Math.floor(index / 2);
	const z = halfLength - END_MARGIN - (slot + 0.5) * SLOT_SPACING;
	const facing = (inward * Math.PI) / 2;

	const box = exhibit.hasModel ? PICTURE_ABOVE_MODEL : PICTURE_BOX;
	const picture = pictureIn(box, exhibit.pictureAspect ?? DEFAULT_ASPECT, {
		x: wallX + inward * 0.06,
		y: box.centreY,
		z,
	});

	// Above the picture; for a model, between the picture and the model, where a camera looking
	// at the model still sees it.
	const labelAnchor = {
		x: picture.center.x,
		y: exhibit.hasModel
			? picture.center.y - picture.height / 2 - 0.3
			: picture.center.y + picture.height / 2 + 0.25,
		z,
	};

	if (!exhibit.hasModel) {
		const focus = { ...picture.center };
		const standOff = Math.max(2.2, 1.5 * Math.max(picture.width, picture.height));
		const eye = { x: wallX + inward * standOff, y: EYE_HEIGHT, z };
		return {
			slug: exhibit.slug,
			index,
			side,
			facing,
			picture,
			plinth: null,
			focus,
			viewpoint: poseLookingAt(eye, focus),
			labelAnchor,
		};
	}

	const out = PLINTH_FOOTPRINT.gap + PLINTH_FOOTPRINT.out / 2;
	const baseX = wallX + inward * out;
	const plinth: PlinthPlacement = {
		base: { x: baseX, y: 0, z },
		footprint: {
			minX: baseX - PLINTH_FOOTPRINT.out / 2,
			maxX: baseX + PLINTH_FOOTPRINT.out / 2,
			minZ: z - PLINTH_FOOTPRINT.along / 2,
			maxZ: z + PLINTH_FOOTPRINT.along / 2,
		},
	};
	const focus = { x: baseX, y: 1.35, z };
	const eye = { x: baseX + inward * 2.4, y: 1.55, z };

	return {
		slug: exhibit.slug,
		index,
		side,
		facing,
		picture,
		plinth,
		focus,
		viewpoint: poseLookingAt(eye, focus),
		labelAnchor,
	};
}

function pictureIn(
	box: { width: number; height: number },
	aspect: number,
	center: WorldPoint,
): PicturePlacement {
	const safeAspect = Number.isFinite(aspect) && aspect > 0 ? aspect : DEFAULT_ASPECT;
	const width = Math.min(box.width, box.height * safeAspect);
	return { center, width, height: width / safeAspect };
}

/** How a loaded model is shown on its plinth. */
export interface ModelFit {
	/** Uniform scale (1 when the model fits as it is: models are in metres). */
	scale: number;
	/** Extra turn about +Y so that the model's longer side runs along the wall. */
	turn: number;
	/** Height of the plinth's top, in metres. */
	plinthHeight: number;
	/** Size of the plinth's top along the wall and out from it. */
	plinthAlong: number;
	plinthOut: number;
}

/**
 * How to show a model whose bounding box measures `size` (metres, model axes): shrunk only
 * when larger than `MODEL_BOX`, turned so its long side runs along the wall, on a plinth
 * whose top brings small objects near eye level and keeps tall ones low.
 */
export function fitModel(size: WorldPoint): ModelFit {
	const turn = size.z > size.x ? Math.PI / 2 : 0;
	const along = Math.max(size.x, size.z);
	const out = Math.min(size.x, size.z);
	const largest = Math.max(
		along / MODEL_BOX.along,
		size.y / MODEL_BOX.up,
		out / MODEL_BOX.out,
		Number.MIN_VALUE,
	);
	const scale = largest > 1 ? 1 / largest : 1;
	const height = size.y * scale;

	return {
		scale,
		turn,
		plinthHeight: Math.min(0.95, Math.max(0.3, 1.2 - height * 0.6)),
		plinthAlong: Math.min(PLINTH_FOOTPRINT.along, Math.max(0.6, along * scale + 0.3)),
		plinthOut: Math.min(PLINTH_FOOTPRINT.out, Math.max(0.6, out * scale + 0.3)),
	};
}
