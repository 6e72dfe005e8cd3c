/**
 * A hall's room: floor, walls with skirting, a ceiling with a row of light panels, and the
 * doorways to the previous and next halls. The doorways are dark openings the visitor can
 * walk into (see `collision.ts`).
 */
import { useLayoutEffect, useRef } from 'react';
import { Object3D, type InstancedMesh } from 'three';

import { DOOR_HALF_WIDTH, DOOR_HEIGHT, type HallLayout } from '../../../src/museum/hall-layout.ts';

const COLOURS = {
	floor: '#b9a58e',
	wall: '#efe8de',
	ceiling: '#f7f4ef',
	doorway: '#2b2220',
	doorFrame: '#b30d26',
	skirting: '#7c5a43',
	lightPanel: '#fffdf6',
};

const SKIRTING_HEIGHT = 0.16;
// One light panel every few metres down the middle of the ceiling, drawn as one instanced mesh.
const LIGHT_SPACING = 4.5;
const LIGHT_SIZE = { width: 1.6, length: 0.5 };

interface Props {
	layout: HallLayout;
	doors: { previous: boolean; next: boolean };
}

export function Room({ layout, doors }: Props) {
	const { width, length, height } = layout;

	return (
		<group name="room">
			<mesh name="floor" rotation-x={-Math.PI / 2}>
				<planeGeometry args={[width, length]} />
				<meshStandardMaterial color={COLOURS.floor} roughness={0.85} />
			</mesh>
			<mesh name="ceiling" position-y={height} rotation-x={Math.PI / 2}>
				<planeGeometry args={[width, length]} />
				{/* Lit from below by the panels, which the lights here do not model. */}
				<meshStandardMaterial
					color={COLOURS.ceiling}
					emissive={COLOURS.ceiling}
					emissiveIntensity={0.55}
					roughness={1}
				/>
			</mesh>
			<CeilingLights length={length} height={height} />
			<mesh name="left skirting" position={[-width / 2 + 0.01, SKIRTING_HEIGHT / 2, 0]}>
				<boxGeometry args={[0.02, SKIRTING_HEIGHT, length]} />
				<meshStandardMaterial color={COLOURS.skirting} roughness={0.7} />
			</mesh>
			<mesh name="right skirting" position={[width / 2 - 0.01, SKIRTING_HEIGHT / 2, 0]}>
				<boxGeometry args={[0.02, SKIRTING_HEIGHT, length]} />
				<meshStandardMaterial color={COLOURS.skirting} roughness={0.7} />
			</mesh>
			<mesh name="left wall" position={[-width / 2, height / 2, 0]} rotation-y={Math.PI / 2}>
				<planeGeometry args={[length, height]} />
				<meshStandardMaterial color={COLOURS.wall} roughness={0.95} />
			</mesh>
			<mesh name="right wall" position={[width / 2, height / 2, 0]} rotation-y={-Math.PI / 2}>
				<planeGeometry args={[length, height]} />
				<meshStandardMaterial color={COLOURS.wall} roughness={0.95} />
			</mesh>
			<EndWall z={-length / 2} facing={0} width={width} height={height} door={doors.next} />
			<EndWall
				z={length / 2}
				facing={Math.PI}
				width={width}
				height={height}
				door={doors.previous}
			/>
		</group>
	);
}

function EndWall(props: {
	z: number;
	facing: number;
	width: number;
	height: number;
	door: boolean;
}) {
	const { z, facing, width, height, door } = props;

	return (
		<group position-z={z} rotation-y={facing}>
			<mesh position-y={height / 2}>
				<planeGeometry args={[width, height]} />
				<meshStandardMaterial color={COLOURS.wall} roughness={0.95} />
			</mesh>
			{door && (
				<>
					<mesh position={[0, DOOR_HEIGHT / 2 + 0.06, 0.01]}>
						<planeGeometry args={[DOOR_HALF_WIDTH * 2 + 0.24, DOOR_HEIGHT + 0.12]} />
						<meshStandardMaterial color={COLOURS.doorFrame} roughness={0.7} />
					</mesh>
					<mesh position={[0, DOOR_HEIGHT / 2, 0.02]}>
						<planeGeometry args={[DOOR_HALF_WIDTH * 2, DOOR_HEIGHT]} />
						<meshBasicMaterial color={COLOURS.doorway} />
					</mesh>
				</>
			)}
		</group>
	);
}

function CeilingLights({ length, height }: { length: number; height: number }) {
	const mesh = useRef<InstancedMesh>(null);
	const count = Math.max(1, Math.floor(length / LIGHT_SPACING));

	useLayoutEffect(() => {
		const panels = mesh.current;
		if (!panels) return;

		const place = new Object3D();
		place.rotation.x = Math.PI / 2;
		for (let i = 0; i < count; i++) {
			place.position.set(0, height - 0.01, -length / 2 + (i + 0.5) * (length / count));
			place.updateMatrix();
			panels.setMatrixAt(i, place.matrix);
		}
		panels.instanceMatrix.needsUpdate = true;
	}, [count, length, height]);

	return (
		<instancedMesh ref={mesh} name="ceiling lights" args={[undefined, undefined, count]}>
			<planeGeometry args={[LIGHT_SIZE.width, LIGHT_SIZE.length]} />
			<meshBasicMaterial color={COLOURS.lightPanel} />
		</instancedMesh>
	);
}
