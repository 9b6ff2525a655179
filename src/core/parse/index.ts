import type { Article, ArticleMeta, Block, InputFormat, Lang } from '../model/article.js';
import { InputError } from '../errors.js';
import { detectLang, loadLanguageDetector } from '../text/lang.js';
import { layoutHtml, type DocumentParser } from './html.js';
import { layoutJson, parseJsonText } from './json.js';
import { layoutText, normalizeText } from './text.js';

export type { DocumentParser } from './html.js';
export { normalizeText } from './text.js';
export { JsonArticle } from './json.js';

/** Any size above this is refused; 5 MB pastes must work. */
export const MAX_INPUT_CHARS = 8 * 1024 * 1024;

/** Paragraphs whose language is checked one by one (beyond this, an even sample). */
export const MAX_PARAGRAPH_LANG = 120;

export interface ParseOptions {
  /** Default: guessed from the content. */
  format?: InputFormat | 'auto';
  /** Force the article language instead of detecting it. */
  lang?: Lang;
  /** Needed for HTML input: linkedom in Node, DOMParser in the browser. */
  parseDocument?: DocumentParser;
  /** Name of the input for error messages (a file name or URL). */
  where?: string;
  /** The URL the input was fetched from, when known. */
  url?: string;
  /** Told of what parsing had to cut or change (the HTML budget, parse/budget.ts); analyze() adds these to the report's warnings. */
  onWarning?: (message: string) => void;
}

export function guessFormat(text: string): InputFormat {
  const head = text.slice(0, 2048).trimStart();
  if (/^[{[]/.test(head)) return 'json';
  if (/^<(?:!doctype html|html|head|body|article|main|div|p|h1|meta|section)\b/i.test(head) || /<\/(?:p|div|html|body)>/i.test(head)) return 'html';
  return 'text';
}

/**
 * Decode file bytes: UTF-8 when valid, else Windows-1252 (a superset of Latin-1 for printable text) with a
 * warning. Binary data (NUL bytes) is refused.
 */
export function decodeBytes(bytes: Uint8Array, where = 'input'): { text: string; warning?: string } {
  const probe = bytes.subarray(0, 65536);
  if (probe.includes(0)) {
    // UTF-16 with a BOM is text, not binary.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes), warning: `${where}: decoded as UTF-16` };
    }
    throw new InputError('looks like a binary file (it contains NUL bytes), not an article', where);
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), warning: `${where}: not valid UTF-8; decoded as Windows-1252 (Latin-1)` };
  }
}

/** Parse an article in any supported format into the shared model. */
export async function parseArticle(input: string, options: ParseOptions = {}): Promise<Article> {
  const where = options.where ?? 'input';
  if (input.length > MAX_INPUT_CHARS) throw new InputError(`too large (${(input.length / 1048576).toFixed(1)} M characters; the limit is ${MAX_INPUT_CHARS / 1048576} M)`, where);
  if (!input.trim()) throw new InputError(input.length ? 'the input is blank (only whitespace)' : 'the input is empty', where);
  if (input.slice(0, 65536).includes('\u0000')) throw new InputError('looks like a binary file (it contains NUL bytes), not an article', where);
  const format = !options.format || options.format === 'auto' ? guessFormat(input) : options.format;
  let text: string, blocks: Omit<Block, 'lang'>[], meta: ArticleMeta;
  let jsonLang: Lang | undefined;
  if (format === 'json') {
    const a = parseJsonText(input, where);
    jsonLang = a.lang;
    ({ text, blocks, meta } = layoutJson(a));
  } else if (format === 'html') {
    if (!options.parseDocument) throw new InputError('HTML input needs a DOM parser in this environment', where);
    let warnings: string[];
    ({ text, blocks, meta, warnings } = await layoutHtml(input, options.parseDocument, where));
    for (const w of warnings) options.onWarning?.(w);
  } else {
    text = normalizeText(input);
    ({ blocks, meta } = layoutText(text));
  }
  if (options.url && !meta.url) meta.url = { value: options.url, from: 'url' };
  return finishArticle(text, blocks, meta, format, options.lang ?? jsonLang);
}

/** Language per block and for the article. */
export async function finishArticle(text: string, blocks: Omit<Block, 'lang'>[], meta: ArticleMeta, format: InputFormat, lang?: Lang): Promise<Article> {
  await loadLanguageDetector();
  // Language detection costs ~0.1 ms a block: every non-paragraph block is checked, and paragraphs up to
  // MAX_PARAGRAPH_LANG of them (evenly sampled beyond), so a 2 MB paste stays fast. Unchecked: no `lang`.
  const paragraphs = blocks.filter((b) => b.type === 'paragraph').length;
  const every = Math.max(1, Math.ceil(paragraphs / MAX_PARAGRAPH_LANG));
  let p = 0;
  const out: Block[] = blocks.map((b) => {
    if (b.type === 'navigation' || b.type === 'source' || (b.type === 'paragraph' && p++ % every !== 0)) return { ...b };
    const g = detectLang(text.slice(b.start, b.end), 25, 400);
    return g && g.confidence >= 0.1 ? { ...b, lang: g.lang } : { ...b };
  });
  let guess: { lang: Lang; confidence: number } | undefined;
  if (!lang) {
    const body = out.filter((b) => b.type === 'paragraph' || b.type === 'headline' || b.type === 'standfirst');
    // Weigh block votes by length: robust to a caption or a quote in another language.
    const votes: Record<string, number> = {};
    for (const b of body) if (b.lang) votes[b.lang] = (votes[b.lang] ?? 0) + (b.end - b.start);
    const ranked = Object.entries(votes).sort((a, b) => b[1] - a[1]);
    const total = ranked.reduce((s, [, v]) => s + v, 0);
    if (ranked[0]) guess = { lang: ranked[0][0] as Lang, confidence: total ? ranked[0][1] / total : 0 };
    else guess = detectLang(text.slice(0, 5000), 10);
  }
  return { text, lang: lang ?? guess?.lang ?? 'en', langConfidence: lang ? 1 : (guess?.confidence ?? 0), format, blocks: out, meta };
}
