/**
 * How the Studio names each field (see `studio/schema-types/`), so that a warning tells an
 * editor which box to fill in: `fieldLabel('slug', 'story')` gives `网址标识 (slug)`.
 * `tests/unit/content-field-labels.test.ts` checks that the Studio still uses these names.
 */
export const documentFieldLabels: Record<string, Record<string, string>> = {
	story: {
		title: '标题',
		publishedAt: '日期',
		datePrecision: '日期精度',
		period: '时期',
		category: '栏目',
		coverImage: '封面图',
		excerpt: '摘要',
		body: '正文',
		related: '相关故事',
	},
	exhibit: {
		title: '名称',
		era: '年代（显示用）',
		year: '年份（排序用）',
		kind: '类别',
		description: '介绍',
		institution: '出借机构',
		images: '图片',
		model: '三维模型 (.glb)',
		modelDescription: '三维模型的文字描述',
		narration: '语音讲解',
		transcript: '讲解文稿',
		hall: '所在展厅',
		order: '展厅内排序',
	},
	hall: {
		title: '展厅名称',
		theme: '主题介绍',
		eraStart: '起始年份',
		eraEnd: '结束年份',
		order: '参观顺序',
		ambientSound: '环境音',
		ambientDescription: '环境音的文字描述',
	},
	institution: {
		name: '名称',
		kind: '类型',
		district: '所在区县',
		description: '简介',
		website: '网站',
	},
	outreachSite: {
		name: '名称',
		kind: '类型',
		district: '所在区县',
		address: '地址',
		activities: '开展的服务',
		photo: '照片',
		institution: '所属机构',
	},
	routeStop: {
		title: '站点名称',
		description: '站点介绍',
		image: '图片',
		institution: '所属机构',
		address: '地址',
		district: '所在区县',
		radius: '打卡半径（米）',
		directions: '怎么去',
		openingHours: '开放时间',
		hoursNote: '开放时间备注',
	},
	route: {
		title: '路线名称',
		description: '路线介绍',
		stops: '站点（按顺序）',
	},
	siteSettings: {
		title: '网站名称',
		tagline: '标语',
		about: '我们做什么',
		mission: '使命',
		contact: '联系方式',
		planTitle: '规划名称',
		targets: '2029 年目标',
		figures: '五年成果数字',
	},
};

/** Fields that every type names alike, and the fields of shared objects. */
export const sharedFieldLabels: Record<string, string> = {
	slug: '网址标识',
	sample: '示例数据',
	locationApproximate: '位置待核实',
	location: '地图位置',
	alt: '替代文字',
	caption: '图片说明',
	zh: '中文',
	en: 'English',
	href: '网址',
	days: '适用日期',
	opens: '开门时间',
	closes: '关门时间',
	label: '指标名称',
	unit: '单位',
	target: '2029 年目标值',
	baseline: '过去五年的数值',
	baselineUnit: '对比数值的单位',
	baselineLabel: '对比数值的说明',
	value: '数值',
};

/** The Studio's name of a field of `type` followed by its key, e.g. `网址标识 (slug)`. */
export function fieldLabel(field: string, type?: string): string {
	const label = (type ? documentFieldLabels[type]?.[field] : undefined) ?? sharedFieldLabels[field];
	return label ? `${label} (${field})` : field;
}

/** A path of fields as an editor reads it: `封面图 (coverImage) › 替代文字 (alt)`. */
export function fieldPath(path: ReadonlyArray<PropertyKey>, type?: string): string {
	const named = path
		.filter((step): step is string => typeof step === 'string')
		.map((step, index) => fieldLabel(step, index === 0 ? type : undefined));
	return named.length > 0 ? named.join(' › ') : 'the document';
}
