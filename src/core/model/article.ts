import { z } from 'zod';

/** Languages Loupe speaks (UI, messages) and detects in articles. */
export const Lang = z.enum(['fr', 'en', 'es']);
export type Lang = z.infer<typeof Lang>;
export const LANGS: readonly Lang[] = Lang.options;

/** A half-open span [start, end) of UTF-16 indices into `article.text`. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof Span>;

export const BlockType = z.enum([
  'navigation', // breadcrumbs, site chrome, menus
  'headline',
  'standfirst', // lede / dek / chapô
  'byline',
  'dateline',
  'caption', // photo caption, with its credit
  'subheading', // intertitle inside the body
  'paragraph',
  'boilerplate', // share buttons, "lire aussi", subscribe, cookie banners
  'source', // "SOURCE: …" line, copyright footer, URL line
]);
export type BlockType = z.infer<typeof BlockType>;

export const Block = z.object({
  id: z.string(),
  type: BlockType,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Language of this block when detectable (short blocks may have none). */
  lang: Lang.optional(),
  /** For captions: where the photo credit ("(AFP photo)", "©AFP", "Photo: EFE") sits. */
  credit: Span.extend({ text: z.string() }).optional(),
});
export type Block = z.infer<typeof Block>;

/** A metadata value and, when it appears in the text, where. */
export const MetaField = z.object({
  value: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
  /** Where it came from: the article text, an HTML meta tag, JSON-LD, the JSON input. */
  from: z.enum(['text', 'meta', 'json-ld', 'json', 'url']),
});
export type MetaField = z.infer<typeof MetaField>;

export const ArticleMeta = z.object({
  url: MetaField.optional(),
  siteName: MetaField.optional(),
  byline: MetaField.optional(),
  /** `value` as found; `date` is the ISO date (yyyy-mm-dd) when it could be parsed. */
  published: MetaField.extend({ date: z.string().optional() }).optional(),
  /** The publisher as named in the article ("SOURCE: FRENCH PRESS TV", "© 2024 CGTN"). */
  publisher: MetaField.optional(),
  /** All URLs found in the text or meta, for detectors that match hosts. */
  urls: z.array(MetaField).default([]),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const InputFormat = z.enum(['text', 'html', 'json']);
export type InputFormat = z.infer<typeof InputFormat>;

export const Article = z.object({
  /** The full text; every offset in the report indexes into it (UTF-16). */
  text: z.string(),
  lang: Lang,
  /** Confidence of the article language guess, 0..1. */
  langConfidence: z.number().min(0).max(1).optional(),
  format: InputFormat,
  blocks: z.array(Block),
  meta: ArticleMeta,
});
export type Article = z.infer<typeof Article>;
