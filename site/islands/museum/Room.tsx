/**
 * A hall's room: floor, walls, ceiling and the doorways to the previous and next halls. The
 * doorways are dark openings the visitor can walk into (see `collision.ts`).
 */
import { DOOR_HALF_WIDTH, DOOR_HEIGHT, type HallLayout } from '../../../src/museum/hall-layout.ts';

const COLOURS = {
	floor: '#b9a58e',
	wall: '#efe8de',
	ceiling: '#f7f4ef',
	doorway: '#2b2220',
	doorFrame: '#b30d26',
	skirting: '#7c5a43',
};

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
				<meshStandardMaterial color={COLOURS.ceiling} roughness={1} />
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
