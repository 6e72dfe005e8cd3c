/**
 * The hall on show: its room and its exhibits — pictures framed on the walls, models on
 * plinths — with placeholders for whatever failed to load. Everything it loaded is disposed
 * when the visitor leaves the hall (the component is keyed by hall).
 */
import { useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
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

export function HallContent(props: Props) {
	const { hall, hallIndex, layout, cap, store, director, controller } = props;
	const assets = useHallAssets(hall, cap, store);
	const highlight = useHall(store, (state) => state.highlightIndex);
	const current = useHall(store, (state) =>
		state.hallIndex === hallIndex ? state.exhibitIndex : null,
	);
	const invalidate = useThree((state) => state.invalidate);

	useEffect(() => invalidate(), [assets, highlight, current, invalidate]);

	const select = (index: number) => (event: ThreeEvent<MouseEvent>) => {
		event.stopPropagation();
		if (event.delta > CLICK_SLOP) return;
		controller.visit(hallIndex, index);
	};
	const hover = (index: number | null) => () => store.set({ highlightIndex: index });

	return (
		<group name={`hall ${hall.slug}`}>
			<Room layout={layout} doors={director.doors} />
			{layout.exhibits.map((placement) => {
				const marked = placement.index === highlight || placement.index === current;
				return (
					<group
						key={placement.slug}
						name={`exhibit ${placement.slug}`}
						onClick={select(placement.index)}
						onPointerOver={hover(placement.index)}
						onPointerOut={hover(null)}
					>
						<Picture
							placement={placement}
							picture={assets.pictures[placement.slug]}
							marked={marked}
						/>
						{placement.plinth && (
							<Plinth placement={placement} model={assets.models[placement.slug]} {...props} />
						)}
					</group>
				);
			})}
		</group>
	);
}

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
	const { placement, model, turntables, animations, director } = props;
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
					onPointerDown={() => (director.grabbed = placement.slug)}
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
