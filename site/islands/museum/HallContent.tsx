/**
 * The hall on show: its room and its exhibits — pictures framed on the walls, models on
 * plinths — with placeholders for whatever failed to load. Everything it loaded is disposed
 * when the visitor leaves the hall (the component is keyed by hall).
 *
 * Exhibits are memoised with steady handlers: new handlers on a re-render would make the
 * renderer draw a frame although nothing in view changed.
 */
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { memo, useCallback, useEffect, useMemo, useRef } from 'react';
import type { Group } from 'three';

import {
	fitModel,
	type ExhibitPlacement,
	type HallLayout,
} from '../../../src/museum/hall-layout.ts';
import type { ViewHall } from '../../../src/museum/view-data.ts';
import type { LoadedModel, LoadedPicture } from './assets.ts';
import type { AnimationPlayers, Controller } from './controller.ts';
import type { Director } from './director.ts';
import { Room } from './Room.tsx';
import { useHall, type HallStore } from './store.ts';
import { useHallAssets, type Loaded } from './use-hall-assets.ts';
import { useModelAnimation } from './use-model-animation.ts';

const RED = '#b30d26';
const FRAME = '#5b4331';
const PLACEHOLDER = '#8d8780';
const LOADING = '#d9d2c8';
// A tap that moved further than this (CSS pixels) was a drag to look, not a click.
const CLICK_SLOP = 8;

interface Props {
	hall: ViewHall;
	hallIndex: number;
	layout: HallLayout;
	cap: number;
	store: HallStore;
	director: Director;
	controller: Controller;
	animations: AnimationPlayers;
	turntables: Map<string, Group>;
}

export const HallContent = memo(function HallContent(props: Props) {
	const { hall, hallIndex, layout, cap, store, director } = props;
	const assets = useHallAssets(hall, cap, store);
	const highlight = useHall(store, (state) => state.highlightIndex);
	const current = useHall(store, (state) =>
		state.hallIndex === hallIndex ? state.exhibitIndex : null,
	);
	const invalidate = useThree((state) => state.invalidate);
	const { previous, next } = director.doors;
	const doors = useMemo(() => ({ previous, next }), [previous, next]);

	useEffect(() => invalidate(), [assets, highlight, current, invalidate]);

	return (
		<group name={`hall ${hall.slug}`}>
			<Room layout={layout} doors={doors} />
			{layout.exhibits.map((placement) => (
				<ExhibitStand
					key={placement.slug}
					{...props}
					placement={placement}
					picture={assets.pictures[placement.slug]}
					model={assets.models[placement.slug]}
					marked={placement.index === highlight || placement.index === current}
				/>
			))}
		</group>
	);
});

type StandProps = Props & {
	placement: ExhibitPlacement;
	picture: Loaded<LoadedPicture> | undefined;
	model: Loaded<LoadedModel> | undefined;
	marked: boolean;
};

const ExhibitStand = memo(function ExhibitStand(props: StandProps) {
	const { placement, picture, model, marked, hallIndex, store, controller } = props;
	const { index } = placement;

	const select = useCallback(
		(event: ThreeEvent<MouseEvent>) => {
			event.stopPropagation();
			if (event.delta > CLICK_SLOP) return;
			controller.visit(hallIndex, index);
		},
		[controller, hallIndex, index],
	);
	const over = useCallback(() => store.set({ highlightIndex: index }), [store, index]);
	const out = useCallback(() => store.set({ highlightIndex: null }), [store]);

	return (
		<group
			name={`exhibit ${placement.slug}`}
			onClick={select}
			onPointerOver={over}
			onPointerOut={out}
		>
			<Picture placement={placement} picture={picture} marked={marked} />
			{placement.plinth && <Plinth {...props} placement={placement} model={model} />}
		</group>
	);
});

function Picture(props: {
	placement: ExhibitPlacement;
	picture: Loaded<LoadedPicture> | undefined;
	marked: boolean;
}) {
	const { placement, picture, marked } = props;
	const { center, width, height } = placement.picture;
	const texture = picture && picture !== 'failed' ? picture.texture : null;

	return (
		<group position={[center.x, center.y, center.z]} rotation-y={placement.facing}>
			<mesh position-z={-0.035}>
				<boxGeometry args={[width + 0.14, height + 0.14, 0.05]} />
				<meshStandardMaterial color={marked ? RED : FRAME} roughness={0.6} />
			</mesh>
			<mesh name={picture === 'failed' ? 'picture placeholder' : 'picture'}>
				<planeGeometry args={[width, height]} />
				{texture ? (
					<meshBasicMaterial key="picture" map={texture} toneMapped={false} />
				) : (
					<meshBasicMaterial key="plain" color={picture === 'failed' ? PLACEHOLDER : LOADING} />
				)}
			</mesh>
		</group>
	);
}

function Plinth(
	props: Props & {
		placement: ExhibitPlacement;
		model: Loaded<LoadedModel> | undefined;
	},
) {
	const { placement, model, turntables, animations, director, controller } = props;
	const loaded = model && model !== 'failed' ? model : null;
	const fit = useMemo(() => (loaded ? fitModel(loaded.size) : null), [loaded]);
	const base = placement.plinth!.base;
	const height = fit?.plinthHeight ?? 0.9;
	const along = fit?.plinthAlong ?? 1.2;
	const out = fit?.plinthOut ?? 0.9;
	const turntable = useRef<Group>(null);

	useEffect(() => {
		const group = turntable.current;
		if (!group) return;
		turntables.set(placement.slug, group);
		return () => {
			turntables.delete(placement.slug);
		};
	}, [turntables, placement.slug, loaded]);

	useModelAnimation(placement.slug, loaded, animations, director);
	// A visitor who arrived before the model finished loading still sees it move.
	useEffect(() => {
		if (loaded) controller.animationReady(placement.slug);
	}, [loaded, controller, placement.slug]);
	const grab = useCallback(() => (director.grabbed = placement.slug), [director, placement.slug]);

	return (
		<group position={[base.x, 0, base.z]} rotation-y={placement.facing}>
			<mesh position-y={height / 2}>
				<boxGeometry args={[along, height, out]} />
				<meshStandardMaterial color="#f4f1ec" roughness={0.8} />
			</mesh>
			{loaded && fit && (
				<group
					ref={turntable}
					position-y={height}
					rotation-y={fit.turn}
					name="turntable"
					onPointerDown={grab}
				>
					<group scale={fit.scale}>
						<primitive
							object={loaded.scene}
							position={[-loaded.bottomCentre.x, -loaded.bottomCentre.y, -loaded.bottomCentre.z]}
						/>
					</group>
				</group>
			)}
			{model === 'failed' && (
				<mesh name="model placeholder" position-y={height + 0.3}>
					<boxGeometry args={[0.5, 0.5, 0.5]} />
					<meshBasicMaterial color={PLACEHOLDER} wireframe />
				</mesh>
			)}
		</group>
	);
}
