/**
 * The cultural-tourism check-in route (红十字文旅打卡路线) and its stops, from the table in
 * `places/stops.ts`. Each stop gets the project's drawing of its place.
 */
import { slugify, uniqueSlug } from '../../src/slug.ts';
import { stableKey } from './assets.ts';
import type { BuildContext, DatasetDocument } from './context.ts';
import { localeString, localeText, type Bilingual } from './locale.ts';
import {
	accessibleImage,
	drawingCaption,
	geopoint,
	reference,
	slugField,
} from './places/fields.ts';
import { openingHoursField } from './places/opening-hours.ts';
import { stops, type StopRecord } from './places/stops.ts';

const routeTitle: Bilingual = {
	zh: '株洲红十字文旅打卡路线',
	en: 'Zhuzhou Red Cross Culture Trail',
};

const routeDescription: Bilingual = {
	zh: '开发红十字文旅打卡路线，是株洲市红十字会五年规划中传播人道文化的一项举措。这条路线串起株洲红十字事业的八个地方：南山公园里的红十字生命文化公园、福寿山庄的遗体器官捐献者纪念碑、两所红十字特色高校、湖南省直中医医院的青少年中医药科普教育基地、株洲市中心医院，以及炎帝陵景区的红十字救护站。到各站打卡集章。\n红医博物馆尚在筹建，这一站为示例。炎帝陵位于炎陵县，距市区约200公里，可以单独安排行程。各站坐标为近似位置，开放时间为示例，出发前请以现场公告为准。',
	en: 'A Red Cross culture trail is one of the ways the Zhuzhou Red Cross’s five-year plan spreads humanitarian culture. The trail links eight places of the Red Cross in Zhuzhou: the life culture park in Nanshan Park, the memorial to body and organ donors at Fushou Shanzhuang, two Red Cross Featured Colleges, the youth education base for traditional Chinese medicine at the Hunan Provincial Directly Affiliated TCM Hospital, Zhuzhou Central Hospital, and the first-aid station in the Yandi Mausoleum scenic area. Check in at the stops to collect their stamps.\nThe Red Medicine Museum is still being planned, so its stop is a sample. The Yandi Mausoleum is in Yanling County, about 200 km from the city, and makes a trip of its own. Stop positions are approximate and opening hours are samples: check the notice on site before you go.',
};

/** The route document and one `routeStop` document per stop, stops in route order. */
export async function buildRoute(context: BuildContext): Promise<DatasetDocument[]> {
	const taken = new Set<string>();
	const stopDocuments: DatasetDocument[] = [];
	for (const stop of stops) {
		stopDocuments.push(
			await buildStop(stop, uniqueSlug(slugify(stop.title.zh, 'stop'), taken), context),
		);
	}

	const slug = slugify(routeTitle.zh, 'route');
	const route: DatasetDocument = {
		_id: `route-${slug}`,
		_type: 'route',
		title: localeString(routeTitle),
		slug: slugField(slug),
		description: localeText(routeDescription),
		stops: stopDocuments.map((stop) => reference(stop._id, stableKey(`route-${slug}`, stop._id))),
	};
	return [route, ...stopDocuments];
}

async function buildStop(
	stop: StopRecord,
	slug: string,
	{ assets }: BuildContext,
): Promise<DatasetDocument> {
	const id = `stop-${slug}`;
	const image = await assets.image(stop.drawing(), 'webp');

	return {
		_id: id,
		_type: 'routeStop',
		title: localeString(stop.title),
		slug: slugField(slug),
		location: geopoint(stop.location),
		radius: stop.radius,
		openingHours: openingHoursField(id, stop.openingHours),
		hoursNote: localeString(stop.hoursNote),
		address: localeString(stop.address),
		district: stop.district,
		description: localeText(stop.description),
		directions: localeText(stop.directions),
		image: accessibleImage(image, stop.imageAlt, drawingCaption),
		institution: reference(stop.institution),
		locationApproximate: true,
		sample: stop.sample,
	};
}
