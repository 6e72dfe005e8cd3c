/**
 * Turns paragraphs written as plain strings into Portable Text, the shape of every
 * `localeBlockContent` in the dataset. Keys are derived from a scope and the position, so
 * rebuilding the dataset gives the same `_key`s and a re-import changes nothing.
 *
 * Inline markup inside a paragraph: `**strong**`, `*emphasis*` and `[label](/path/)` links.
 */
import { stableKey, type ExportImage } from './assets.ts';
import { localeString, type Bilingual } from './locale.ts';

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[(.+?)\]\((\S+?)\)/g;

/** One paragraph of a source text, before it becomes one or more blocks. */
export type Paragraph =
	| string
	| { h2: string }
	| { h3: string }
	| { quote: string }
	| { bullets: string[] }
	| { numbers: string[] }
	| { image: ExportImage; alt: Bilingual; caption?: Bilingual };

export interface Span {
	_type: 'span';
	_key: string;
	text: string;
	marks: string[];
}

export interface LinkDefinition {
	_type: 'link';
	_key: string;
	href: string;
}

export interface TextBlock {
	_type: 'block';
	_key: string;
	style: 'normal' | 'h2' | 'h3' | 'blockquote';
	listItem?: 'bullet' | 'number';
	level?: number;
	markDefs: LinkDefinition[];
	children: Span[];
}

export interface ImageBlock extends ExportImage {
	_key: string;
	alt: ReturnType<typeof localeString>;
	caption?: ReturnType<typeof localeString>;
}

export type Block = TextBlock | ImageBlock;

/**
 * The Portable Text blocks of `paragraphs`. `scope` names the text (a document id and a
 * language, say) so that keys stay unique across the dataset.
 */
export function toBlocks(scope: string, paragraphs: Paragraph[]): Block[] {
	const blocks: Block[] = [];
	const key = () => stableKey(scope, blocks.length);

	for (const paragraph of paragraphs) {
		if (typeof paragraph === 'string') blocks.push(textBlock(key(), paragraph, 'normal'));
		else if ('h2' in paragraph) blocks.push(textBlock(key(), paragraph.h2, 'h2'));
		else if ('h3' in paragraph) blocks.push(textBlock(key(), paragraph.h3, 'h3'));
		else if ('quote' in paragraph) blocks.push(textBlock(key(), paragraph.quote, 'blockquote'));
		else if ('bullets' in paragraph) {
			for (const item of paragraph.bullets) blocks.push(listItem(key(), item, 'bullet'));
		} else if ('numbers' in paragraph) {
			for (const item of paragraph.numbers) blocks.push(listItem(key(), item, 'number'));
		} else blocks.push(imageBlock(key(), paragraph));
	}

	return blocks;
}

/** A `localeBlockContent` field from the Chinese and English paragraphs of one text. */
export function localeBlockContent(scope: string, body: { zh: Paragraph[]; en: Paragraph[] }) {
	return {
		_type: 'localeBlockContent',
		zh: toBlocks(`${scope}:zh`, body.zh),
		en: toBlocks(`${scope}:en`, body.en),
	} as const;
}

function listItem(key: string, text: string, kind: 'bullet' | 'number'): TextBlock {
	return { ...textBlock(key, text, 'normal'), listItem: kind, level: 1 };
}

function imageBlock(key: string, figure: Extract<Paragraph, { image: ExportImage }>): ImageBlock {
	const block: ImageBlock = { ...figure.image, _key: key, alt: localeString(figure.alt) };
	if (figure.caption) block.caption = localeString(figure.caption);
	return block;
}

function textBlock(key: string, text: string, style: TextBlock['style']): TextBlock {
	if (text.trim() === '') {
		throw new Error(
			`Paragraph ${key} is empty. An empty block shows as a blank gap on the page: remove it from the source text.`,
		);
	}

	const markDefs: LinkDefinition[] = [];
	const children: Span[] = [];
	const span = (spanText: string, marks: string[]) => {
		if (spanText)
			children.push({ _type: 'span', _key: `${key}s${children.length}`, text: spanText, marks });
	};

	let rest = 0;
	for (const match of text.matchAll(INLINE)) {
		span(text.slice(rest, match.index), []);
		const [, strong, em, label, href] = match;
		if (strong !== undefined) span(strong, ['strong']);
		else if (em !== undefined) span(em, ['em']);
		else if (label !== undefined && href !== undefined) {
			const link = linkDefinition(`${key}l${markDefs.length}`, href);
			markDefs.push(link);
			span(label, [link._key]);
		}
		rest = match.index + match[0].length;
	}
	span(text.slice(rest), []);

	return { _type: 'block', _key: key, style, markDefs, children };
}

// Links point inside the site (a path) or to a secure page; anything else is a typo.
function linkDefinition(key: string, href: string): LinkDefinition {
	if (!href.startsWith('/') && !href.startsWith('https://')) {
		throw new Error(
			`The link "${href}" is neither a path of the site nor an https address. Write a path such as /map/ or a full https:// address.`,
		);
	}

	return { _type: 'link', _key: key, href };
}
