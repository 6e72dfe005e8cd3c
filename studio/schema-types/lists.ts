/**
 * The closed vocabularies of the content model, each value with the title editors see.
 * Values are the stored words ARCHITECTURE.md names; titles are Chinese first.
 */

/** One choice of a Studio `options.list`. */
export interface Choice<Value extends string = string> {
	title: string;
	value: Value;
}

/** Zhuzhou's districts, cities and counties. */
export const districts = [
	{ title: '天元区', value: 'tianyuan' },
	{ title: '荷塘区', value: 'hetang' },
	{ title: '芦淞区', value: 'lusong' },
	{ title: '石峰区', value: 'shifeng' },
	{ title: '渌口区', value: 'lukou' },
	{ title: '醴陵市', value: 'liling' },
	{ title: '攸县', value: 'youxian' },
	{ title: '茶陵县', value: 'chaling' },
	{ title: '炎陵县', value: 'yanling' },
] as const satisfies readonly Choice[];

/** What a story is about. */
export const storyCategories = [
	{ title: '捐献（献血、造血干细胞、器官）', value: 'donation' },
	{ title: '应急救护', value: 'first-aid' },
	{ title: '救灾救助', value: 'relief' },
	{ title: '红十字文化', value: 'culture' },
	{ title: '红十字青少年', value: 'youth' },
	{ title: '志愿服务', value: 'volunteers' },
	{ title: '筹资募捐', value: 'fundraising' },
	{ title: '组织建设', value: 'organization' },
] as const satisfies readonly Choice[];

/** How exactly a story's date is known. */
export const datePrecisions = [
	{ title: '具体到日', value: 'day' },
	{ title: '只知年月', value: 'month' },
	{ title: '只知年份', value: 'year' },
] as const satisfies readonly Choice[];

/** What kind of object a museum exhibit is. */
export const exhibitKinds = [
	{ title: '文献', value: 'document' },
	{ title: '照片', value: 'photograph' },
	{ title: '器械', value: 'instrument' },
	{ title: '药品', value: 'medicine' },
	{ title: '服装', value: 'uniform' },
	{ title: '艺术品', value: 'artwork' },
	{ title: '模型', value: 'model' },
] as const satisfies readonly Choice[];

/** Where an outreach site is. */
export const outreachSiteKinds = [
	{ title: '社区', value: 'community' },
	{ title: '学校', value: 'school' },
	{ title: '企业', value: 'enterprise' },
	{ title: '公园', value: 'park' },
	{ title: '医院', value: 'hospital' },
	{ title: '站点（车站、服务站）', value: 'station' },
	{ title: '乡村', value: 'village' },
	{ title: '景区', value: 'scenic' },
] as const satisfies readonly Choice[];

/** What kind of body an institution is. */
export const institutionKinds = [
	{ title: '医院', value: 'hospital' },
	{ title: '高等院校', value: 'college' },
	{ title: '中小学校', value: 'school' },
	{ title: '政府机关', value: 'government' },
	{ title: '基金会', value: 'foundation' },
	{ title: '企业', value: 'enterprise' },
	{ title: '景区', value: 'scenic' },
	{ title: '其他', value: 'other' },
] as const satisfies readonly Choice[];

/** The days of the week, Monday first, as opening hours store them. */
export const weekdays = [
	{ title: '周一', value: 'mon' },
	{ title: '周二', value: 'tue' },
	{ title: '周三', value: 'wed' },
	{ title: '周四', value: 'thu' },
	{ title: '周五', value: 'fri' },
	{ title: '周六', value: 'sat' },
	{ title: '周日', value: 'sun' },
] as const satisfies readonly Choice[];

/** The title of `value` in `list`, or the value itself when the list does not know it. */
export function titleOf(list: readonly Choice[], value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;

	return list.find((choice) => choice.value === value)?.title ?? value;
}

/** A list in the mutable shape `options.list` asks for. */
export function choices(list: readonly Choice[]): Choice[] {
	return list.map(({ title, value }) => ({ title, value }));
}
