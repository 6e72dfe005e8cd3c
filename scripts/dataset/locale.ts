/** A Chinese text and its English translation, as the dataset's sources write them. */
export interface Bilingual {
	zh: string;
	en: string;
}

/** A short text in both languages, as a `localeString` field. */
export function localeString({ zh, en }: Bilingual) {
	return { _type: 'localeString', zh, en } as const;
}

/** A longer text in both languages, as a `localeText` field. */
export function localeText({ zh, en }: Bilingual) {
	return { _type: 'localeText', zh, en } as const;
}
